import type { Template } from '../template/model.js';
import { SENSITIVE, type Renderer } from '../ui/index.js';

/**
 * Packer 1.6.6's `Core.InspectConfig` (JSON mode). Two intended differences: required variables
 * are sorted (Packer walks a Go map), and only sensitive variables show `<sensitive>` (Packer
 * also hides any variable whose default equals a sensitive one's).
 */
export function inspectTemplate(t: Template, ui: Renderer): void {
  ui.say('Packer Inspect: JSON mode');
  if (t.description) {
    ui.say('Description:\n');
    ui.say(`${t.description}\n`);
  }

  const vars = [...t.variables].sort((a, b) => byName(a.name, b.name));
  if (vars.length === 0) {
    ui.say('Variables:\n');
    ui.say('  <No variables>');
  } else {
    const required = vars.filter((v) => v.required);
    if (required.length > 0) {
      ui.say('Required variables:\n');
      for (const v of required) {
        ui.machine('template-variable', v.name, '', '1');
        ui.say(`  ${v.name}`);
      }
      ui.say('');
    }
    ui.say('Optional variables and their defaults:\n');
    const width = Math.max(...vars.map((v) => v.name.length));
    for (const v of vars) {
      if (v.required) continue;
      const value = v.sensitive || t.sensitiveVariables.includes(v.name) ? SENSITIVE : (v.default ?? '');
      ui.machine('template-variable', v.name, value, '0');
      ui.say(`  ${v.name.padEnd(width)} = ${value}`);
    }
  }
  ui.say('');

  ui.say('Builders:\n');
  if (t.builders.length === 0) {
    ui.say('  <No builders>');
  } else {
    // Packer keys builders by their name as written, sorted.
    const builders = [...t.builders].sort((a, b) => byName(a.rawName, b.rawName));
    const width = Math.max(...builders.map((b) => b.rawName.length));
    for (const b of builders) {
      const padded = `  ${b.rawName.padEnd(width)}`;
      ui.machine('template-builder', b.rawName, b.type);
      ui.say(b.rawName !== b.type ? `${padded} (${b.type})` : padded);
    }
  }
  ui.say('');

  ui.say('Provisioners:\n');
  if (t.provisioners.length === 0) {
    ui.say('  <No provisioners>');
  } else {
    for (const p of t.provisioners) {
      ui.machine('template-provisioner', p.type);
      ui.say(`  ${p.type}`);
    }
  }

  ui.say(
    "\nNote: If your build names contain user variables or template\n" +
      "functions such as 'timestamp', these are processed at build time,\n" +
      'and therefore only show in their raw form here.',
  );
}

/** Go's sort.Strings: byte order, not locale order. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
