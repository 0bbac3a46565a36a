import type { Fixer } from '../fixer.js';
import { amazonEnhancedNetworking } from './amazon-enhanced-networking.js';
import { amazonPrivateIp } from './amazon-private-ip.js';
import { amazonShutdownBehavior } from './amazon-shutdown-behavior.js';
import { amazonTempSecCidrs } from './amazon-temp-sec-cidrs.js';
import { azureExcludeFromLatest } from './azure-exclude-from-latest.js';
import { cleanImageName } from './clean-image-name.js';
import { commConfig } from './comm-config.js';
import { createtime } from './createtime.js';
import { dockerEmail } from './docker-email.js';
import { dockerTagTags } from './docker-tag-tags.js';
import { galaxyCommand } from './galaxy-command.js';
import { hypervCpuAndRam } from './hyperv-cpu-and-ram.js';
import { hypervDeprecations } from './hyperv-deprecations.js';
import { hypervVmxcTypo } from './hyperv-vmxc-typo.js';
import { isoChecksumTypeAndUrl } from './iso-checksum-type-and-url.js';
import { isoMd5 } from './iso-md5.js';
import { manifestFilename } from './manifest-filename.js';
import { parallelsDeprecations } from './parallels-deprecations.js';
import { parallelsHeadless } from './parallels-headless.js';
import { powershellEscapes } from './powershell-escapes.js';
import { ppVagrantOverride } from './pp-vagrant-override.js';
import { proxmoxType } from './proxmox-type.js';
import { qemuDiskSize } from './qemu-disk-size.js';
import { qemuHostPort } from './qemu-host-port.js';
import { scalewayAccessKey } from './scaleway-access-key.js';
import { spotPriceAutoProduct } from './spot-price-auto-product.js';
import { sshWaitTimeout } from './ssh-wait-timeout.js';
import { sshdisableagent } from './sshdisableagent.js';
import { sshkeypath } from './sshkeypath.js';
import { virtualboxGaattach } from './virtualbox-gaattach.js';
import { virtualboxRename } from './virtualbox-rename.js';
import { vmwareCompaction } from './vmware-compaction.js';
import { vmwareRename } from './vmware-rename.js';
import { vsphereIsoNetDisk } from './vsphere-iso-net-disk.js';

/** fix.FixerOrder of Packer 1.6.6: each fixer sees what the ones before it left. */
export const fixerOrder: readonly Fixer[] = [
  isoMd5,
  createtime,
  virtualboxGaattach,
  ppVagrantOverride,
  virtualboxRename,
  vmwareRename,
  parallelsHeadless,
  parallelsDeprecations,
  sshkeypath,
  sshdisableagent,
  scalewayAccessKey,
  manifestFilename,
  amazonShutdownBehavior,
  amazonEnhancedNetworking,
  amazonPrivateIp,
  amazonTempSecCidrs,
  dockerEmail,
  dockerTagTags,
  powershellEscapes,
  vmwareCompaction,
  hypervDeprecations,
  hypervVmxcTypo,
  hypervCpuAndRam,
  cleanImageName,
  spotPriceAutoProduct,
  qemuDiskSize,
  galaxyCommand,
  commConfig,
  sshWaitTimeout,
  vsphereIsoNetDisk,
  isoChecksumTypeAndUrl,
  qemuHostPort,
  azureExcludeFromLatest,
  proxmoxType,
];
