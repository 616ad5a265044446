import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@mcp-aks/core';
import { AzureBlobStore, containerClientFromConnectionString } from '../../src/adapters/azure/blob-store';
import { FolderBlobStore, checkFileName } from '../../src/adapters/local/folder-blob-store';
import { blobStoreContract } from './blob-store.contract';
import { startAzuriteBlob, type AzuriteBlob } from './support/azurite';

const roots: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blob-store-'));
  roots.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(roots.map((dir) => rm(dir, { recursive: true, force: true })));
});

blobStoreContract('local folder', async () => new FolderBlobStore(join(await tempDir(), 'container')));

let azurite: AzuriteBlob | undefined;
let containerCount = 0;
beforeAll(async () => {
  azurite = await startAzuriteBlob();
});
afterAll(async () => {
  await azurite?.stop();
});

blobStoreContract('Azure Blob Storage (Azurite)', async () => {
  if (!azurite) throw new Error('Azurite is not running');
  const store = new AzureBlobStore(containerClientFromConnectionString(azurite.connectionString, `contract-${++containerCount}`));
  await store.ensureContainer();
  return store;
});

describe('Azure Blob Storage adapter specifics (Azurite)', () => {
  it('creates a missing container on the first write', async () => {
    if (!azurite) throw new Error('Azurite is not running');
    const store = new AzureBlobStore(containerClientFromConnectionString(azurite.connectionString, 'created-on-write'));
    expect(await store.list()).toEqual([]);
    await store.put('first', 'content');
    expect((await store.get('first'))?.content).toBe('content');
  });

  it('fails ping with an unavailable error when the service cannot be reached', async () => {
    const unreachable =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    const client = containerClientFromConnectionString(unreachable, 'nowhere', { retryOptions: { maxTries: 1 } });
    const store = new AzureBlobStore(client);
    const error = await store.ping().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect(String((error as Error).message)).not.toContain('Eby8vdM02');
  });
});

describe('local folder adapter specifics', () => {
  it('refuses names that could leave the folder or collide with temp files', async () => {
    const store = new FolderBlobStore(join(await tempDir(), 'c'));
    for (const bad of ['', '..', 'a/b', 'a\\b', '../x', 'x\u0000', 'tab\there', '.~tmp.abc', 'x'.repeat(256)]) {
      expect(checkFileName(bad), bad).toBeDefined();
      await expect(store.put(bad, 'x')).rejects.toSatisfy((e: unknown) => isAppError(e, 'invalid_input'));
    }
    expect(checkFileName('fine name.json')).toBeUndefined();
  });

  it('hides temp files from list and removes stale ones on first use', async () => {
    const dir = join(await tempDir(), 'c');
    const store = new FolderBlobStore(dir);
    await store.put('kept', 'content');
    const stale = join(dir, '.~tmp.deadbeef');
    const fresh = join(dir, '.~tmp.cafebabe');
    await writeFile(stale, 'half a docu');
    await writeFile(fresh, 'being writ');
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(stale, old, old);
    expect((await store.list()).map((d) => d.name)).toEqual(['kept']);

    const restarted = new FolderBlobStore(dir, { staleTempMs: 10 * 60_000 });
    expect((await restarted.list()).map((d) => d.name)).toEqual(['kept']);
    expect((await readdir(dir)).sort()).toEqual(['.~tmp.cafebabe', 'kept']);
  });

  it('sees writes made by another instance on the same folder, with matching etags', async () => {
    const dir = join(await tempDir(), 'c');
    const a = new FolderBlobStore(dir);
    const b = new FolderBlobStore(dir);
    const written = await a.put('shared', 'one');
    expect((await b.list())[0]?.etag).toBe(written.etag);
    const rewritten = await b.put('shared', 'two');
    expect((await a.get('shared'))?.etag).toBe(rewritten.etag);
    expect((await a.list())[0]?.etag).toBe(rewritten.etag);
  });
});
