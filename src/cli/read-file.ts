// Reading a text file named on the command line (a level, a replay): only a regular file of
// a bounded size, so /dev/zero, a FIFO or a huge file is refused at once instead of hanging or
// filling memory; a leading byte-order mark is dropped. Failures are sentences, never throws.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Level files and replays are far smaller than this. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e instanceof Error ? e.message : String(e));
}

function kindReason(path: string): string {
  return statSync(path).isDirectory()
    ? 'it is a folder, not a file'
    : 'it is not a regular file (a device, pipe or socket)';
}

/** Reads a whole regular file as UTF-8 text, at most `limit` bytes. */
export function readTextFile(path: string, limit = MAX_INPUT_BYTES): ReadResult {
  let fd: number;
  try {
    // Look before opening (opening a FIFO would wait for a writer), and open without
    // blocking in case the path changes in between.
    if (!statSync(path).isFile()) return { ok: false, reason: kindReason(path) };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: kindReason(path) };
    if (st.size > limit)
      return { ok: false, reason: `it is too large (${st.size} bytes; at most ${limit} bytes)` };
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = buf.subarray(0, read).toString('utf8');
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  } finally {
    closeSync(fd);
  }
}
