import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_BYTES, readAcceptedLines } from '../src/store/lines';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lightning-lines-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const line = (i: number, agent: string) => JSON.stringify({ id: `ep-${i}`, agentId: agent, text: 'x'.repeat((i * 37) % 900) });

async function collect(path: string, options: Parameters<typeof readAcceptedLines>[1]): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of readAcceptedLines(path, options)) batches.push(batch);
  return batches;
}

describe('readAcceptedLines', () => {
  it('yields every accepted line of the agent once, in file order, in batches of about BATCH_BYTES', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => line(i, i % 5 === 0 ? 'other' : 'me'));
    // Lines longer than a read chunk (one followed by a line of another agent, one by one taken), and
    // a last line without its newline.
    lines.splice(1500, 0, JSON.stringify({ id: 'ep-long-1', agentId: 'me', text: 'y'.repeat(70_000) }));
    lines.splice(2002, 0, JSON.stringify({ id: 'ep-long-2', agentId: 'me', text: 'z'.repeat(70_000) }));
    const path = join(dir, 'episodes.jsonl');
    await writeFile(path, lines.join('\n'));
    const accept = (id: string) => !id.endsWith('7');
    const wanted = lines.filter((l) => {
      const { id, agentId } = JSON.parse(l) as { id: string; agentId: string };
      return agentId === 'me' && accept(id);
    });

    for (const chunkBytes of [4096, 64 * 1024, undefined]) {
      const batches = await collect(path, { agentJson: '"me"', accept, ...(chunkBytes ? { chunkBytes } : {}) });
      expect(batches.flat()).toEqual(wanted);
      expect(batches.length).toBeGreaterThan(1);
      for (const batch of batches) {
        expect(batch.length).toBeGreaterThan(0);
        // One line may take a batch past the mark; the one before it did not reach it.
        const bytes = batch.reduce((n, l) => n + Buffer.byteLength(l), 0);
        expect(bytes - Buffer.byteLength(batch.at(-1)!)).toBeLessThan(BATCH_BYTES);
      }
    }
  });
});
