import type { FileHandle } from 'node:fs/promises';
import { writeAll } from '@mcp-aks/core';

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;

/**
 * Copies the whole lines of `from`, starting at byte `start`, that `keep` accepts to the end of `to`,
 * and returns the offset just after the last whole line read. Bytes after the last newline are left
 * for the next call: another process may still be writing that line.
 */
export async function copyLines(from: FileHandle, start: number, to: FileHandle, keep: (line: string) => boolean): Promise<number> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let position = start;
  let consumed = start;
  let carry: Buffer | undefined;
  let out: Buffer[] = [];
  let outBytes = 0;
  // The read buffer is reused: a kept line is copied out of it (with its newline).
  const take = (buf: Buffer, from_: number, end: number) => {
    if (end === from_ || !keep(buf.toString('utf8', from_, end))) return;
    out.push(Buffer.from(buf.subarray(from_, end + 1)));
    outBytes += end + 1 - from_;
  };
  for (;;) {
    const { bytesRead } = await from.read(buffer, 0, CHUNK, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const chunk = buffer.subarray(0, bytesRead);
    let lineStart = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, lineStart)) {
      if (carry) {
        const line = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
        carry = undefined;
        take(line, 0, line.length - 1);
        consumed += line.length;
      } else {
        take(chunk, lineStart, nl);
        consumed += nl + 1 - lineStart;
      }
      lineStart = nl + 1;
    }
    if (lineStart < bytesRead) carry = Buffer.concat(carry ? [carry, chunk.subarray(lineStart)] : [chunk.subarray(lineStart)]);
    if (outBytes >= CHUNK) {
      await writeAll(to, Buffer.concat(out));
      out = [];
      outBytes = 0;
    }
  }
  if (outBytes > 0) await writeAll(to, Buffer.concat(out));
  return consumed;
}
