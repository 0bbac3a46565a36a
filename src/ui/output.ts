/**
 * The bottom of Packer's Ui stack, where text becomes bytes: BasicUi (human) or
 * MachineReadableUi. The renderer above it does what Packer's wrappers do (targets, colours,
 * timestamps), so both formats share one reading of the event stream.
 */
export interface Output {
  say(text: string, time: Date): void;
  message(text: string, time: Date): void;
  error(text: string, time: Date): void;
  /** A record; `target` empty for the run as a whole. Human output drops these. */
  machine(time: Date, target: string, type: string, args: string[]): void;
}

export type Write = (s: string) => void;

/** BasicUi: every call one line on stdout (errors too), no filtering. */
export function basicOutput(write: Write): Output {
  const line = (text: string): void => write(`${text}\n`);
  return { say: line, message: line, error: line, machine: () => {} };
}

/** MachineReadableUi: `<unix>,<target>,<type>,<args…>`; Ui calls become `ui` records. */
export function machineOutput(write: Write): Output {
  const record = (time: Date, target: string, type: string, args: string[]): void => {
    write(`${Math.floor(time.getTime() / 1000)},${target},${type},${args.map(escapeField).join(',')}\n`);
  };
  return {
    say: (text, time) => record(time, '', 'ui', ['say', text]),
    message: (text, time) => record(time, '', 'ui', ['message', text]),
    error: (text, time) => record(time, '', 'ui', ['error', text]),
    machine: record,
  };
}

/** Packer escapes data fields only (the target is written as is, commas and all). */
export function escapeField(s: string): string {
  if (!/[,\r\n]/.test(s)) return s;
  return s.replaceAll(',', '%!(PACKER_COMMA)').replaceAll('\r', '\\r').replaceAll('\n', '\\n');
}
