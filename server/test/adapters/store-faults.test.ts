import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@mcp-aks/core';
import { FaultyFileSystem } from '../../../test/support/faulty-fs';
import { EmbeddedSearchIndex } from '../../src/adapters/local/embedded-search-index';
import { FolderBlobStore } from '../../src/adapters/local/folder-blob-store';
import { taskInstructionSchema, type TaskInstruction } from '../../src/ports';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'store-faults-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
const freshDir = () => join(root, `case-${++n}`);

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);
const instruction = (id: string, title: string): TaskInstruction => taskInstructionSchema.parse({ id, title, steps: [`do ${title}`] });

describe('snippets (folder blob store) on a failing disk', () => {
  it('stores whole documents when writes come back short with space left', async () => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    fs.maxWriteBytes = 5;
    const store = new FolderBlobStore(dir, { fs });
    const content = 'a snippet that takes several short writes ✓'.repeat(10);
    await store.put('doc', content);
    expect(fs.counters.shortWrites).toBeGreaterThan(1);
    expect((await new FolderBlobStore(dir).get('doc'))?.content).toBe(content);
  });

  it.each([
    ['a full disk', (fs: FaultyFileSystem) => (fs.freeBytes = 10), /Local store is full: could not write "doc" \(ENOSPC\)/],
    ['an I/O error on write', (fs: FaultyFileSystem) => (fs.writeError = 'EIO'), /could not write "doc" \(EIO\)/],
    ['an I/O error on fsync', (fs: FaultyFileSystem) => (fs.syncError = 'EIO'), /could not write "doc" \(EIO\)/],
    ['a read-only file system', (fs: FaultyFileSystem) => (fs.readOnly = true), /not writable: could not write "doc" \(EROFS\)/],
    ['a folder without write permission', (fs: FaultyFileSystem) => (fs.lockedDirectories = true), /not writable: could not write "doc" \(EACCES\)/],
  ])('refuses a write on %s with a clear error and keeps the previous version whole', async (_name, fail, message) => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const store = new FolderBlobStore(dir, { fs });
    await store.put('doc', 'version 1');
    fail(fs);
    const error = await failure(store.put('doc', 'version 2, which is longer than the space left'));
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain(dir);
    expect((await store.get('doc'))?.content).toBe('version 1');
    fs.heal();
    expect((await readdir(dir)).sort()).toEqual(['doc']); // no temp file left behind
    await store.put('doc', 'version 3');
    expect((await new FolderBlobStore(dir).get('doc'))?.content).toBe('version 3');
  });
});

describe('embedded search index on a failing disk', () => {
  it.each([
    ['a full disk', (fs: FaultyFileSystem) => (fs.freeBytes = 20), /full.*ENOSPC/],
    ['an I/O error', (fs: FaultyFileSystem) => (fs.writeError = 'EIO'), /EIO/],
    ['a read-only file system', (fs: FaultyFileSystem) => (fs.readOnly = true), /not writable.*EROFS/],
    ['a folder without write permission', (fs: FaultyFileSystem) => (fs.lockedDirectories = true), /not writable.*EACCES/],
  ])('refuses an upsert on %s with a clear error, keeps serving what it had, and takes the next upsert once the disk recovers', async (_name, fail, message) => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const index = new EmbeddedSearchIndex(dir, { fs });
    await index.upsert([instruction('rollback', 'Roll back a deployment')]);
    fail(fs);
    const error = await failure(index.upsert([instruction('rotate', 'Rotate a secret')]));
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain(dir);
    expect((await index.search('roll back'))[0]?.instruction.id).toBe('rollback');
    expect(await new EmbeddedSearchIndex(dir).count()).toBe(1);
    fs.heal();
    // The lock is not left behind: the next writer gets it at once.
    const started = Date.now();
    await index.upsert([instruction('rotate', 'Rotate a secret')]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await new EmbeddedSearchIndex(dir).count()).toBe(2);
  });
});
