import { decodePostProcessors, ppList } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError, typeOf, type GoValue } from '../value.js';

export const dockerTagTags: Fixer = {
  name: 'docker-tag-tags',
  synopsis: 'Updates "docker" post-processor so any "tag" field is renamed to "tags".',
  fix(input) {
    if ((input.get('post-processors') ?? null) === null) return input;
    const pps = decodePostProcessors(input);
    for (const pp of ppList(pps)) {
      if (typeOf(pp) !== 'docker-tag') continue;
      const all = [...tagsOf(pp.get('tag')), ...tagsOf(pp.get('tags'))];
      pp.delete('tag');
      pp.set('tags', [...new Set(all)]);
    }
    input.set('post-processors', pps);
    return input;
  },
};

/** A list of strings, or one comma-separated string; anything else counts as no tags. */
function tagsOf(v: GoValue | undefined): string[] {
  if (typeof v === 'string') return v.split(',').map((t) => t.trim());
  if (!Array.isArray(v)) return [];
  return v.map((t) => {
    if (typeof t !== 'string') throw new FixError('docker-tag: a tag is not a string (Packer 1.6.6 crashes on this template)');
    return t;
  });
}
