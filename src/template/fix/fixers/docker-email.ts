import { decodeTemplate, ppList } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const dockerEmail: Fixer = {
  name: 'docker-email',
  synopsis: 'Removes "login_email" from the Docker builder.',
  fix(input) {
    // Packer looks at nothing, builders included, when there are no post-processors.
    if ((input.get('post-processors') ?? null) === null) return input;
    const { builders, postProcessors } = decodeTemplate(input, { builders: true, postProcessors: true });
    for (const b of builders ?? []) b.delete('login_email');
    for (const pp of ppList(postProcessors)) pp.delete('login_email');
    input.set('builders', builders);
    input.set('post-processors', postProcessors);
    return input;
  },
};
