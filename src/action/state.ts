/**
 * What main leaves to post through GITHUB_STATE (post reads it back as STATE_<key>). Main saves
 * `events-offset` again each time it has rendered more; the runner keeps a key's last value.
 */
export interface ActionState {
  runUuid: string;
  /** The run's directory under RUNNER_TEMP (events, exit code, manifest). */
  runDir: string;
  /** The detached engine; 0 when none was started (merge mode, or main failed before). */
  enginePid: number;
  /** Bytes of the events file main has rendered. */
  eventsOffset: number;
  /** True once main has rendered the run's end and set the outputs. */
  mainDone: boolean;
}

export const STATE_KEYS = {
  runUuid: 'run-uuid',
  runDir: 'run-dir',
  enginePid: 'engine-pid',
  eventsOffset: 'events-offset',
  mainDone: 'main-done',
} as const satisfies Record<keyof ActionState, string>;

export function encodeState(s: Partial<ActionState>): Array<[string, string]> {
  return (Object.keys(s) as Array<keyof ActionState>).map((k) => [STATE_KEYS[k], String(s[k])]);
}

/**
 * Undefined when main saved nothing (it failed before starting anything). `getState` is
 * @actions/core's (STATE_<key> in the runner; in-process under @github/local-action).
 */
export function loadState(getState: (key: string) => string): ActionState | undefined {
  const get = (k: keyof ActionState): string => getState(STATE_KEYS[k]) ?? '';
  const runUuid = get('runUuid');
  const runDir = get('runDir');
  if (!runUuid || !runDir) return undefined;
  const num = (k: keyof ActionState): number => {
    const n = Number(get(k) || '0');
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  };
  return { runUuid, runDir, enginePid: num('enginePid'), eventsOffset: num('eventsOffset'), mainDone: get('mainDone') === 'true' };
}
