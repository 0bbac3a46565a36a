// Every fixer against real Packer 1.6.6: each input goes through `packer fix -validate=false`
// and through fixText; the printed text must be the same, errors included.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixError, FixParseError, fixerOrder, fixText } from './index.js';

const hasPacker = spawnSync('packer', ['version'], { env: { ...process.env, CHECKPOINT_DISABLE: '1' } }).status === 0;
if (!hasPacker) console.log('fixers: skipped, `packer` (1.6.6) is not installed');
const maybe = hasPacker ? describe : describe.skip;

const b = (o: object): string => JSON.stringify({ builders: [o] });
const pp = (...o: unknown[]): string => JSON.stringify({ builders: [{ type: 'null' }], 'post-processors': o });
const prov = (...o: unknown[]): string => JSON.stringify({ builders: [{ type: 'null' }], provisioners: o });

/** fixer name → inputs exercising it (and the paths where it leaves things alone). */
const cases: Record<string, string[]> = {
  'iso-md5': [b({ type: 'x', iso_md5: 'abc' }), b({ type: 'x', iso_md5: 5 })],
  createtime: [b({ type: 'x', ami_name: 'a-{{ .CreateTime }}-{{.CreateTime}}', snapshot_name: 7, bundle_prefix: '{{\t.CreateTime}}' })],
  'virtualbox-gaattach': [b({ type: 'virtualbox', guest_additions_attach: true }), b({ type: 'virtualbox', guest_additions_attach: false }), b({ type: 'virtualbox-iso', guest_additions_attach: true })],
  'pp-vagrant-override': [pp({ type: 'vagrant', aws: { a: 1 }, vmware: {} }, ['x', { type: 'vagrant', virtualbox: 1 }]), pp({ type: 'vagrant' })],
  'virtualbox-rename': [
    JSON.stringify({ builders: [{ type: 'virtualbox' }], provisioners: [{ type: 's', override: { virtualbox: { a: 1 } } }, 'str', { override: {} }] }),
    JSON.stringify({ builders: [{ type: 'null' }], provisioners: { type: 'shell' } }),
    JSON.stringify({ builders: [{ type: 'null' }], provisioners: {} }),
    JSON.stringify({ builders: [{ type: 'null' }], provisioners: 'x' }),
    prov({ type: 's', override: 'str' }),
    prov({ type: 's', override: [{ virtualbox: 1 }, { b: 2 }] }),
  ],
  'vmware-rename': [b({ type: 'vmware' })],
  'parallels-headless': [b({ type: 'parallels-iso', headless: true }), b({ type: 'parallels-pvm', headless: false }), b({ type: 'x', headless: 1 })],
  'parallels-deprecations': [b({ type: 'parallels-iso', parallels_tools_host_path: 'p', guest_os_distribution: 'd', guest_os_type: 't' })],
  sshkeypath: [b({ type: 'x', ssh_key_path: 'k' }), b({ type: 'x', ssh_key_path: 'k', ssh_private_key_file: 'f' }), b({ type: 'x', ssh_key_path: 1 })],
  sshdisableagent: [b({ type: 'x', ssh_disable_agent: true }), b({ type: 'x', ssh_disable_agent: true, ssh_disable_agent_forwarding: false })],
  'scaleway-access-key': [b({ type: 'scaleway', access_key: 'k' }), b({ type: 'scaleway', access_key: 'k', organization_id: 'o' }), b({ type: 'y', access_key: 'k' })],
  'manifest-filename': [pp({ type: 'manifest', filename: 'f' }, [{ type: 'manifest', filename: 3 }]), JSON.stringify({ builders: [{ type: 'n' }], 'post-processors': null })],
  'amazon-shutdown_behavior': [b({ type: 'amazon-ebs', shutdown_behaviour: 'stop' }), b({ type: 'amazonx', shutdown_behaviour: 'stop' })],
  'amazon-enhanced-networking': [b({ type: 'amazon-ebs', enhanced_networking: true }), b({ type: 'amazon-ebs', enhanced_networking: 'yes' })],
  'amazon-private-ip': [b({ type: 'amazon-ebs', ssh_private_ip: true }), b({ type: 'amazon-ebs', ssh_private_ip: 'F' }), b({ type: 'amazon-ebs', ssh_private_ip: 'nope' }), b({ type: 'amazon-ebs', ssh_private_ip: true, ssh_interface: 'x' })],
  'amazon-temp-sec-cidrs': [b({ type: 'amazon-ebs', temporary_security_group_source_cidr: '10.0.0.0/8' })],
  'docker-email': [JSON.stringify({ builders: [{ type: 'docker', login_email: 'e' }], 'post-processors': [{ type: 'docker-push', login_email: 'e' }] }), b({ type: 'docker', login_email: 'e' })],
  'docker-tag-tags': [pp({ type: 'docker-tag', tag: 'a, b,a', tags: ['c', 'b'] }, { type: 'docker-tag' }, { type: 'docker-tag', tag: ['x'] })],
  'powershell-escapes': [
    prov({ type: 'powershell', elevated_user: 'a`$b``c', elevated_password: '`"p`\'', environment_vars: ['A=`$x', 'B=```$'] }),
    prov({ type: 'powershell', elevated_user: 'a`$b', environment_vars: 'A=1' }),
    prov({ type: 'powershell', environment_vars: null }),
  ],
  'vmware-compaction': [
    b({ type: 'vmware-iso', remote_type: 'esx5' }),
    b({ type: 'vmware-iso', remote_type: 'esx5', disk_type_id: 'thin' }),
    b({ type: 'vmware-iso', remote_type: 'esx5', disk_type_id: 'x', skip_compaction: false }),
  ],
  'hyperv-deprecations': [b({ type: 'hyperv-iso', vhd_temp_path: 'p' })],
  'hyperv-vmxc-typo': [b({ type: 'hyperv-vmcx', clone_from_vmxc_path: 'p' })],
  'hyperv-cpu-and-ram': [b({ type: 'hyperv-iso', cpu: 2, ram_size: 1024 })],
  'clean-image-name': [b({ type: 'googlecompute', image_name: '{{clean_image_name `a`}}', labels: { a: '{{clean_ami_name `b`}}', n: 1 }, list: ['clean_ami_name'] })],
  'spot-price-auto-product': [b({ type: 'amazon-ebs', spot_price_auto_product: 'Linux' }), b({ type: 'amazon-ebsx', spot_price_auto_product: 'Linux' })],
  'qemu-disk-size': [b({ type: 'qemu', disk_size: 10240.7 }), b({ type: 'qemu', disk_size: '10G' })],
  'galaxy-command': [prov({ type: 'ansible-local', galaxycommand: 'g' }), prov({ type: 'ansible-local', galaxycommand: 'g', galaxy_command: 'h' })],
  'comm-config': [
    b({ type: 'virtualbox-iso', ssh_host_port_min: 1, ssh_host_port_max: 2, ssh_skip_nat_mapping: true }),
    b({ type: 'virtualbox-ovf', host_port_min: 3, ssh_host_port_min: 1, ssh_skip_nat_mapping: 'yes' }),
  ],
  'ssh-wait-timeout': [b({ type: 'x', ssh_wait_timeout: '5m' }), b({ type: 'x', ssh_wait_timeout: '5m', ssh_timeout: '1m' })],
  'vsphere-iso-net-disk': [
    b({ type: 'vsphere-iso', network: 'n', networkCard: 'c', network_card: 'd', network_adapters: [{ network: 'z' }], disk_size: 1, disk_thin_provisioned: true, disk_eagerly_scrub: false }),
    b({ type: 'vsphere-iso', disk_size: 1 }),
  ],
  'iso-checksum-type-and-url': [
    b({ type: 'x', iso_checksum: 'abc', iso_checksum_type: 'sha256' }),
    b({ type: 'x', iso_checksum_url: 'http://u', iso_checksum_type: 'sha256' }),
    b({ type: 'x', iso_checksum_type: 'none' }),
  ],
  'qemu-host-port': [b({ type: 'qemu', ssh_host_port_min: 1, ssh_host_port_max: 2 })],
  'azure-exclude_from_latest': [b({ type: 'azure-chroot', shared_image_destination: { exlude_from_latest: true } })],
  'proxmox-type': [b({ type: 'proxmox' })],
};

/** Whole-template behaviour: decoding, encoding and Go's errors. */
const general = [
  '{"builders":[]}',
  '{"a":-0,"b":1e-7,"c":123456789e15,"d":0.1,"e":"\\u0000\\b\\f\\u007f\\u2029\\ud800x<>&","f":{},"g":[],"h":{"<":1,"é":2,"Z":3}}',
  '{"builders":[1,"a"],"post-processors":{"a":1}}',
  '{"post-processors":"x"}',
  '{"a":1e400}',
  '',
  '[1]',
  '{} trailing',
  '{bad',
];

maybe('packer fix oracle', () => {
  let dir = '';
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'fix-oracle-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const packerFix = (text: string): string => {
    writeFileSync(join(dir, 't.json'), text);
    const r = spawnSync('packer', ['fix', '-validate=false', 't.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    return r.stdout;
  };
  const ours = (text: string): string => {
    try {
      return `${fixText(new TextEncoder().encode(text))}\n`;
    } catch (e) {
      if (e instanceof FixParseError) return `Error parsing template: ${e.message}\n`;
      if (e instanceof FixError) return `Error fixing: ${e.message}\n`;
      throw e;
    }
  };

  test('every fixer has cases, in Packer\'s order', () => {
    expect(Object.keys(cases).sort()).toEqual(fixerOrder.map((f) => f.name).sort());
  });

  const rows = Object.entries(cases).flatMap(([name, inputs]) => inputs.map((input, i) => [`${name} #${i + 1}`, input] as const));
  test.each([...rows, ...general.map((g, i) => [`general #${i + 1}`, g] as const)])('%s', (_name, input) => {
    expect(ours(input)).toBe(packerFix(input));
  });
});
