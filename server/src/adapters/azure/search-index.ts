import { SearchClient, SearchIndexClient, type SearchClientOptions, type SearchIndex as IndexDefinition, type SearchOptions } from '@azure/search-documents';
import type { OpenAI } from 'openai';
import { AppError, type TokenCredential } from '@mcp-aks/core';
import { taskInstructionSchema, validateInstructions, type ReadinessNote, type SearchHit, type SearchIndex, type TaskInstruction } from '../../ports';
import { clampTop } from '../local/embedded-search-index';
import { azureError, statusOf } from './errors';

/** A task instruction as stored in the index; `contentVector` only when an embedding deployment is configured. */
export interface TaskDocument extends TaskInstruction {
  contentVector?: number[];
}

export const VECTOR_FIELD = 'contentVector';
export const VECTOR_PROFILE = 'task-vector-profile';
export const VECTOR_ALGORITHM = 'task-hnsw';
export const SELECT_FIELDS = ['id', 'title', 'category', 'intent', 'keywords', 'description', 'content', 'steps'] as const;

/** Turns texts into embedding vectors (the embedding deployment). */
export interface Embedder {
  embed(texts: string[]): Promise<number[][]>;
}

export class OpenAIEmbedder implements Embedder {
  constructor(
    private readonly client: OpenAI,
    private readonly deployment: string,
    private readonly timeoutMs = 30_000,
  ) {}
  async embed(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    try {
      const response = await this.client.embeddings.create({ model: this.deployment, input: texts }, { timeout: this.timeoutMs });
      return [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    } catch (error) {
      const status = statusOf(error);
      throw new AppError(status ? 'upstream' : 'unavailable', `Embedding deployment ${this.deployment} failed${status ? `: HTTP ${status}` : ''}`, { cause: error });
    }
  }
}

/** The text an instruction is embedded as: what it is for first, then how (bounded, embeddings have a token limit). */
export function embeddingText(instruction: TaskInstruction): string {
  const parts = [
    instruction.title,
    instruction.intent,
    instruction.keywords.join(', '),
    instruction.description,
    instruction.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
    instruction.content,
  ].filter((p) => p.trim() !== '');
  return parts.join('\n').slice(0, 8000);
}

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export interface SearchSettings {
  semanticConfiguration?: string;
}

/** The options of one hybrid query: text (BM25), plus a vector query when there is a vector, plus semantic ranking if configured. */
export function buildSearchOptions(
  options: { top?: number; category?: string },
  settings: SearchSettings,
  vector: number[] | undefined,
): SearchOptions<TaskDocument> {
  const top = clampTop(options.top);
  const base = {
    top,
    select: [...SELECT_FIELDS],
    ...(options.category ? { filter: `category eq ${odataString(options.category)}` } : {}),
    ...(vector ? { vectorSearchOptions: { queries: [{ kind: 'vector' as const, vector, kNearestNeighborsCount: Math.max(top, 10), fields: [VECTOR_FIELD] }] } } : {}),
  };
  if (settings.semanticConfiguration) {
    return { ...base, queryType: 'semantic', semanticSearchOptions: { configurationName: settings.semanticConfiguration } } as SearchOptions<TaskDocument>;
  }
  return base as SearchOptions<TaskDocument>;
}

/** The index schema `ingest` creates or updates. */
export function taskIndexDefinition(name: string, options: { vectorDimensions?: number; semanticConfiguration?: string } = {}): IndexDefinition {
  const text = (field: string) => ({ name: field, type: 'Edm.String' as const, searchable: true, analyzerName: 'en.microsoft' as const });
  const index: IndexDefinition = {
    name,
    fields: [
      { name: 'id', type: 'Edm.String', key: true, filterable: true },
      { ...text('title'), sortable: true },
      { name: 'category', type: 'Edm.String', searchable: true, filterable: true, facetable: true },
      text('intent'),
      { name: 'keywords', type: 'Collection(Edm.String)', searchable: true, filterable: true, facetable: true },
      text('description'),
      text('content'),
      { name: 'steps', type: 'Collection(Edm.String)', searchable: true, analyzerName: 'en.microsoft' },
    ],
    scoringProfiles: [
      {
        name: 'task-weights',
        textWeights: { weights: { title: 4, keywords: 3, intent: 2, category: 1.5, description: 1.5, steps: 1, content: 1 } },
      },
    ],
    defaultScoringProfile: 'task-weights',
  };
  if (options.vectorDimensions) {
    index.fields.push({
      name: VECTOR_FIELD,
      type: 'Collection(Edm.Single)',
      searchable: true,
      hidden: true,
      vectorSearchDimensions: options.vectorDimensions,
      vectorSearchProfileName: VECTOR_PROFILE,
    });
    index.vectorSearch = {
      algorithms: [{ name: VECTOR_ALGORITHM, kind: 'hnsw', parameters: { metric: 'cosine', m: 4, efConstruction: 400, efSearch: 500 } }],
      profiles: [{ name: VECTOR_PROFILE, algorithmConfigurationName: VECTOR_ALGORITHM }],
    };
  }
  if (options.semanticConfiguration) {
    index.semanticSearch = {
      defaultConfigurationName: options.semanticConfiguration,
      configurations: [
        {
          name: options.semanticConfiguration,
          prioritizedFields: {
            titleField: { name: 'title' },
            contentFields: [{ name: 'description' }, { name: 'content' }],
            keywordsFields: [{ name: 'keywords' }, { name: 'category' }],
          },
        },
      ],
    };
  }
  return index;
}

export interface AzureSearchIndexOptions {
  endpoint: string;
  indexName: string;
  credential: TokenCredential;
  embedder?: Embedder;
  semanticConfiguration?: string;
  /** Passed to both SDK clients: retry, TLS settings in tests, API version. */
  clientOptions?: SearchClientOptions;
}

/**
 * Azure AI Search: hybrid queries (full text plus a vector query when an embedding deployment is
 * configured), mergeOrUpload for upserts, and the index schema for ingest.
 */
export class AzureSearchIndex implements SearchIndex {
  private readonly client: SearchClient<TaskDocument>;
  private readonly indexClient: SearchIndexClient;

  constructor(private readonly options: AzureSearchIndexOptions) {
    this.client = new SearchClient<TaskDocument>(options.endpoint, options.indexName, options.credential, options.clientOptions);
    this.indexClient = new SearchIndexClient(options.endpoint, options.credential, options.clientOptions);
    this.client.pipeline.addPolicy(emptyErrorBodyPolicy);
  }

  /** Creates the index, or updates its schema (new fields, vector profile, semantic configuration). */
  async ensureIndex(): Promise<void> {
    let vectorDimensions: number | undefined;
    if (this.options.embedder) {
      const [probe] = await this.options.embedder.embed(['dimension probe']);
      vectorDimensions = probe?.length;
      if (!vectorDimensions) throw new AppError('upstream', 'The embedding deployment returned an empty vector');
    }
    const definition = taskIndexDefinition(this.options.indexName, {
      ...(vectorDimensions ? { vectorDimensions } : {}),
      ...(this.options.semanticConfiguration ? { semanticConfiguration: this.options.semanticConfiguration } : {}),
    });
    try {
      await this.indexClient.createOrUpdateIndex(definition);
    } catch (error) {
      throw azureError('AI Search', `create or update index "${this.options.indexName}"`, error);
    }
  }

  async upsert(instructions: TaskInstruction[]): Promise<{ upserted: number }> {
    const valid = validateInstructions(instructions);
    if (valid.length === 0) return { upserted: 0 };
    const vectors = this.options.embedder ? await this.options.embedder.embed(valid.map(embeddingText)) : undefined;
    const documents: TaskDocument[] = valid.map((instruction, i) => (vectors?.[i] ? { ...instruction, [VECTOR_FIELD]: vectors[i] } : instruction));
    let result;
    try {
      result = await this.client.mergeOrUploadDocuments(documents);
    } catch (error) {
      throw azureError('AI Search', 'index documents', error);
    }
    const failed = result.results.filter((r) => !r.succeeded);
    if (failed.length > 0) {
      const detail = failed
        .slice(0, 5)
        .map((r) => `${r.key} (${r.statusCode}${r.errorMessage ? `: ${r.errorMessage.slice(0, 120)}` : ''})`)
        .join('; ');
      throw new AppError('upstream', `AI Search rejected ${failed.length} of ${documents.length} documents: ${detail}`);
    }
    return { upserted: documents.length };
  }

  async search(query: string, options: { top?: number; category?: string } = {}): Promise<SearchHit[]> {
    if (query.trim() === '') return [];
    const vector = this.options.embedder ? (await this.options.embedder.embed([query]))[0] : undefined;
    const searchOptions = buildSearchOptions(options, this.options, vector);
    try {
      const response = await this.client.search(query, searchOptions);
      const hits: SearchHit[] = [];
      for await (const result of response.results) {
        const parsed = taskInstructionSchema.safeParse(stripVector(result.document as TaskDocument));
        if (!parsed.success) continue;
        hits.push({ instruction: parsed.data, score: result.rerankerScore ?? result.score });
        if (hits.length >= clampTop(options.top)) break;
      }
      return hits;
    } catch (error) {
      // An index not created yet has nothing to find, as an empty one (see ping).
      if (statusOf(error) === 404) return [];
      throw azureError('AI Search', 'search task instructions', error);
    }
  }

  async get(id: string): Promise<TaskInstruction | undefined> {
    try {
      const document = await this.client.getDocument(id, { selectedFields: [...SELECT_FIELDS] });
      const parsed = taskInstructionSchema.safeParse(stripVector(document as TaskDocument));
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw azureError('AI Search', `read instruction "${id}"`, error);
    }
  }

  async count(): Promise<number> {
    try {
      return await this.client.getDocumentsCount();
    } catch (error) {
      if (statusOf(error) === 404) return 0;
      throw azureError('AI Search', 'count documents', error);
    }
  }

  /**
   * Reachable and empty is ready: a missing index (404, "a resource doesn't exist on the server",
   * https://learn.microsoft.com/rest/api/searchservice/http-status-codes) or one without documents is
   * reported, not counted as down. Anything else (401, 403, 5xx, no answer) is down.
   */
  async ping(): Promise<ReadinessNote | void> {
    let documents: number;
    try {
      documents = await this.client.getDocumentsCount();
    } catch (error) {
      if (statusOf(error) === 404) return { detail: `index "${this.options.indexName}" does not exist yet (empty): the deploy creates it and loads the example task instructions` };
      throw azureError('AI Search', `reach index "${this.options.indexName}"`, error);
    }
    if (documents === 0) return { detail: `index "${this.options.indexName}" is empty: load task instructions with ingest` };
  }
}

/**
 * The service answers a lookup of a missing document with 404 and no body; @azure/search-documents
 * 13.0.0 then fails with a TypeError instead of a RestError (Azure/azure-sdk-for-js#38842). Giving
 * bodiless error responses the documented error shape restores the RestError and its status code.
 */
type PipelinePolicy = Parameters<SearchClient<object>['pipeline']['addPolicy']>[0];

export const emptyErrorBodyPolicy: PipelinePolicy = {
  name: 'emptyErrorBodyPolicy',
  async sendRequest(request, next) {
    const response = await next(request);
    if (response.status >= 400 && !response.bodyAsText && !response.readableStreamBody) {
      response.bodyAsText = JSON.stringify({ error: { code: String(response.status), message: `HTTP ${response.status}` } });
      response.headers.set('content-type', 'application/json');
    }
    return response;
  },
};

function stripVector(document: TaskDocument): TaskInstruction {
  const { contentVector: _vector, ...rest } = document;
  // Collections come back null when a document was stored without them.
  return { ...rest, keywords: rest.keywords ?? [], steps: rest.steps ?? [] } as TaskInstruction;
}
