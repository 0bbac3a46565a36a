import { MockProvisioner } from '../sdk/provisioner.mock.js';
import { RecordingUi } from '../sdk/ui.mock.js';
import { PausedProvisioner, RetriedProvisioner, TimeoutProvisioner } from './provisioner-wrappers.js';

const never = new AbortController().signal;

describe('provisioner wrappers (Packer wording)', () => {
  test('retries report the first error and stop at the limit', async () => {
    const inner = new MockProvisioner(10);
    const ui = new RecordingUi();
    await expect(new RetriedProvisioner(inner, 2).provision(never, ui, undefined, {})).rejects.toThrow('mock failure 1');
    expect(ui.lines).toEqual([
      'say: Provisioner failed with "mock failure 1", retrying with 2 trie(s) left',
      'say: Provisioner failed with "mock failure 1", retrying with 1 trie(s) left',
      'say: retry limit reached.',
    ]);
    expect(inner.provisioned).toHaveLength(3);
  });

  test('a retry that succeeds ends the loop', async () => {
    const inner = new MockProvisioner(1);
    const ui = new RecordingUi();
    await new RetriedProvisioner(inner, 3).provision(never, ui, undefined, {});
    expect(inner.provisioned).toHaveLength(2);
  });

  test('timeout aborts the inner provisioner and says so', async () => {
    // The inner provisioner would run for 10 minutes and rejects with 'provision aborted' only
    // when its signal aborts: that rejection proves the timeout fired (no wall-clock check).
    const inner = new MockProvisioner(0, 600_000);
    const ui = new RecordingUi();
    await expect(new TimeoutProvisioner(inner, 100).provision(never, ui, undefined, {})).rejects.toThrow('provision aborted');
    expect(ui.lines).toEqual(['say: Setting a 100ms timeout for the next provisioner...', 'error: Cancelling provisioner after a timeout...']);
  });

  test('pause prints Go duration text and is cancellable', async () => {
    const ui = new RecordingUi();
    const ac = new AbortController();
    const p = new PausedProvisioner(new MockProvisioner(), 90_000).provision(ac.signal, ui, undefined, {});
    ac.abort();
    await expect(p).rejects.toThrow('cancelled');
    expect(ui.lines).toEqual(['say: Pausing 1m30s before the next provisioner...']);
  });
});
