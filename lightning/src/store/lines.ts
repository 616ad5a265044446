import type { FileHandle } from 'node:fs/promises';
import { nodeFileSystem, type FileSystem } from '@mcp-aks/core';

/**
 * Yields the lines of a UTF-8 file without their newline, a chunk's worth at a time (one await per
 * chunk, not per line). A missing file yields nothing. The last line is yielded even without a
 * trailing newline (it may be torn: callers decode it and skip it when it does not parse).
 */
const DECODE_SLICE = 48 * 1024;

export async function* readLineBatches(path: string, options: { chunkBytes?: number; fs?: FileSystem } = {}): AsyncGenerator<string[]> {
  let file: FileHandle;
  try {
    file = await (options.fs ?? nodeFileSystem).open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  // Two buffers reused for every read: the next read runs while this chunk is decoded and consumed,
  // and nothing is allocated per chunk, so memory stays flat on long files.
  const size = options.chunkBytes ?? 256 * 1024;
  let current = Buffer.allocUnsafe(size);
  let spare = Buffer.allocUnsafe(size);
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let pending = file.read(current, 0, size, null);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const filled = current;
      [current, spare] = [spare, current];
      pending = file.read(current, 0, size, null);
      // Decode in slices: strings under ~128 KB stay in V8's young generation and die cheaply.
      for (let offset = 0; offset < bytesRead; offset += DECODE_SLICE) {
        const text = rest + decoder.decode(filled.subarray(offset, Math.min(bytesRead, offset + DECODE_SLICE)), { stream: true });
        const lines: string[] = [];
        let start = 0;
        for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
          if (nl > start) lines.push(text.slice(start, nl));
          start = nl + 1;
        }
        rest = text.slice(start);
        if (lines.length > 0) yield lines;
      }
    }
  } finally {
    // A consumer that stops early leaves one read in flight: let it finish before closing.
    await pending.catch(() => undefined);
    await file.close();
  }
  rest += decoder.decode();
  if (rest.length > 0) yield [rest];
}

export async function* readLines(path: string, options: { chunkBytes?: number; fs?: FileSystem } = {}): AsyncGenerator<string> {
  for await (const batch of readLineBatches(path, options)) yield* batch;
}

/** Reads `"id":"..."` at the start of a line written by the embedded store, without decoding it. */
export function peekId(line: string): string | undefined {
  if (!line.startsWith('{"id":"')) return undefined;
  const end = line.indexOf('"', 7);
  return end === -1 ? undefined : line.slice(7, end);
}

/** Whether the line's second field is the given agent id (lines are written id, agentId, ...). */
export function peekAgent(line: string, idEnd: number, agentJson: string): boolean {
  return line.startsWith(`,"agentId":${agentJson}`, idEnd);
}

const ID_PREFIX = Buffer.from('{"id":"');
/**
 * Accepted lines are yielded in batches of about this many bytes, smaller than a read: a batch (its
 * lines and the records decoded from them) is alive when the young generation is collected, and V8
 * grows the young generation as survivors add up: with a read's worth a batch, scanning the rewards
 * of a million episodes (350 MB) took it from 32 to 64 MB of RSS.
 */
export const BATCH_BYTES = 32 * 1024;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * The embedded store's scan: reads the file as bytes, reads each line's id and agent id straight
 * from the bytes (lines are written `{"id":"…","agentId":…`), and decodes to a string only the lines
 * the caller accepts. Lines it cannot peek (torn, or written by hand) are always returned, for the
 * caller to decode and check. Yields the accepted lines a chunk at a time.
 */
export async function* readAcceptedLines(
  path: string,
  options: { agentJson: string; accept?: (id: string) => boolean; chunkBytes?: number; fs?: FileSystem },
): AsyncGenerator<string[]> {
  let file: FileHandle;
  try {
    file = await (options.fs ?? nodeFileSystem).open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const agent = Buffer.from(`,"agentId":${options.agentJson}`);
  const accept = options.accept;
  const size = options.chunkBytes ?? 256 * 1024;
  let current = Buffer.allocUnsafe(size);
  let spare = Buffer.allocUnsafe(size);
  let carry: Buffer | undefined;
  let out: string[] = [];
  let outBytes = 0;

  const take = (buf: Buffer, start: number, end: number) => {
    if (end <= start) return;
    if (end - start > ID_PREFIX.length && buf.compare(ID_PREFIX, 0, ID_PREFIX.length, start, start + ID_PREFIX.length) === 0) {
      const idEnd = buf.indexOf(QUOTE, start + ID_PREFIX.length);
      if (idEnd !== -1 && idEnd < end) {
        const agentEnd = idEnd + 1 + agent.length;
        if (agentEnd > end || buf.compare(agent, 0, agent.length, idEnd + 1, agentEnd) !== 0) return;
        if (accept && !accept(buf.toString('latin1', start + ID_PREFIX.length, idEnd))) return;
      }
    }
    out.push(buf.toString('utf8', start, end));
    outBytes += end - start;
  };

  let pending = file.read(current, 0, size, null);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const chunk = current;
      [current, spare] = [spare, current];
      pending = file.read(current, 0, size, null);
      let start = 0;
      if (carry) {
        const nl = chunk.indexOf(NEWLINE, 0);
        if (nl === -1 || nl >= bytesRead) {
          carry = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
          continue;
        }
        const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
        carry = undefined;
        take(line, 0, line.length);
        start = nl + 1;
      }
      for (;;) {
        // The chunk stays valid across this yield: the next read goes to the other buffer.
        if (outBytes >= BATCH_BYTES) {
          yield out;
          out = [];
          outBytes = 0;
        }
        const nl = chunk.indexOf(NEWLINE, start);
        if (nl === -1 || nl >= bytesRead) {
          // The line goes on in the next chunk: keep a copy (the buffer is reused).
          if (start < bytesRead) carry = Buffer.from(chunk.subarray(start, bytesRead));
          break;
        }
        take(chunk, start, nl);
        start = nl + 1;
      }
      if (out.length > 0) {
        yield out;
        out = [];
        outBytes = 0;
      }
    }
    if (carry) take(carry, 0, carry.length);
    if (out.length > 0) yield out;
  } finally {
    await pending.catch(() => undefined);
    await file.close();
  }
}
