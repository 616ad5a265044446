import { resolve } from 'node:path';
import { createOpenAIClient, openAITargetFromEnv, type ChatModel, type FileSystem, type Logger, type ModelSelector, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import type { SearchClientOptions } from '@azure/search-documents';
import type { StoragePipelineOptions } from '@azure/storage-blob';
import type { OpenAI } from 'openai';
import type { BlobStore, SearchIndex } from '../ports';
import { AzureBlobStore, containerClientFromCredential } from './azure/blob-store';
import { AzureSearchIndex, OpenAIEmbedder } from './azure/search-index';
import { EmbeddedSearchIndex } from './local/embedded-search-index';
import { FolderBlobStore } from './local/folder-blob-store';
import { MODEL_VARIABLES_HINT, OpenAIChatModel, UnconfiguredChatModel } from './model/openai-chat-model';
import { findSeedDataDir, seedInstructions, seedOntologies } from './seed';

export { AzureBlobStore } from './azure/blob-store';
export { AzureSearchIndex } from './azure/search-index';
export { EmbeddedSearchIndex } from './local/embedded-search-index';
export { FolderBlobStore } from './local/folder-blob-store';
export { ModelCallError } from './model/model-errors';
export { MODEL_VARIABLES_HINT, OpenAIChatModel, UnconfiguredChatModel } from './model/openai-chat-model';
export { findSeedDataDir } from './seed';

export interface Adapters {
  snippets: BlobStore;
  ontologies: BlobStore;
  /** MCP task state (server/src/mcp/tasks). */
  tasks: BlobStore;
  search: SearchIndex;
  model: ChatModel;
  modelConfigured: boolean;
  close(): Promise<void>;
}

export interface AdapterOptions {
  logger: Logger;
  /** Called only when an Azure adapter is chosen. */
  credential: () => TokenCredential;
  modelSelector?: ModelSelector;
  /** Seed empty embedded stores with the example data (default true; ingest turns it off). */
  seed?: boolean;
  /** The example data folder; found next to the module or the entry script when not given. */
  seedDataDir?: string;
  /** For tests: a fetch for the openai client. */
  fetch?: typeof fetch;
  /** The file system of the embedded stores (node:fs/promises unless a test injects faults). */
  fs?: FileSystem;
  /** SDK pipeline options for the Azure clients (retry, proxy, TLS trust of a private endpoint or a test stand-in). */
  azureClientOptions?: { search?: SearchClientOptions; storage?: StoragePipelineOptions };
}

/** A search index that can create its own schema (Azure AI Search); ingest calls it before loading. */
export interface ManagedSearchIndex extends SearchIndex {
  ensureIndex(): Promise<void>;
}

export const isManagedSearchIndex = (index: SearchIndex): index is ManagedSearchIndex => typeof (index as Partial<ManagedSearchIndex>).ensureIndex === 'function';

/** Which implementation each port gets: a pure function of the configuration. */
export function adapterChoice(env: ServerEnv): { storage: 'azure' | 'local'; search: 'azure' | 'embedded'; model: 'azure' | 'compatible' | 'none' } {
  const modelTarget = env.OPENAI_BASE_URL ? 'compatible' : env.AZURE_OPENAI_ENDPOINT || env.FOUNDRY_PROJECT_ENDPOINT ? 'azure' : 'none';
  return {
    storage: env.AZURE_STORAGE_ACCOUNT_URL ? 'azure' : 'local',
    search: env.AZURE_SEARCH_ENDPOINT ? 'azure' : 'embedded',
    model: modelTarget,
  };
}

/** The model name the configuration asks for, or the reason there is none. */
export function modelName(env: ServerEnv): { model: string } | { missing: string } {
  if (env.OPENAI_BASE_URL) {
    const model = env.OPENAI_MODEL ?? env.FOUNDRY_MODEL_DEPLOYMENT_NAME;
    return model ? { model } : { missing: 'OPENAI_BASE_URL is set but OPENAI_MODEL is not. Set OPENAI_MODEL to the model name the endpoint serves.' };
  }
  if (env.AZURE_OPENAI_ENDPOINT || env.FOUNDRY_PROJECT_ENDPOINT) {
    return env.FOUNDRY_MODEL_DEPLOYMENT_NAME
      ? { model: env.FOUNDRY_MODEL_DEPLOYMENT_NAME }
      : { missing: 'FOUNDRY_PROJECT_ENDPOINT is set but FOUNDRY_MODEL_DEPLOYMENT_NAME is not. Set FOUNDRY_MODEL_DEPLOYMENT_NAME to the chat deployment name.' };
  }
  return { missing: MODEL_VARIABLES_HINT };
}

/**
 * Builds the adapters the tools use: Azure services where their variables are set, embedded ones
 * under DATA_DIR otherwise. Cheap: no network calls; embedded stores are seeded with the example
 * data when empty.
 */
export async function createAdapters(env: ServerEnv, options: AdapterOptions): Promise<Adapters> {
  const { logger } = options;
  const choice = adapterChoice(env);
  const dataDir = resolve(env.DATA_DIR);
  let credential: TokenCredential | undefined;
  const getCredential = () => (credential ??= options.credential());

  const store = (container: string, folder: string): BlobStore =>
    choice.storage === 'azure' && env.AZURE_STORAGE_ACCOUNT_URL
      ? new AzureBlobStore(containerClientFromCredential(env.AZURE_STORAGE_ACCOUNT_URL, container, getCredential(), options.azureClientOptions?.storage))
      : new FolderBlobStore(resolve(dataDir, folder), options.fs ? { fs: options.fs } : {});
  const snippets = store(env.SNIPPETS_CONTAINER_NAME, 'snippets');
  const ontologies = store(env.ONTOLOGY_CONTAINER_NAME, 'ontologies');
  const tasks = store(env.TASKS_CONTAINER_NAME, 'tasks');

  const target = openAITargetFromEnv(env, getCredential);
  let openai: OpenAI | undefined;
  const client = () =>
    (openai ??= createOpenAIClient(target!, { timeoutMs: env.MODEL_TIMEOUT_MS, maxRetries: 2, ...(options.fetch ? { fetch: options.fetch } : {}) }));

  let search: SearchIndex;
  if (choice.search === 'azure' && env.AZURE_SEARCH_ENDPOINT) {
    const embedder = env.EMBEDDING_MODEL_DEPLOYMENT_NAME && target ? new OpenAIEmbedder(client(), env.EMBEDDING_MODEL_DEPLOYMENT_NAME, env.MODEL_TIMEOUT_MS) : undefined;
    if (env.EMBEDDING_MODEL_DEPLOYMENT_NAME && !target) logger.warn('EMBEDDING_MODEL_DEPLOYMENT_NAME is set but no model endpoint is: search runs text-only');
    search = new AzureSearchIndex({
      endpoint: env.AZURE_SEARCH_ENDPOINT,
      indexName: env.AZURE_SEARCH_INDEX_NAME,
      credential: getCredential(),
      ...(embedder ? { embedder } : {}),
      ...(env.AZURE_SEARCH_SEMANTIC_CONFIGURATION ? { semanticConfiguration: env.AZURE_SEARCH_SEMANTIC_CONFIGURATION } : {}),
      ...(options.azureClientOptions?.search ? { clientOptions: options.azureClientOptions.search } : {}),
    });
  } else {
    search = new EmbeddedSearchIndex(resolve(dataDir, 'search'), options.fs ? { fs: options.fs } : {});
  }

  let model: ChatModel;
  const name = modelName(env);
  if (target && 'model' in name) {
    model = new OpenAIChatModel({
      client: client(),
      provider: target.kind === 'azure' ? 'azure-openai' : 'openai-compatible',
      model: name.model,
      timeoutMs: env.MODEL_TIMEOUT_MS,
      logger,
      ...(options.modelSelector ? { selector: options.modelSelector } : {}),
      ...(target.kind === 'compatible' && target.apiKey ? { secrets: [target.apiKey] } : {}),
    });
  } else {
    if (target) logger.warn({ reason: 'missing' in name ? name.missing : undefined }, 'model endpoint configured without a model name: model tools are disabled');
    model = new UnconfiguredChatModel('missing' in name ? name.missing : MODEL_VARIABLES_HINT);
  }

  if (options.seed !== false) {
    const seedDir = options.seedDataDir ?? findSeedDataDir();
    if (!seedDir) logger.info('no example data folder found: embedded stores start empty');
    else {
      const seeds: Promise<number>[] = [];
      if (choice.storage === 'local') seeds.push(seedOntologies(ontologies, seedDir, logger));
      if (choice.search === 'embedded') seeds.push(seedInstructions(search, seedDir, logger));
      const results = await Promise.allSettled(seeds);
      for (const result of results) if (result.status === 'rejected') logger.warn({ err: result.reason }, 'seeding example data failed; continuing without it');
    }
  }

  logger.info({ storage: choice.storage, search: choice.search, model: choice.model === 'none' || !('model' in name) ? 'none' : `${choice.model}:${name.model}` }, 'adapters ready');

  return {
    snippets,
    ontologies,
    tasks,
    search,
    model,
    modelConfigured: model instanceof OpenAIChatModel,
    close: async () => {
      // Nothing holds sockets or timers: SDK clients use keep-alive agents that unref, files are closed after each write.
    },
  };
}
