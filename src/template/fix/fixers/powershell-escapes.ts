import { strictMap, weakList } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError, type GoValue } from '../value.js';

const escapes: Record<string, string> = { '`$': '$', '`"': '"', '``': '`', "`'": "'" };

/** strings.NewReplacer: one left-to-right pass, the first matching pair wins. */
function unescape(s: string): string {
  return s.replace(/`[$"`']/g, (m) => escapes[m]!);
}

function unescapeString(v: GoValue, key: string): string {
  if (typeof v !== 'string') throw new FixError(`powershell provisioner: "${key}" is not a string (Packer 1.6.6 crashes on this template)`);
  return unescape(v);
}

export const powershellEscapes: Fixer = {
  name: 'powershell-escapes',
  synopsis: 'Removes PowerShell escapes from user env vars and elevated username and password strings',
  fix(input) {
    const provisioners = weakList(input, 'Provisioners');
    provisioners.forEach((raw, i) => {
      const p = strictMap(raw);
      if (!p || p.get('type') !== 'powershell') return;
      for (const key of ['elevated_user', 'elevated_password']) {
        if (p.has(key)) p.set(key, unescapeString(p.get(key)!, key));
      }
      if (p.has('environment_vars')) {
        const vars = p.get('environment_vars')!;
        // mapstructure into []string: only a list of strings (or nil) decodes; else the
        // provisioner is left as it was, elevated_* included.
        if (vars !== null && !(Array.isArray(vars) && vars.every((v) => typeof v === 'string'))) return;
        p.set('environment_vars', (vars ?? []).map((v) => unescape(v as string)));
      }
      provisioners[i] = p;
    });
    if (provisioners.length > 0) input.set('provisioners', provisioners);
    return input;
  },
};
