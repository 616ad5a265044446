import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIClient, isAppError } from '@mcp-aks/core';
import { AzureSearchIndex, buildSearchOptions, embeddingText, odataString, OpenAIEmbedder, taskIndexDefinition } from '../../src/adapters/azure/search-index';
import { fakeCredential } from './support/fakes';
import { fakeEmbedding, OpenAIStandIn } from './support/openai-stand-in';
import { loopbackCert, SearchRecorder } from './support/search-recorder';
import { sampleInstructions, searchIndexContract } from './search-index.contract';

const INDEX = 'task-instructions';
const API_VERSION = '2026-04-01';
let recorder: SearchRecorder;
let openai: OpenAIStandIn;

beforeAll(async () => {
  recorder = await new SearchRecorder(INDEX).start();
  openai = await new OpenAIStandIn().start();
});
afterAll(async () => {
  await recorder.stop();
  await openai.stop();
});
beforeEach(() => {
  recorder.reset();
  recorder.withIndex();
  openai.requests.length = 0;
});

const searchCredential = fakeCredential('search-token');
const modelCredential = fakeCredential('model-token');

function azureIndex(options: { embeddings?: boolean; semanticConfiguration?: string } = {}): AzureSearchIndex {
  const embedder = options.embeddings
    ? new OpenAIEmbedder(createOpenAIClient({ kind: 'azure', baseURL: `${openai.origin}/openai/v1/`, credential: modelCredential }, { maxRetries: 0 }), 'text-embedding-3-small')
    : undefined;
  return new AzureSearchIndex({
    endpoint: recorder.endpoint,
    indexName: INDEX,
    credential: searchCredential,
    ...(embedder ? { embedder } : {}),
    ...(options.semanticConfiguration ? { semanticConfiguration: options.semanticConfiguration } : {}),
    // The stand-in serves HTTPS on 127.0.0.1 with a test certificate; no retries keep failures fast.
    clientOptions: { tlsOptions: { ca: loopbackCert }, retryOptions: { maxRetries: 0 } },
  });
}

searchIndexContract(
  'Azure AI Search (HTTP stand-in)',
  async () => {
    recorder.reset();
    recorder.withIndex();
    return azureIndex();
  },
  { ranking: false },
);

describe('Azure AI Search adapter at the HTTP boundary', () => {
  it('reports a missing index as reachable but empty (ready), and searches it as empty, not as down', async () => {
    recorder.reset(); // no index: the service answers 404 on its documents
    const index = azureIndex();
    expect(await index.ping()).toEqual({ detail: `index "${INDEX}" does not exist yet (empty): the deploy creates it and loads the example task instructions` });
    expect(await index.search('rotate the leaked key')).toEqual([]);
    expect(await index.count()).toBe(0);
    expect(recorder.calls.map((c) => `${c.method} ${c.path}`)).toContain(`GET /indexes('${INDEX}')/docs/$count`);
  });

  it('reports an existing index without documents as empty', async () => {
    expect(await azureIndex().ping()).toEqual({ detail: `index "${INDEX}" is empty: load task instructions with ingest` });
    await azureIndex().upsert(sampleInstructions.slice(0, 1));
    expect(await azureIndex().ping()).toBeUndefined();
  });

  it('is down when the service is (a 503 is not an empty index)', async () => {
    recorder.failNext = { pathIncludes: '/docs/$count', status: 503, code: 'ServiceUnavailable' };
    await expect(azureIndex().ping()).rejects.toThrow();
  });

  it('creates the index schema with a vector profile sized by the embedding deployment', async () => {
    await azureIndex({ embeddings: true, semanticConfiguration: 'task-semantic' }).ensureIndex();

    expect(openai.requests).toHaveLength(1);
    expect(openai.requests[0]).toMatchObject({ method: 'POST', path: '/openai/v1/embeddings', headers: { authorization: 'Bearer model-token' } });
    expect(openai.requests[0]?.body).toMatchObject({ model: 'text-embedding-3-small', input: ['dimension probe'] });

    const put = recorder.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/indexes('${INDEX}')`);
    expect(put?.query.get('api-version')).toBe(API_VERSION);
    expect(put?.headers.authorization).toBe('Bearer search-token');
    const definition = put?.body as { name: string; fields: Record<string, unknown>[]; vectorSearch: unknown; semantic: unknown; scoringProfiles: unknown[] };
    expect(definition.name).toBe(INDEX);
    expect(definition.fields.map((f) => f.name)).toEqual(['id', 'title', 'category', 'intent', 'keywords', 'description', 'content', 'steps', 'contentVector']);
    expect(definition.fields[0]).toMatchObject({ name: 'id', type: 'Edm.String', key: true });
    expect(definition.fields.at(-1)).toMatchObject({ name: 'contentVector', type: 'Collection(Edm.Single)', dimensions: 8, vectorSearchProfile: 'task-vector-profile' });
    expect(definition.vectorSearch).toEqual({
      algorithms: [{ name: 'task-hnsw', kind: 'hnsw', hnswParameters: { metric: 'cosine', m: 4, efConstruction: 400, efSearch: 500 } }],
      profiles: [{ name: 'task-vector-profile', algorithm: 'task-hnsw' }],
    });
    expect(definition.semantic).toMatchObject({ defaultConfiguration: 'task-semantic', configurations: [{ name: 'task-semantic' }] });
    expect(searchCredential.scopes.at(-1)).toEqual(['https://search.azure.com/.default']);
  });

  it('upserts with mergeOrUpload and the embedding of each instruction', async () => {
    const index = azureIndex({ embeddings: true });
    expect(await index.upsert(sampleInstructions.slice(0, 2))).toEqual({ upserted: 2 });

    expect(openai.requests[0]?.body).toMatchObject({ input: sampleInstructions.slice(0, 2).map(embeddingText) });
    const call = recorder.calls.find((c) => c.path.endsWith('/docs/search.index'));
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe(`/indexes('${INDEX}')/docs/search.index`);
    expect(call?.query.get('api-version')).toBe(API_VERSION);
    expect(call?.body).toEqual({
      value: sampleInstructions.slice(0, 2).map((i) => ({ '@search.action': 'mergeOrUpload', ...i, contentVector: fakeEmbedding(embeddingText(i)) })),
    });
  });

  it('sends a hybrid query: text, vector query, top, filter and select', async () => {
    recorder.searchAnswer = () => [
      { document: { ...sampleInstructions[0]! }, score: 0.032 },
      { document: { ...sampleInstructions[2]!, keywords: null, steps: null }, score: 0.016 },
    ];
    const hits = await azureIndex({ embeddings: true }).search('rotate the leaked key', { top: 3, category: "O'Brien's" });

    const call = recorder.calls.find((c) => c.path.endsWith('/docs/search.post.search'));
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe(`/indexes('${INDEX}')/docs/search.post.search`);
    expect(call?.query.get('api-version')).toBe(API_VERSION);
    expect(call?.body).toEqual({
      search: 'rotate the leaked key',
      top: 3,
      filter: "category eq 'O''Brien''s'",
      select: 'id,title,category,intent,keywords,description,content,steps',
      vectorQueries: [{ kind: 'vector', vector: fakeEmbedding('rotate the leaked key'), k: 10, fields: 'contentVector' }],
    });
    expect(hits.map((h) => [h.instruction.id, h.score])).toEqual([
      ['rotate-storage-keys', 0.032],
      ['investigate-5xx', 0.016],
    ]);
    expect(hits[1]?.instruction).toMatchObject({ keywords: [], steps: [] });
  });

  it('sends a text-only query without an embedding deployment, and semantic ranking when configured', async () => {
    recorder.searchAnswer = () => [{ document: { ...sampleInstructions[1]! }, score: 3.2, rerankerScore: 2.9 }];
    const hits = await azureIndex({ semanticConfiguration: 'task-semantic' }).search('roll back');
    const body = recorder.calls.find((c) => c.path.endsWith('/docs/search.post.search'))?.body as Record<string, unknown>;
    expect(body).toEqual({
      search: 'roll back',
      top: 5,
      select: 'id,title,category,intent,keywords,description,content,steps',
      queryType: 'semantic',
      semanticConfiguration: 'task-semantic',
    });
    expect(openai.requests).toHaveLength(0);
    expect(hits).toEqual([{ instruction: sampleInstructions[1], score: 2.9 }]);
  });

  it('reports documents the service rejected, by key', async () => {
    recorder.rejectIds.add('scale-out');
    const error = await azureIndex()
      .upsert(sampleInstructions)
      .catch((e: unknown) => e);
    expect(isAppError(error, 'upstream')).toBe(true);
    expect((error as Error).message).toContain('1 of 4');
    expect((error as Error).message).toContain('scale-out');
  });

  it('maps throttling to unavailable and a refused token to upstream', async () => {
    recorder.failNext = { pathIncludes: 'search.post.search', status: 503, code: 'ServiceUnavailable' };
    const throttled = await azureIndex()
      .search('anything')
      .catch((e: unknown) => e);
    expect(isAppError(throttled, 'unavailable')).toBe(true);
    expect((throttled as Error).message).toContain('503');

    recorder.failNext = { pathIncludes: '$count', status: 403, code: 'Forbidden' };
    const refused = await azureIndex()
      .ping()
      .catch((e: unknown) => e);
    expect(isAppError(refused, 'upstream')).toBe(true);
    expect((refused as Error).message).toContain('403');
  });
});

describe('pure query and schema builders', () => {
  it('escapes OData strings', () => {
    expect(odataString("it's")).toBe("'it''s'");
  });

  it('builds no vector query without a vector and bounds top', () => {
    expect(buildSearchOptions({ top: 500 }, {}, undefined)).toEqual({ top: 50, select: ['id', 'title', 'category', 'intent', 'keywords', 'description', 'content', 'steps'] });
  });

  it('leaves the vector field and semantic section out when not configured', () => {
    const definition = taskIndexDefinition('x');
    expect(definition.fields.map((f) => f.name)).not.toContain('contentVector');
    expect(definition.vectorSearch).toBeUndefined();
    expect(definition.semanticSearch).toBeUndefined();
  });
});
