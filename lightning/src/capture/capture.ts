import type { FileSystem, Logger, ToolCallObserver, ToolCallRecord } from '@mcp-aks/core';
import type { Episode } from '../schemas';
import type { LightningStore } from '../store';
import { redactEpisode, toEpisode } from './episode';
import { Spool } from './spool';

export interface CaptureOptions {
  store: LightningStore;
  agentId: string;
  spoolDir: string;
  /** The file system the spool lives on (node:fs/promises unless a test injects faults). */
  fs?: FileSystem;
  logger: Logger;
  /** Episodes held in memory before they go to the spool instead. */
  maxQueue?: number;
  batchSize?: number;
  flushIntervalMs?: number;
  /** Redact secrets and personal data before an episode is queued, spooled or stored. */
  redact?: boolean;
  /** How often a down store is tried again. */
  retryIntervalMs?: number;
  now?: () => Date;
}

export interface CaptureStats {
  observed: number;
  stored: number;
  spooled: number;
  replayed: number;
  failed: number;
  queued: number;
  storeUp: boolean;
}

/**
 * Turns tool calls into episodes without ever delaying or failing them: observe() only converts and
 * enqueues; a timer writes batches to the store. When the store fails, batches go to a durable local
 * spool, and a retry timer replays the spool once the store answers again. Ids are deterministic, so
 * a replay that repeats records stores each once.
 */
export class EpisodeCapture implements ToolCallObserver {
  private queue: Episode[] = [];
  private readonly spool: Spool;
  private flushing: Promise<void> | undefined;
  private storeUp = true;
  private spoolHasData = false;
  private closed = false;
  private readonly flushTimer: NodeJS.Timeout;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly stats_: Omit<CaptureStats, 'queued' | 'storeUp'> = { observed: 0, stored: 0, spooled: 0, replayed: 0, failed: 0 };
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly retryIntervalMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: CaptureOptions) {
    this.spool = new Spool(options.spoolDir, options.fs);
    this.maxQueue = options.maxQueue ?? 10_000;
    this.batchSize = options.batchSize ?? 100;
    this.retryIntervalMs = options.retryIntervalMs ?? 2_000;
    this.now = options.now ?? (() => new Date());
    this.flushTimer = setInterval(() => void this.flush(), options.flushIntervalMs ?? 250);
    this.flushTimer.unref();
    // Episodes spooled before a restart are replayed as soon as the store answers.
    void this.spool
      .reclaimOrphans()
      .then(() => this.spool.pending())
      .then((files) => {
        if (files.length > 0) {
          this.spoolHasData = true;
          this.scheduleRetry(0);
        }
      })
      .catch((error: unknown) => options.logger.warn({ err: error }, 'lightning capture: cannot read the spool folder'));
  }

  observe(record: ToolCallRecord): void {
    try {
      if (this.closed) return;
      this.stats_.observed++;
      const episode = toEpisode(record, this.options.agentId, this.now().toISOString());
      this.queue.push(this.options.redact ? redactEpisode(episode) : episode);
      if (this.queue.length >= this.maxQueue) {
        // Memory is bounded: a full queue goes to disk at once.
        const overflow = this.queue;
        this.queue = [];
        void this.toSpool(overflow);
      } else if (this.queue.length >= this.batchSize && !this.flushing) {
        void this.flush();
      }
    } catch (error) {
      this.options.logger.error({ err: error, tool: record?.tool }, 'lightning capture: could not record a tool call');
    }
  }

  stats(): CaptureStats {
    return { ...this.stats_, queued: this.queue.length, storeUp: this.storeUp };
  }

  /** Writes everything queued; resolves when it is in the store or in the spool. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.queue.length > 0 ? this.flush() : undefined));
    if (this.queue.length === 0) return Promise.resolve();
    this.flushing = this.drain().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.batchSize);
      if (!this.storeUp) {
        await this.toSpool(batch);
        continue;
      }
      try {
        await this.options.store.putEpisodes(batch);
        this.stats_.stored += batch.length;
      } catch (error) {
        this.markDown(error);
        await this.toSpool(batch);
      }
    }
  }

  private async toSpool(batch: Episode[]): Promise<void> {
    let text = '';
    for (const episode of batch) text += `${JSON.stringify(episode)}\n`;
    try {
      await this.spool.append(text);
      this.spoolHasData = true;
      this.stats_.spooled += batch.length;
      if (this.storeUp) this.scheduleRetry(this.retryIntervalMs);
    } catch (error) {
      // Neither store nor disk: the only case where episodes are lost. Say so loudly.
      this.stats_.failed += batch.length;
      this.options.logger.error({ err: error, episodes: batch.length }, 'lightning capture: episodes lost (store and spool both failed)');
    }
  }

  private markDown(error: unknown): void {
    if (this.storeUp) this.options.logger.warn({ err: error }, 'lightning capture: episode store unavailable, spooling to disk');
    this.storeUp = false;
    this.scheduleRetry(this.retryIntervalMs);
  }

  private scheduleRetry(delayMs: number): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.recover();
    }, delayMs);
    this.retryTimer.unref();
  }

  private async recover(): Promise<void> {
    try {
      await this.options.store.ping();
      const replayed = await this.spool.replay(async (lines) => {
        await this.options.store.putEpisodes(lines.flatMap((line) => parseSpooled(line)));
        this.stats_.replayed += lines.length;
      }, this.batchSize);
      if (!this.storeUp) this.options.logger.info({ replayed }, 'lightning capture: episode store back, spool replayed');
      this.storeUp = true;
      this.spoolHasData = (await this.spool.pending()).length > 0;
      if (this.spoolHasData) this.scheduleRetry(this.retryIntervalMs);
    } catch (error) {
      this.storeUp = false;
      this.options.logger.debug({ err: error }, 'lightning capture: episode store still unavailable');
      this.scheduleRetry(this.retryIntervalMs);
    }
  }

  /** For tests and shutdown: true when nothing waits in memory or in the spool. */
  async settled(): Promise<boolean> {
    return this.queue.length === 0 && !this.flushing && (await this.spool.files()).length === 0;
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    await this.flush();
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    // Whatever is still spooled stays on disk and is replayed by the next start.
  }
}

function parseSpooled(line: string): Episode[] {
  try {
    return [JSON.parse(line) as Episode];
  } catch {
    return []; // a torn line from a crash mid-append
  }
}
