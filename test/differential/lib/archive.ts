// What an archive holds, independent of the compressor's bytes: compressed output differs
// between implementations (and Go's pgzip/zip timestamps), its decoded content must not.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { gunzipSync, inflateRawSync } from 'node:zlib';

const sha16 = (b: Buffer): string => createHash('sha256').update(b).digest('hex').slice(0, 16);

/** A description of `data` if it is an archive or compressed stream, else undefined. */
export function describeArchive(data: Buffer): string | undefined {
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) return `gzip(${describeInner(gunzipSync(data))})`;
  if (data.length >= 6 && data.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return `xz(${describeInner(tool('xz', data))})`;
  if (data.length >= 4 && data.readUInt32LE(0) === 0x184d2204) return `lz4(${describeInner(tool('lz4', data))})`;
  if (data.length >= 4 && (data.readUInt32LE(0) === 0x04034b50 || data.readUInt32LE(0) === 0x06054b50)) return `zip(${listZip(data).join('; ')})`;
  if (isTar(data)) return `tar(${listTar(data).join('; ')})`;
  return undefined;
}

function describeInner(data: Buffer): string {
  return isTar(data) ? `tar(${listTar(data).join('; ')})` : `${data.length} ${sha16(data)}`;
}

/** Decompresses with the reference command-line tool (xz-utils, lz4): the real decoders. */
function tool(cmd: 'xz' | 'lz4', data: Buffer): Buffer {
  const r = spawnSync(cmd, ['-dc'], { input: data, maxBuffer: 1 << 30 });
  if (r.error !== undefined) throw new Error(`${cmd} is needed to compare ${cmd} archives: ${r.error.message}`);
  if (r.status !== 0) return Buffer.from(`<${cmd} -dc failed: ${r.stderr.toString().trim()}>`);
  return r.stdout;
}

function isTar(d: Buffer): boolean {
  return d.length >= 512 && d.subarray(257, 262).toString('latin1') === 'ustar';
}

const field = (h: Buffer, off: number, len: number): string => h.subarray(off, off + len).toString('utf8').replace(/\0.*$/s, '');
const octal = (h: Buffer, off: number, len: number): number => parseInt(field(h, off, len).trim() || '0', 8);

/** name, type, mode, size, owner and content hash of each entry; mtimes are volatile by nature. */
export function listTar(d: Buffer): string[] {
  const out: string[] = [];
  let off = 0;
  let longName: string | undefined;
  while (off + 512 <= d.length) {
    const h = d.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const size = octal(h, 124, 12);
    const type = field(h, 156, 1) || '0';
    const body = d.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') { longName = body.toString('utf8').replace(/\0.*$/s, ''); continue; }
    if (type === 'x' || type === 'g') { out.push(`pax:${body.toString('utf8').replace(/\d+ (mtime|atime|ctime)=[^\n]*\n/g, '').trim()}`); continue; }
    const prefix = field(h, 345, 155);
    const name = longName ?? (prefix !== '' ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    longName = undefined;
    const mode = octal(h, 100, 8).toString(8);
    out.push(`${name} type=${type} mode=${mode} size=${size} uid=${octal(h, 108, 8)} gid=${octal(h, 116, 8)} user=${field(h, 265, 32)} group=${field(h, 297, 32)} ${sha16(body)}`);
  }
  return out;
}

/** Entries of a zip from its central directory: name, method, unix mode, size, content hash. */
export function listZip(d: Buffer): string[] {
  let eocd = -1;
  for (let i = d.length - 22; i >= Math.max(0, d.length - 65557); i--) if (d.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return ['<no end of central directory>'];
  const count = d.readUInt16LE(eocd + 10);
  let p = d.readUInt32LE(eocd + 16);
  const out: string[] = [];
  for (let n = 0; n < count && d.readUInt32LE(p) === 0x02014b50; n++) {
    const method = d.readUInt16LE(p + 10);
    const csize = d.readUInt32LE(p + 20);
    const size = d.readUInt32LE(p + 24);
    const nameLen = d.readUInt16LE(p + 28);
    const extraLen = d.readUInt16LE(p + 30);
    const commentLen = d.readUInt16LE(p + 32);
    const mode = (d.readUInt32LE(p + 38) >>> 16).toString(8);
    const local = d.readUInt32LE(p + 42);
    const name = d.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + d.readUInt16LE(local + 26) + d.readUInt16LE(local + 28);
    const raw = d.subarray(start, start + csize);
    const body = method === 8 ? inflateRawSync(raw) : raw;
    out.push(`${name} method=${method === 0 ? 'store' : method === 8 ? 'deflate' : method} mode=${mode} size=${size} ${sha16(body)}`);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
