import type { Logger, ServerEnv, TokenCredential } from '@mcp-aks/core';
import { createAdapters, isManagedSearchIndex, type AdapterOptions } from '../adapters';
import { seedInstructions } from '../adapters/seed';

export interface PreparedSearchIndex {
  /** Where the index is, or why nothing was done. */
  target: string;
  /** Documents the index held before; undefined when there is no Azure AI Search index to prepare. */
  existing?: number;
  /** Example instructions loaded because the index was empty. */
  loaded: number;
}

/**
 * What a deploy does for search, with the server's own adapter (same schema, same embedding): create or
 * update the index (PUT /indexes('name'), idempotent), then load the example task instructions of
 * `dataDir`/task-instructions when the index is empty. An existing index with documents keeps them.
 */
export async function prepareSearchIndex(
  env: ServerEnv,
  options: { credential: () => TokenCredential; logger: Logger; dataDir: string; adapterOptions?: Partial<AdapterOptions> },
): Promise<PreparedSearchIndex> {
  if (!env.AZURE_SEARCH_ENDPOINT) return { target: 'no Azure AI Search endpoint is configured (the embedded index seeds itself)', loaded: 0 };
  const adapters = await createAdapters(env, { logger: options.logger, credential: options.credential, ...options.adapterOptions, seed: false });
  try {
    const search = adapters.search;
    if (!isManagedSearchIndex(search)) return { target: 'the configured index manages no schema', loaded: 0 };
    await search.ensureIndex();
    const existing = await search.count();
    const loaded = existing === 0 ? await seedInstructions(search, options.dataDir, options.logger) : 0;
    return { target: `index "${env.AZURE_SEARCH_INDEX_NAME}" at ${env.AZURE_SEARCH_ENDPOINT}`, existing, loaded };
  } finally {
    await adapters.close();
  }
}
