import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { MAX_FILE_BYTES } from './limits';

/**
 * Appends JSONL lines to a file (or, for a dry run, only counts them), keeping the byte count and
 * the SHA-256 as it goes. Lines are buffered and written in large chunks, with backpressure.
 */
export class JsonlWriter {
  private buffer = '';
  private readonly hash: Hash = createHash('sha256');
  private readonly stream: WriteStream | undefined;
  bytes = 0;
  lines = 0;
  /** Lines refused because the file would pass the service's size limit. */
  refused = 0;

  constructor(
    readonly path: string | undefined,
    private readonly maxBytes = MAX_FILE_BYTES,
  ) {
    this.stream = path ? createWriteStream(path, { flags: 'wx', highWaterMark: 1 << 20 }) : undefined;
  }

  /** Buffers one JSON value as a line; false when the size limit refused it. Call drain() now and then. */
  write(value: unknown): boolean {
    let line = `${JSON.stringify(value)}\n`;
    // Lone surrogates cannot be encoded as UTF-8; the service rejects such files.
    if (!line.isWellFormed()) line = line.toWellFormed();
    const size = Buffer.byteLength(line);
    if (this.bytes + size > this.maxBytes) {
      this.refused++;
      return false;
    }
    this.bytes += size;
    this.lines++;
    this.buffer += line;
    return true;
  }

  /** Writes the buffer out when it is large (with backpressure). */
  async maybeDrain(): Promise<void> {
    if (this.buffer.length >= 64 * 1024) await this.drain();
  }

  private async drain(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    this.hash.update(chunk);
    if (this.stream && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<{ bytes: number; lines: number; sha256: string }> {
    await this.drain();
    if (this.stream) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
    return { bytes: this.bytes, lines: this.lines, sha256: this.hash.digest('hex') };
  }

  /** Stops writing and leaves the partial file for the caller to remove. */
  abort(): void {
    this.stream?.destroy();
  }
}
