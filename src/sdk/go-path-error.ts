/**
 * Go's *PathError text (`open x: no such file or directory`) for a Node fs error, because
 * Packer prints these verbatim where Node would say `ENOENT: no such file or directory, open 'x'`
 * (G15 `file-builder-missing-source`, own case 38-unwritable-output). Shared by components and
 * communicators, hence here.
 */
const errnoText: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EBUSY: 'device or resource busy',
  EXDEV: 'invalid cross-device link',
};

export function goPathError(op: string, path: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const text = (code && errnoText[code]) ?? (err instanceof Error ? err.message : String(err));
  return new Error(`${op} ${path}: ${text}`);
}
