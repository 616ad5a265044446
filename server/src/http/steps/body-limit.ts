import type { IncomingMessage } from 'node:http';
import type { Refusal } from '../respond';

export type BodyResult =
  | { ok: true; text: string }
  /** `close`: the body is too large even to drain, so the connection ends after the answer. */
  | { ok: false; reason: 'too_large'; close: boolean }
  /** `busy`: bodies still arriving already hold the whole buffer budget. */
  | { ok: false; reason: 'timeout' | 'shutdown' | 'aborted' | 'busy' };

export interface BodyLimits {
  maxBytes: number;
  /** How long the body may take to arrive once the request is in the handler. */
  timeoutMs: number;
  /** Bytes of all bodies still arriving, together (slow uploads must not add up past the process's memory). */
  bufferBytes?: number;
}

/**
 * How much of an oversized body is still read (and discarded) after the 413 is sent. A client that
 * writes its whole body before reading (Node's fetch does) only sees the answer if the connection is
 * not closed under it: closing with unread data resets the connection and the client gets EPIPE.
 */
export const DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * Reads request bodies within a size limit and a deadline, and ends every read in progress when the
 * server stops (a client that never finishes its body must not hold up shutdown).
 */
export class BodyReader {
  private readonly pending = new Set<() => void>();
  private stopped = false;
  private buffered = 0;

  constructor(readonly limits: BodyLimits) {}

  read(req: IncomingMessage): Promise<BodyResult> {
    const { maxBytes, timeoutMs } = this.limits;
    const budget = this.limits.bufferBytes ?? Number.POSITIVE_INFINITY;
    if (this.stopped) return Promise.resolve({ ok: false, reason: 'shutdown' });
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + DRAIN_BYTES) {
      req.resume();
      return Promise.resolve({ ok: false, reason: 'too_large', close: true });
    }
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let held = 0;
      let settled = false;
      let draining = false;
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(cancel);
      };
      const settle = (result: BodyResult) => {
        if (settled) return;
        settled = true;
        this.buffered -= held;
        held = 0;
        this.pending.delete(cancel);
        if (!draining) clearTimeout(timer); // a drain keeps its deadline
        resolve(result);
      };
      const cancel = () => settle({ ok: false, reason: 'shutdown' });
      const overLimit = () => {
        draining = true;
        chunks.length = 0;
        settle({ ok: false, reason: 'too_large', close: false });
      };
      const timer = setTimeout(() => {
        if (draining) req.socket.destroy(); // still sending an oversized body past the deadline
        else settle({ ok: false, reason: 'timeout' });
      }, timeoutMs);
      this.pending.add(cancel);
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (draining) {
          if (size > maxBytes + DRAIN_BYTES) req.socket.destroy();
        } else if (size > maxBytes) {
          overLimit();
        } else if (!settled) {
          if (this.buffered + chunk.length > budget) return settle({ ok: false, reason: 'busy' });
          this.buffered += chunk.length;
          held += chunk.length;
          chunks.push(chunk);
        }
      });
      req.on('end', () => {
        done();
        settle({ ok: true, text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, size).toString('utf8') });
      });
      const aborted = () => {
        done();
        settle({ ok: false, reason: 'aborted' });
      };
      req.on('close', aborted);
      req.on('error', aborted);
      if (Number.isFinite(declared) && declared > maxBytes) overLimit();
    });
  }

  /** Ends every read in progress with `shutdown`; later reads end at once. */
  /** Bytes of bodies being received now. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  stop(): void {
    this.stopped = true;
    for (const cancel of [...this.pending]) cancel();
  }
}

/** What a failed read is answered with; undefined when the client is gone and nothing can be said. */
export function bodyRefusal(result: Exclude<BodyResult, { ok: true }>, limits: BodyLimits): Refusal | undefined {
  switch (result.reason) {
    case 'too_large':
      return { status: 413, message: `Payload Too Large: the request body must not exceed ${limits.maxBytes} bytes`, ...(result.close ? { headers: { connection: 'close' } } : {}) };
    case 'timeout':
      return { status: 408, message: `Request Timeout: the body did not arrive within ${limits.timeoutMs} ms`, headers: { connection: 'close' } };
    case 'shutdown':
      return SHUTTING_DOWN;
    case 'busy':
      return { status: 503, message: 'The server is receiving too many request bodies at once; retry shortly', headers: { 'retry-after': '1', connection: 'close' } };
    case 'aborted':
      return undefined;
  }
}

export const SHUTTING_DOWN: Refusal = { status: 503, message: 'The server is shutting down; retry on another replica', headers: { 'retry-after': '1', connection: 'close' } };

/** One body read with its own limits, for routes outside the MCP endpoint (bounded in size and time). */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs = 30_000): Promise<BodyResult> {
  return new BodyReader({ maxBytes, timeoutMs }).read(req);
}
