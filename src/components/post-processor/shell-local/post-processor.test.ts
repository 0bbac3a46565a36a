import { PlaceholderMsg } from '../../../sdk/interpolate/index.js';
import { NullArtifact } from '../../builder/null/artifact.js';
import { RecordingUi, packerRaw } from '../../common/test-support.js';
import { ShellLocalPostProcessor } from './post-processor.js';

describe('shell-local post-processor', () => {
  test('runs with the artifact generated data and passes the artifact through', async () => {
    const pp = new ShellLocalPostProcessor();
    // The core passes the generated-data placeholders last, to post-processors too (packer 1.6.6).
    const placeholders = { ID: `Build_ID. ${PlaceholderMsg}`, PackerRunUUID: `Build_PackerRunUUID. ${PlaceholderMsg}` };
    await pp.configure({ inline: ['echo "$PACKER_BUILD_NAME {{build `ID`}}"'] }, packerRaw('b', 'null'), placeholders);
    const ui = new RecordingUi();
    const input = new NullArtifact({ ID: 'Null' });
    const r = await pp.postProcess(new AbortController().signal, ui, input);
    expect(ui.lines[1]).toEqual(['message', 'b Null']);
    expect(r).toEqual({ artifact: input, keep: true, forceOverride: true });
  });

  test('a one-string execute_command runs under sh -c, as before the merge with the provisioner', async () => {
    const pp = new ShellLocalPostProcessor();
    await pp.configure({ inline: ['true'], execute_command: 'echo old-style {{.Script}}' }, packerRaw('b', 'null'));
    const ui = new RecordingUi();
    await pp.postProcess(new AbortController().signal, ui, new NullArtifact());
    expect(ui.lines[1]![1]).toMatch(/^old-style \/tmp\/packer-shell\d+$/);
  });

  test('failures are the provisioner’s', async () => {
    const pp = new ShellLocalPostProcessor();
    await pp.configure({ inline: ['exit 2'] }, packerRaw('b', 'null'));
    await expect(pp.postProcess(new AbortController().signal, new RecordingUi(), new NullArtifact())).rejects.toThrow(
      'Script exited with non-zero exit status: 2.Allowed exit codes are: [0]',
    );
  });
});
