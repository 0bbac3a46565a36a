/**
 * The bits of action.yml the runner acts on: which files `main` and `post` run, and the input
 * defaults it passes as INPUT_* when a workflow leaves an input out. A small reader for the
 * flat shape action.yml has (no YAML library is a declared dependency).
 */
import { readFileSync } from 'node:fs';

export interface ActionManifest {
  using: string;
  main: string;
  post?: string;
  inputs: Record<string, { default?: string }>;
  outputs: string[];
}

const scalar = (v: string): string => {
  const t = v.trim();
  if (/^'.*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(t)) return JSON.parse(t) as string;
  return t.replace(/\s+#.*$/, '');
};

export function readActionManifest(file: string): ActionManifest {
  const lines = readFileSync(file, 'utf8').split('\n');
  const m: ActionManifest = { using: '', main: '', inputs: {}, outputs: [] };
  let section = '';
  let current: string | undefined;
  for (const line of lines) {
    if (/^\s*(#|$)/.test(line)) continue;
    const top = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (top) {
      section = top[1]!;
      current = undefined;
      continue;
    }
    const second = /^ {2}([A-Za-z0-9_-]+):\s*(.*)$/.exec(line);
    if (second) {
      current = second[1]!;
      if (section === 'inputs') m.inputs[current] = {};
      if (section === 'outputs') m.outputs.push(current);
      if (section === 'runs' && current === 'using') m.using = scalar(second[2]!);
      if (section === 'runs' && current === 'main') m.main = scalar(second[2]!);
      if (section === 'runs' && current === 'post') m.post = scalar(second[2]!);
      continue;
    }
    const third = /^ {4}default:\s*(.*)$/.exec(line);
    if (third && section === 'inputs' && current) m.inputs[current]!.default = scalar(third[1]!);
  }
  return m;
}

/** INPUT_<NAME>: upper-cased, spaces to `_`, dashes kept (actions/runner, @actions/core getInput). */
export const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
