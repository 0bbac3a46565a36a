import { RecordingUi, packerRaw } from '../../common/test-support.js';
import { SleepProvisioner } from './provisioner.js';

describe('sleep provisioner', () => {
  test('waits the duration and says nothing (G07)', async () => {
    const p = new SleepProvisioner();
    await p.prepare({ duration: '200ms' }, packerRaw('null', 'null'));
    const ui = new RecordingUi();
    const t0 = Date.now();
    await p.provision(new AbortController().signal, ui, undefined, {});
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(ui.lines).toEqual([]);
  });

  test('stops when the build is cancelled', async () => {
    const p = new SleepProvisioner();
    await p.prepare({ duration: '1h' });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    await expect(p.provision(ac.signal, new RecordingUi(), undefined, {})).rejects.toThrow('context canceled');
  });

  test('bad durations use Go wording, naming the untagged Go field `Duration` as packer 1.6.6 does', async () => {
    await expect(new SleepProvisioner().prepare({ duration: 'soon' })).rejects.toThrow(
      `1 error(s) decoding:\n\n* error decoding 'Duration': time: invalid duration "soon"`,
    );
    // mapstructure matches the key ignoring case.
    await expect(new SleepProvisioner().prepare({ DURATION: 'never' })).rejects.toThrow(`* error decoding 'Duration'`);
  });
});
