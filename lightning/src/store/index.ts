import { join } from 'node:path';
import type { FileSystem, ServerEnv, TokenCredential } from '@mcp-aks/core';
import { EmbeddedStore } from './embedded';
import { LightningStore } from './lightning-store';

export * from './types';
export { EmbeddedStore } from './embedded';
export { LightningStore } from './lightning-store';

export type StoreEnv = Pick<ServerEnv, 'DATA_DIR' | 'COSMOS_ACCOUNT_URI' | 'COSMOSDB_ENDPOINT' | 'COSMOS_DATABASE_NAME'>;

export function cosmosEndpoint(env: StoreEnv): string | undefined {
  return env.COSMOS_ACCOUNT_URI ?? env.COSMOSDB_ENDPOINT;
}

export function embeddedStoreDir(env: Pick<ServerEnv, 'DATA_DIR'>): string {
  return join(env.DATA_DIR, 'lightning');
}

/** Cosmos DB when an endpoint is configured, else the embedded store under DATA_DIR/lightning. */
export async function openStore(env: StoreEnv, credential: () => TokenCredential, fs?: FileSystem): Promise<LightningStore> {
  const endpoint = cosmosEndpoint(env);
  if (endpoint) {
    // Loaded only when configured: the embedded loop never pays for the Cosmos SDK.
    const { CosmosStore } = await import('./cosmos');
    return new LightningStore(new CosmosStore({ endpoint, databaseName: env.COSMOS_DATABASE_NAME, credential: credential() }));
  }
  return new LightningStore(new EmbeddedStore(embeddedStoreDir(env), fs ? { fs } : {}));
}
