import { RecordingUi, packerRaw } from '../../common/test-support.js';
import { BreakpointProvisioner } from './provisioner.js';

async function run(raw: Record<string, unknown>, answer?: string) {
  const p = new BreakpointProvisioner();
  await p.prepare(raw, packerRaw('null', 'null'));
  const ui = new RecordingUi(answer);
  let error: Error | undefined;
  await p.provision(new AbortController().signal, ui, undefined, {}).catch((e: Error) => (error = e));
  return { ui, error };
}

describe('breakpoint provisioner', () => {
  test('disabled: says so and goes on (G07)', async () => {
    expect((await run({ disable: true, note: 'not stopping here' })).ui.lines).toEqual([
      ['say', 'Breakpoint provisioner with note "not stopping here" disabled; continuing...'],
    ]);
    expect((await run({ disable: true })).ui.lines).toEqual([['say', 'Breakpoint provisioner disabled; continuing...']]);
  });

  test('pauses until the user answers', async () => {
    const { ui, error } = await run({ note: 'hi' }, '');
    expect(error).toBeUndefined();
    expect(ui.lines).toEqual([['say', 'Pausing at breakpoint provisioner with note "hi".']]);
  });

  // packer 1.6.6 without a terminal: `Error asking for input: no available tty`, and the build fails.
  test('without input the provisioner fails as Packer does', async () => {
    const { ui, error } = await run({});
    expect(ui.lines).toEqual([['say', 'Pausing at breakpoint provisioner.']]);
    expect(error?.message).toBe('Error asking for input: no available tty');
  });
});
