// The full tsdemo build both cores run, and what it must produce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json } from './tsdemo.js';

/** Our builder, Packer's own provisioners through the hook, ours, our post-processor, Packer's manifest. */
export const fullTemplate = (type: string): unknown => ({
  builders: [{ type, output: '{{template_dir}}/out/built.txt' }],
  provisioners: [
    { type: 'shell-local', inline: ['echo shell-local sees {{build `TsDemoOutput`}}'] },
    { type: 'shell', inline: ['echo shell on our communicator; cat {{build `TsDemoOutput`}}'] },
    { type: 'file', source: '{{template_dir}}/upload-me.txt', destination: '{{template_dir}}/out/uploaded.txt' },
    { type, command: 'echo our provisioner ran; cat out/uploaded.txt' },
  ],
  'post-processors': [
    [
      { type, output: '{{template_dir}}/out/summary.json' },
      { type: 'manifest', output: '{{template_dir}}/out/manifest.json' },
    ],
  ],
});

/**
 * `message` is how the core renders Ui.Message: `    ` in 1.6.6, `==> ` in modern cores.
 */
export function expectFullBuild(dir: string, name: string, stdout: string, message: string): void {
  const lines = stdout.split('\n');
  // Packer's own provisioners ran through the provision hook, on our local communicator.
  expect(lines).toContain(`${message}${name}: shell-local sees ${dir}/out/built.txt`);
  expect(lines).toContain(`${message}${name}: shell on our communicator`);
  expect(lines).toContain(`${message}${name}: made by a TypeScript builder`);
  // Ours got the builder's generated data and ran its command on the communicator.
  expect(lines).toContain(`==> ${name}: Generated data TsDemoOutput=${dir}/out/built.txt`);
  expect(lines).toContain(`${message}${name}: our provisioner ran`);
  expect(lines).toContain(`${message}${name}: uploaded by packer`);
  expect(lines).toContain(`==> ${name} (${name}): Summarising tsdemo.builder artifact into ${dir}/out/summary.json`);
  expect(lines).toContain(`--> ${name}: TypeScript demo file: ${dir}/out/built.txt`);
  expect(lines).toContain(`--> ${name}: TypeScript demo file: ${dir}/out/summary.json`);

  expect(json(join(dir, 'out', 'summary.json'))).toEqual({
    builder_id: 'tsdemo.builder',
    id: 'tsdemo',
    files: [`${dir}/out/built.txt`],
    string: `TypeScript demo file: ${dir}/out/built.txt`,
  });
  const manifest = json(join(dir, 'out', 'manifest.json')) as { builds: Array<Record<string, unknown>> };
  expect(manifest.builds).toHaveLength(1);
  expect(manifest.builds[0]).toMatchObject({
    name,
    builder_type: name,
    artifact_id: 'summary-of-tsdemo',
    files: [{ name: `${dir}/out/summary.json`, size: readFileSync(join(dir, 'out', 'summary.json')).length }],
  });
}
