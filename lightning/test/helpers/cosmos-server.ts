import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import cosmosServer from '@zeit/cosmosdb-server';
import { CosmosStore } from '../../src/store/cosmos';

/** The Cosmos DB stand-in on 127.0.0.1 (TLS with its bundled self-signed certificate). */
export async function startCosmosServer(): Promise<{ endpoint: string; port: number; close(): Promise<void> }> {
  const server = cosmosServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export const insecureLoopbackAgent = () => new Agent({ rejectUnauthorized: false, keepAlive: true });

export function cosmosStoreFor(endpoint: string, databaseName: string, requestTimeoutMs = 5_000): CosmosStore {
  return new CosmosStore({
    endpoint,
    databaseName,
    key: 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    ensureContainers: true,
    agent: insecureLoopbackAgent(),
    requestTimeoutMs,
  });
}
