import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadServerEnv, silentLogger } from '@mcp-aks/core';
import type { EmbeddedSearchIndex } from '../../src/adapters';
import { adapterChoice, AzureBlobStore, AzureSearchIndex, createAdapters, findSeedDataDir, FolderBlobStore, isManagedSearchIndex } from '../../src/adapters';
import { captureLogger, fakeCredential } from './support/fakes';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const seedDir = join(serverDir, 'data');
const roots: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'adapters-'));
  roots.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(roots.map((dir) => rm(dir, { recursive: true, force: true })));
});

const noCredential = () => {
  throw new Error('the embedded defaults must not ask for an Azure credential');
};

describe('createAdapters with embedded defaults', () => {
  it('uses folders under DATA_DIR and seeds the example ontologies and instructions once', async () => {
    const dataDir = await tempDir();
    const env = loadServerEnv({ DATA_DIR: dataDir });
    const adapters = await createAdapters(env, { logger: silentLogger, credential: noCredential });
    expect(adapters.snippets).toBeInstanceOf(FolderBlobStore);
    expect((adapters.snippets as FolderBlobStore).directory).toBe(join(dataDir, 'snippets'));
    expect((adapters.ontologies as FolderBlobStore).directory).toBe(join(dataDir, 'ontologies'));
    expect((adapters.search as EmbeddedSearchIndex).directory).toBe(join(dataDir, 'search'));
    expect(isManagedSearchIndex(adapters.search)).toBe(false);

    expect((await adapters.ontologies.list()).map((d) => d.name)).toEqual(['azure-platform-operations.json', 'customer-support.json']);
    const ontology = JSON.parse((await adapters.ontologies.get('azure-platform-operations.json'))!.content) as { classes: unknown[]; relations: unknown[] };
    expect(ontology.classes.length).toBeGreaterThan(5);
    expect(await adapters.search.count()).toBe(12);
    expect((await adapters.search.search('how do I roll back a broken release'))[0]?.instruction.id).toBe('rollback-release');
    expect((await adapters.search.search('a password leaked in a public chat, what now'))[0]?.instruction.id).toBe('respond-to-leaked-secret');
    expect(await adapters.snippets.list()).toEqual([]);
    await Promise.all([adapters.snippets.ping(), adapters.ontologies.ping(), adapters.search.ping()]);

    // A user's changes survive restarts: nothing is re-seeded into stores that are not empty.
    await adapters.ontologies.delete('customer-support.json');
    const again = await createAdapters(env, { logger: silentLogger, credential: noCredential });
    expect((await again.ontologies.list()).map((d) => d.name)).toEqual(['azure-platform-operations.json']);
    expect(await again.search.count()).toBe(12);
    await again.close();
    await adapters.close();
  });

  it('seeds safely when several replicas start on the same DATA_DIR at once', async () => {
    const env = loadServerEnv({ DATA_DIR: await tempDir() });
    const replicas = await Promise.all([1, 2, 3].map(() => createAdapters(env, { logger: silentLogger, credential: noCredential, seedDataDir: seedDir })));
    for (const adapters of replicas) {
      expect(await adapters.search.count()).toBe(12);
      expect(await adapters.ontologies.list()).toHaveLength(2);
    }
  });

  it('starts empty, with a log line, when no example data is found', async () => {
    const { logger, lines } = captureLogger();
    const adapters = await createAdapters(loadServerEnv({ DATA_DIR: await tempDir() }), { logger, credential: noCredential, seedDataDir: join(await tempDir(), 'nothing') });
    expect(await adapters.search.count()).toBe(0);
    expect(await adapters.ontologies.list()).toEqual([]);
    logger.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(lines().some((l) => l.msg === 'adapters ready')).toBe(true);
  });

  it('starts quickly', async () => {
    const env = loadServerEnv({ DATA_DIR: await tempDir() });
    await createAdapters(env, { logger: silentLogger, credential: noCredential });
    const started = performance.now();
    await createAdapters(env, { logger: silentLogger, credential: noCredential });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('createAdapters with Azure variables', () => {
  it('chooses Blob Storage and AI Search, asks for the credential once, seeds nothing and calls nothing', async () => {
    const credential = fakeCredential();
    let asked = 0;
    const env = loadServerEnv({
      DATA_DIR: await tempDir(),
      AZURE_STORAGE_ACCOUNT_URL: 'https://127.0.0.1:1/devstoreaccount1',
      AZURE_SEARCH_ENDPOINT: 'https://127.0.0.1:1',
      FOUNDRY_PROJECT_ENDPOINT: 'https://127.0.0.1:1/api/projects/p',
      FOUNDRY_MODEL_DEPLOYMENT_NAME: 'gpt-4o-mini',
      EMBEDDING_MODEL_DEPLOYMENT_NAME: 'text-embedding-3-small',
    });
    const adapters = await createAdapters(env, {
      logger: silentLogger,
      credential: () => {
        asked++;
        return credential;
      },
    });
    expect(adapters.snippets).toBeInstanceOf(AzureBlobStore);
    expect(adapters.ontologies).toBeInstanceOf(AzureBlobStore);
    expect(adapters.search).toBeInstanceOf(AzureSearchIndex);
    expect(isManagedSearchIndex(adapters.search)).toBe(true);
    expect(adapters.modelConfigured).toBe(true);
    expect(asked).toBe(1);
    expect(credential.scopes).toEqual([]);
  });

  it('decides from the variables alone', () => {
    const env = (vars: Record<string, string>) => loadServerEnv(vars);
    expect(adapterChoice(env({}))).toEqual({ storage: 'local', search: 'embedded', model: 'none' });
    expect(adapterChoice(env({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2' }))).toMatchObject({ model: 'compatible' });
    expect(adapterChoice(env({ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' }))).toMatchObject({ model: 'azure' });
    expect(adapterChoice(env({ AZURE_SEARCH_ENDPOINT: 'https://s.search.windows.net' }))).toMatchObject({ storage: 'local', search: 'azure' });
  });
});

describe('finding the example data', () => {
  it('walks up from the sources and from the bundle in server/dist', () => {
    expect(findSeedDataDir()).toBe(seedDir);
    expect(findSeedDataDir([pathToFileURL(join(serverDir, 'dist', 'main.mjs')).href])).toBe(seedDir);
    expect(findSeedDataDir([join(serverDir, 'dist', 'ingest.mjs')])).toBe(seedDir);
    expect(findSeedDataDir([undefined, '/'])).toBeUndefined();
  });
});
