/**
 * Go's *PathError text (`open x: no such file or directory`) for a Node fs error, because
 * Packer prints these verbatim (G15 `file-builder-missing-source`).
 */
const errnoText: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'file exists',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
};

export function goPathError(op: string, path: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  const text = (code && errnoText[code]) ?? (err as Error)?.message ?? String(err);
  return new Error(`${op} ${path}: ${text}`);
}
