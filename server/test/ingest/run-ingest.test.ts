import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@mcp-aks/core';
import { EmbeddedSearchIndex } from '../../src/adapters/local/embedded-search-index';
import { runIngest, USAGE, type IngestIO } from '../../src/ingest/run';
import { fakeCredential } from '../adapters/support/fakes';
import { loopbackCert, SearchRecorder } from '../adapters/support/search-recorder';

const examples = fileURLToPath(new URL('../../data/task-instructions', import.meta.url));
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-run-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function io(extra: Partial<IngestIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), logger: silentLogger, credential: () => fakeCredential(), ...extra } };
}

describe('ingest command line', () => {
  it('prints help', async () => {
    const t = io();
    expect(await runIngest(['--help'], {}, t.io)).toBe(0);
    expect(t.out).toEqual([USAGE]);
  });

  it('refuses missing folders, unknown flags, bad batch sizes and bad configuration with status 2', async () => {
    const none = io();
    expect(await runIngest([], {}, none.io)).toBe(2);
    expect(none.err[0]).toContain('name at least one folder');
    const flag = io();
    expect(await runIngest(['--frobnicate', examples], {}, flag.io)).toBe(2);
    expect(flag.err[0]).toContain('--frobnicate');
    const batch = io();
    expect(await runIngest(['--batch-size', '0', examples], {}, batch.io)).toBe(2);
    expect(batch.err[0]).toContain('--batch-size');
    const config = io();
    expect(await runIngest([examples], { PORT: 'eighty' }, config.io)).toBe(2);
    expect(config.err[0]).toContain('PORT');
  });

  it('validates the shipped examples in a dry run and writes nothing', async () => {
    const dataDir = join(work, 'dry');
    const t = io();
    expect(await runIngest(['--dry-run', examples], { DATA_DIR: dataDir }, t.io)).toBe(0);
    expect(t.err).toEqual([]);
    expect(t.out[0]).toBe('Parsed 12 instruction(s) from 5 file(s); 0 file(s) with errors.');
    expect(t.out.filter((l) => l.startsWith('  ok  '))).toHaveLength(12);
    expect(t.out.at(-1)).toContain('Dry run: nothing written');
    await expect(readdir(dataDir)).rejects.toThrow();
  });

  it('loads the good files into the embedded index, reports each bad file, and exits 1', async () => {
    const folder = join(work, 'mixed');
    const dataDir = join(work, 'mixed-data');
    await mkdir(folder);
    await writeFile(join(folder, 'good.json'), JSON.stringify([{ id: 'good-1', title: 'Purge the CDN cache', keywords: ['cdn', 'purge'] }, { id: 'good-2', title: 'Restart the ingress controller' }]));
    await writeFile(join(folder, 'bad.json'), '{"id": "bad", "title": ');
    await writeFile(join(folder, 'half.json'), JSON.stringify([{ id: 'half-ok', title: 'Fine' }, { id: 'half bad', title: 'Bad id' }]));
    await writeFile(join(folder, 'note.md'), '---\nid: note\nkeywords: [restart]\n---\n# Restart a stuck job\n\n1. Find it\n2. Delete the pod\n');
    const t = io();
    expect(await runIngest(['--batch-size', '2', folder], { DATA_DIR: dataDir }, t.io)).toBe(1);
    expect(t.err).toHaveLength(2);
    expect(t.err[0]).toMatch(new RegExp(`^error: ${join(folder, 'bad.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON`));
    expect(t.err[1]).toContain(`${join(folder, 'half.json')} [1]: id:`);
    expect(t.out[0]).toBe('Parsed 4 instruction(s) from 4 file(s); 2 file(s) with errors.');
    expect(t.out.at(-1)).toBe(`Upserted 4 instruction(s) into the embedded index in ${join(dataDir, 'search')}.`);

    const index = new EmbeddedSearchIndex(join(dataDir, 'search'));
    expect(await index.count()).toBe(4);
    expect((await index.search('purge cdn'))[0]?.instruction.id).toBe('good-1');
    expect(await index.get('note')).toMatchObject({ title: 'Restart a stuck job', steps: ['Find it', 'Delete the pod'] });
  });

  it('does not seed the example data into an index it loads', async () => {
    const folder = join(work, 'single');
    const dataDir = join(work, 'single-data');
    await mkdir(folder);
    await writeFile(join(folder, 'one.json'), JSON.stringify({ id: 'only', title: 'The only one' }));
    expect(await runIngest([folder], { DATA_DIR: dataDir }, io().io)).toBe(0);
    expect(await new EmbeddedSearchIndex(join(dataDir, 'search')).count()).toBe(1);
  });
});

describe('ingest into Azure AI Search (HTTP stand-in)', () => {
  let recorder: SearchRecorder;
  beforeAll(async () => {
    recorder = await new SearchRecorder('runbooks').start();
  });
  afterAll(async () => {
    await recorder.stop();
  });

  it('creates or updates the index schema, then upserts in batches', async () => {
    const t = io({ adapterOptions: { azureClientOptions: { search: { tlsOptions: { ca: loopbackCert }, retryOptions: { maxRetries: 0 } } } } });
    const env = { DATA_DIR: join(work, 'azure'), AZURE_SEARCH_ENDPOINT: recorder.endpoint, AZURE_SEARCH_INDEX_NAME: 'runbooks' };
    expect(await runIngest(['--batch-size', '5', examples], env, t.io)).toBe(0);
    expect(t.err).toEqual([]);
    const calls = recorder.calls.map((c) => `${c.method} ${c.path}`);
    expect(calls).toEqual([
      "PUT /indexes('runbooks')",
      "POST /indexes('runbooks')/docs/search.index",
      "POST /indexes('runbooks')/docs/search.index",
      "POST /indexes('runbooks')/docs/search.index",
    ]);
    expect(recorder.calls.slice(1).map((c) => (c.body as { value: unknown[] }).value.length)).toEqual([5, 5, 2]);
    expect(recorder.documents.size).toBe(12);
    expect(t.out.at(-1)).toContain(`Upserted 12 instruction(s) into Azure AI Search index "runbooks" at ${recorder.endpoint}`);
  });

  it('reports a failed batch and goes on with the next', async () => {
    recorder.reset();
    recorder.rejectIds.add('rollback-release');
    const t = io({ adapterOptions: { azureClientOptions: { search: { tlsOptions: { ca: loopbackCert }, retryOptions: { maxRetries: 0 } } } } });
    const env = { DATA_DIR: join(work, 'azure'), AZURE_SEARCH_ENDPOINT: recorder.endpoint, AZURE_SEARCH_INDEX_NAME: 'runbooks' };
    expect(await runIngest(['--batch-size', '5', examples], env, t.io)).toBe(1);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('rollback-release');
    expect(t.out.at(-1)).toContain('Upserted 7 instruction(s)');
  });
});
