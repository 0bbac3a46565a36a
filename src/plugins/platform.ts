/** Go's GOOS/GOARCH for this process: the `_<os>_<arch>` suffix of installed plugin binaries. */
export function goPlatform(platform: string = process.platform, arch: string = process.arch): { os: string; arch: string } {
  const os = platform === 'win32' ? 'windows' : platform;
  const goArch: Record<string, string> = { x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  return { os, arch: goArch[arch] ?? arch };
}
