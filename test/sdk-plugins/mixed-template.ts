import { json } from './cores.js';

/**
 * One build that mixes every kind of provisioner the provision hook can reach: image-build's
 * built-ins (shell, file both ways, shell-local) through the ibtest Go communicator, the Go
 * ibtest provisioner, and the published ansible-local; then Go and built-in post-processors.
 * Everything it writes lands under out/, remote/ ("the machine"), down/ and staging/.
 */
export function mixedBuildFiles(): Record<string, string> {
  const value = '{{ build `IbtestValue` }}';
  return {
    'upload.txt': 'upload-me\n',
    'play.yml': '- hosts: all\n  tasks: []\n',
    // stands in for ansible-playbook: records how ansible-local called it through the communicator
    'fake-ansible.sh': 'out=$1; shift\necho "cwd: $(pwd)" > "$out"\nprintf "arg: %s\\n" "$@" >> "$out"\ncp "$1" "$out.playbook"\necho "fake ansible ran"\n',
    't.json': json({
      builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out', value: 'v-7' }],
      provisioners: [
        {
          type: 'shell',
          inline: [`echo shell-sees ${value} $PACKER_BUILD_NAME`, 'echo shell-ran > {{pwd}}/remote/shell.txt'],
          remote_folder: '{{pwd}}/remote',
        },
        // stderr in a script of its own: within one script, stdout and stderr lines race
        { type: 'shell', inline: ['echo to-stderr >&2'], remote_folder: '{{pwd}}/remote' },
        { type: 'file', source: '{{pwd}}/upload.txt', destination: '{{pwd}}/remote/uploaded.txt' },
        { type: 'file', direction: 'download', source: '{{pwd}}/remote/shell.txt', destination: '{{pwd}}/down/shell.txt' },
        { type: 'shell-local', inline: [`echo local-sees ${value} $PACKER_BUILD_NAME > {{pwd}}/out/local.txt`] },
        {
          type: 'ibtest',
          output_file: '{{pwd}}/out/prov.json',
          message: 'value={{ build `IbtestValue` }} id={{ build `ID` }}',
          command: 'cat {{pwd}}/remote/uploaded.txt; echo oops >&2; exit 4',
          upload_dest: '{{pwd}}/remote/msg.txt',
        },
        { type: 'ansible-local', playbook_file: 'play.yml', command: 'sh {{pwd}}/fake-ansible.sh {{pwd}}/out/ansible.txt', staging_directory: '{{pwd}}/staging' },
      ],
      'post-processors': [
        [
          { type: 'ibtest', output_file: '{{pwd}}/out/pp.json', keep: true },
          { type: 'manifest', output: '{{pwd}}/out/manifest.json', custom_data: { v: value } },
        ],
        [{ type: 'checksum', checksum_types: ['sha256'], output: '{{pwd}}/out/{{.BuildName}}.{{.ChecksumType}}', keep_input_artifact: true }],
        { type: 'shell-local', inline: [`echo pp-local-sees ${value} > {{pwd}}/out/pp-local.txt`] },
      ],
    }),
  };
}

/** Where the mixed build writes. */
export const MIXED_OUTPUTS = ['out', 'remote', 'down', 'staging'];
