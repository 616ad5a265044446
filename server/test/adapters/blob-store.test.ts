import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@mcp-aks/core';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { AzureBlobStore, containerClientFromConnectionString, containerClientFromCredential } from '../../src/adapters/azure/blob-store';
import { FolderBlobStore, checkFileName } from '../../src/adapters/local/folder-blob-store';
import { blobStoreContract } from './blob-store.contract';
import { startAzuriteBlob, type AzuriteBlob } from './support/azurite';
import { fakeCredential } from './support/fakes';
import { loopbackCert } from './support/search-recorder';

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
let azuriteOAuth: AzuriteBlob | undefined;
let containerCount = 0;
beforeAll(async () => {
  // This test process (and only it) trusts the loopback test certificate Azurite serves HTTPS with.
  setDefaultCACertificates([...getCACertificates('default'), loopbackCert]);
  [azurite, azuriteOAuth] = await Promise.all([startAzuriteBlob(), startAzuriteBlob({ oauth: true })]);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), azuriteOAuth?.stop()]);
});

/** An Entra-shaped access token for Storage; Azurite's basic OAuth checks its claims, not its signature. */
function storageToken(overrides: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { aud: 'https://storage.azure.com', iss: 'https://sts.windows.net/00000000-0000-0000-0000-000000000001/', iat: now - 60, nbf: now - 60, exp: now + 3600, oid: 'test', ...overrides };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-checked').toString('base64url')}`;
}
const storageCredential = fakeCredential(storageToken());

blobStoreContract('Azure Blob Storage (Azurite)', async () => {
  if (!azurite) throw new Error('Azurite is not running');
  const store = new AzureBlobStore(containerClientFromConnectionString(azurite.connectionString, `contract-${++containerCount}`));
  await store.ensureContainer();
  return store;
});

// The production path: an account URL and an Entra token credential, over HTTPS.
blobStoreContract('Azure Blob Storage with an Entra token (Azurite, OAuth, HTTPS)', async () => {
  if (!azuriteOAuth) throw new Error('Azurite (OAuth) is not running');
  const store = new AzureBlobStore(containerClientFromCredential(azuriteOAuth.accountUrl, `oauth-${++containerCount}`, storageCredential, { retryOptions: { maxTries: 1 } }));
  await store.ensureContainer();
  return store;
});

describe('Azure Blob Storage adapter specifics (Azurite)', () => {
  it('asks the credential for the Storage scope', async () => {
    if (!azuriteOAuth) throw new Error('Azurite (OAuth) is not running');
    const credential = fakeCredential(storageToken());
    await new AzureBlobStore(containerClientFromCredential(azuriteOAuth.accountUrl, 'scoped', credential)).ensureContainer();
    expect(credential.scopes[0]).toEqual(['https://storage.azure.com/.default']);
  });

  it('is refused, as upstream, when the token is not accepted', async () => {
    if (!azuriteOAuth) throw new Error('Azurite (OAuth) is not running');
    const wrongAudience = fakeCredential(storageToken({ aud: 'https://vault.azure.net' }));
    const store = new AzureBlobStore(containerClientFromCredential(azuriteOAuth.accountUrl, 'refused', wrongAudience, { retryOptions: { maxTries: 1 } }));
    const error = await store.ping().catch((e: unknown) => e);
    expect(isAppError(error, 'upstream')).toBe(true);
    expect((error as Error).message).toContain('403');
  });

  it('stores JSON documents with a JSON content type', async () => {
    if (!azurite) throw new Error('Azurite is not running');
    const client = containerClientFromConnectionString(azurite.connectionString, 'typed');
    const store = new AzureBlobStore(client);
    await store.put('ontology.json', '{"classes":[]}');
    await store.put('note', 'plain');
    expect((await client.getBlobClient('ontology.json').getProperties()).contentType).toBe('application/json; charset=utf-8');
    expect((await client.getBlobClient('note').getProperties()).contentType).toBe('text/plain; charset=utf-8');
  });

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
