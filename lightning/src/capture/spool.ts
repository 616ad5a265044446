import { join } from 'node:path';
import { endsTorn, nodeFileSystem, storageFailure, writeAll, type FileSystem } from '@mcp-aks/core';
import { readLines } from '../store/lines';

/**
 * A local folder of JSONL files holding records the store could not take. Each process appends to
 * its own file; replay claims a file by renaming it (atomic), so two processes never replay the same
 * file, and deletes it only after every record in it was stored.
 */
export class Spool {
  private seq = 0;
  private readonly tag = `${process.pid}-${Date.now().toString(36)}`;
  private writing: Promise<unknown> = Promise.resolve();
  /** An append failed part-way: the current file may end in a torn line. */
  private unsealed = false;

  constructor(
    readonly dir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  private current(): string {
    return join(this.dir, `spool-${this.tag}-${this.seq}.jsonl`);
  }

  /** Appends in full and durably (fdatasync) before resolving; rejects when the disk refuses. */
  append(lines: string): Promise<void> {
    const next = this.writing.then(async () => {
      try {
        await this.fs.mkdir(this.dir, { recursive: true });
        const fh = await this.fs.open(this.current(), 'a+');
        try {
          const seal = this.unsealed && (await endsTorn(fh));
          await writeAll(fh, seal ? `\n${lines}` : lines);
          await fh.datasync();
          this.unsealed = false;
        } finally {
          await fh.close();
        }
      } catch (error) {
        this.unsealed = true;
        throw storageFailure('The Lightning capture spool', 'append', error);
      }
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** Every spool file, waiting or being replayed. */
  async files(): Promise<string[]> {
    try {
      return (await this.fs.readdir(this.dir)).filter((n) => n.startsWith('spool-'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Files waiting for replay. */
  async pending(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.filter((n) => n.startsWith('spool-') && n.endsWith('.jsonl')).sort();
  }

  /**
   * Replays every waiting file through `store` in batches. Resolves with the number of lines
   * replayed; rejects (leaving unreplayed files in place) when the store fails.
   */
  async replay(store: (lines: string[]) => Promise<void>, batchSize: number): Promise<number> {
    // New appends go to a fresh file while the old ones are replayed; switch only between appends.
    const switched = this.writing.then(() => {
      this.seq++;
    });
    this.writing = switched;
    await switched;
    let replayed = 0;
    for (const name of await this.pending()) {
      if (name === `spool-${this.tag}-${this.seq}.jsonl`) continue;
      const claimed = join(this.dir, `${name}.replay-${this.tag}`);
      try {
        await this.fs.rename(join(this.dir, name), claimed);
      } catch {
        continue; // another process claimed it
      }
      try {
        let batch: string[] = [];
        for await (const line of readLines(claimed, { fs: this.fs })) {
          batch.push(line);
          if (batch.length >= batchSize) {
            await store(batch);
            replayed += batch.length;
            batch = [];
          }
        }
        if (batch.length > 0) await store(batch);
        replayed += batch.length;
        await this.fs.rm(claimed, { force: true });
      } catch (error) {
        // Put it back for the next attempt; records already stored are stored again idempotently.
        await this.fs.rename(claimed, join(this.dir, name)).catch(() => undefined);
        throw error;
      }
    }
    return replayed;
  }

  /** Files left claimed by a process that died mid-replay: make them replayable again. */
  async reclaimOrphans(): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const match = /^(spool-.+\.jsonl)\.replay-(.+)$/.exec(name);
      if (match && match[2] !== this.tag) await this.fs.rename(join(this.dir, name), join(this.dir, match[1] as string)).catch(() => undefined);
    }
  }
}
