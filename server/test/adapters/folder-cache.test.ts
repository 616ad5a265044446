import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderBlobStore } from '../../src/adapters/local/folder-blob-store';

describe('folder store read cache', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('never serves a stale document when another process (another store) writes the same folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folder-cache-'));
    dirs.push(dir);
    const replicaA = new FolderBlobStore(dir);
    const replicaB = new FolderBlobStore(dir);
    await replicaA.put('shared', 'version 1');
    expect((await replicaA.get('shared'))?.content).toBe('version 1');
    expect((await replicaA.get('shared'))?.content).toBe('version 1'); // served from the cache
    for (let i = 2; i <= 20; i++) {
      await replicaB.put('shared', `version ${i}`); // same size, written within the same millisecond often
      expect((await replicaA.get('shared'))?.content).toBe(`version ${i}`);
    }
    await replicaB.delete('shared');
    expect(await replicaA.get('shared')).toBeUndefined();
  });
});
