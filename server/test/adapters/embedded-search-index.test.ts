import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@mcp-aks/core';
import { EmbeddedSearchIndex, clampTop, processTerm } from '../../src/adapters/local/embedded-search-index';
import { taskInstructionSchema, type TaskInstruction } from '../../src/ports';
import { sampleInstructions, searchIndexContract } from './search-index.contract';

const roots: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
  roots.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(roots.map((dir) => rm(dir, { recursive: true, force: true })));
});

searchIndexContract('embedded (MiniSearch)', async () => new EmbeddedSearchIndex(join(await tempDir(), 'search')), { ranking: true });

const instruction = (id: string, title: string): TaskInstruction => taskInstructionSchema.parse({ id, title });

describe('embedded search index', () => {
  it('persists atomically and reloads on start', async () => {
    const dir = join(await tempDir(), 'search');
    await new EmbeddedSearchIndex(dir).upsert(sampleInstructions);
    const files = await readdir(dir);
    expect(files).toEqual(['task-instructions.json']);
    const reopened = new EmbeddedSearchIndex(dir);
    expect(await reopened.count()).toBe(sampleInstructions.length);
    expect((await reopened.search('rollback'))[0]?.instruction.id).toBe('rollback-deployment');
  });

  it('sees what another process wrote to the shared folder', async () => {
    const dir = join(await tempDir(), 'search');
    const a = new EmbeddedSearchIndex(dir);
    const b = new EmbeddedSearchIndex(dir);
    expect(await b.count()).toBe(0);
    await a.upsert([instruction('one', 'Drain a node before maintenance')]);
    expect((await b.search('drain node'))[0]?.instruction.id).toBe('one');
    await b.upsert([instruction('two', 'Renew the TLS certificate')]);
    expect(await a.get('two')).toMatchObject({ title: 'Renew the TLS certificate' });
    expect(await a.count()).toBe(2);
  });

  it('loses no update when writers sharing the folder race', async () => {
    const dir = join(await tempDir(), 'search');
    const writers = [new EmbeddedSearchIndex(dir), new EmbeddedSearchIndex(dir), new EmbeddedSearchIndex(dir)];
    await Promise.all(Array.from({ length: 15 }, (_, i) => writers[i % 3]!.upsert([instruction(`doc-${i}`, `Instruction number ${i}`)])));
    expect(await new EmbeddedSearchIndex(dir).count()).toBe(15);
    expect((await readdir(dir)).filter((f) => f !== 'task-instructions.json')).toEqual([]);
  });

  it('breaks a lock left by a writer that died', async () => {
    const dir = join(await tempDir(), 'search');
    const index = new EmbeddedSearchIndex(dir);
    await index.upsert([instruction('a', 'First')]);
    await writeFile(join(dir, 'task-instructions.lock'), '999999\n');
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, 'task-instructions.lock'), old, old);
    await index.upsert([instruction('b', 'Second')]);
    expect(await index.count()).toBe(2);
  });

  it('refuses invalid instructions and reports an unreadable file', async () => {
    const dir = join(await tempDir(), 'search');
    const index = new EmbeddedSearchIndex(dir);
    await expect(index.upsert([{ ...instruction('x', 'X'), id: 'has space' }])).rejects.toSatisfy((e: unknown) => isAppError(e, 'invalid_input'));
    await index.upsert([instruction('ok', 'Fine')]);
    const file = join(dir, 'task-instructions.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
    await writeFile(file, '{"not":"an index"}');
    await expect(new EmbeddedSearchIndex(dir).count()).rejects.toSatisfy((e: unknown) => isAppError(e, 'unavailable'));
  });

  it('removes temp files a killed writer left, once they are stale', async () => {
    const dir = join(await tempDir(), 'search');
    await new EmbeddedSearchIndex(dir).upsert([instruction('a', 'First')]);
    const leftover = join(dir, '.~tmp.0123456789abcdef');
    await writeFile(leftover, '{"format":"mcp-aks/task-inst');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(leftover, old, old);
    expect(await new EmbeddedSearchIndex(dir).count()).toBe(1);
    expect(await readdir(dir)).toEqual(['task-instructions.json']);
  });

  it('normalises terms and bounds top', () => {
    expect(processTerm('The')).toBeNull();
    expect(processTerm('Rollback')).toBe('rollback');
    expect(clampTop(undefined)).toBe(5);
    expect(clampTop(0)).toBe(1);
    expect(clampTop(1000)).toBe(50);
  });
});
