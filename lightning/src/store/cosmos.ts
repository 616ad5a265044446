import type { Agent } from 'node:https';
import { CosmosClient, type Container, type SqlParameter, type SqlQuerySpec } from '@azure/cosmos';
import type { TokenCredential } from '@mcp-aks/core';
import { collections, type CollectionName, type DeleteOptions, type LatestOptions, type RecordStore, type ScanOptions, type StoredRecord, type Where } from './types';

/** Container names of the seed's layout; every container is partitioned by /agentId. */
export const cosmosContainerNames: Record<CollectionName, string> = {
  episodes: 'rl_episodes',
  rewards: 'rl_rewards',
  datasets: 'rl_datasets',
  training_runs: 'rl_training_runs',
  deployments: 'rl_deployments',
  evaluations: 'rl_evaluations',
};
export const COSMOS_PARTITION_KEY_PATH = '/agentId';

export interface CosmosStoreOptions {
  endpoint: string;
  databaseName: string;
  credential?: TokenCredential;
  /** Only for the emulator and local stand-ins; Azure uses Entra ID. */
  key?: string;
  /** Creates the database and containers (emulator, tests). In Azure they are provisioned by Bicep, and data-plane RBAC cannot create them. */
  ensureContainers?: boolean;
  agent?: Agent;
  requestTimeoutMs?: number;
  /** Upserts in flight at once. */
  concurrency?: number;
}

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'];

function clean(resource: Record<string, unknown>): StoredRecord {
  for (const field of SYSTEM_FIELDS) delete resource[field];
  return resource as StoredRecord;
}

/** Builds `c.agentId = @agentId AND c.<field> = @p0 ...`; field names come from code and are checked. */
export function whereClause(agentId: string, where: Where | undefined): { text: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [{ name: '@agentId', value: agentId }];
  let text = 'c.agentId = @agentId';
  Object.entries(where ?? {}).forEach(([field, value], i) => {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(field)) throw new Error(`invalid field name ${field}`);
    text += ` AND c.${field} = @p${i}`;
    parameters.push({ name: `@p${i}`, value });
  });
  return { text, parameters };
}

export class CosmosStore implements RecordStore {
  readonly kind = 'cosmos' as const;
  private readonly client: CosmosClient;
  private ready: Promise<Record<CollectionName, Container>> | undefined;

  constructor(private readonly options: CosmosStoreOptions) {
    this.client = new CosmosClient({
      endpoint: options.endpoint,
      ...(options.key ? { key: options.key } : { aadCredentials: options.credential }),
      ...(options.agent ? { agent: options.agent } : {}),
      connectionPolicy: { requestTimeout: options.requestTimeoutMs ?? 10_000, enableEndpointDiscovery: !options.key },
    });
  }

  private containers(): Promise<Record<CollectionName, Container>> {
    if (!this.ready) {
      this.ready = (async () => {
        const result = {} as Record<CollectionName, Container>;
        if (this.options.ensureContainers) {
          const { database } = await this.client.databases.createIfNotExists({ id: this.options.databaseName });
          for (const name of collections) {
            const { container } = await database.containers.createIfNotExists({
              id: cosmosContainerNames[name],
              partitionKey: { paths: [COSMOS_PARTITION_KEY_PATH] },
            });
            result[name] = container;
          }
        } else {
          const database = this.client.database(this.options.databaseName);
          for (const name of collections) result[name] = database.container(cosmosContainerNames[name]);
        }
        return result;
      })();
      this.ready.catch(() => (this.ready = undefined));
    }
    return this.ready;
  }

  private async container(name: CollectionName): Promise<Container> {
    return (await this.containers())[name];
  }

  async upsert(collection: CollectionName, records: StoredRecord[]): Promise<void> {
    const container = await this.container(collection);
    const limit = this.options.concurrency ?? 8;
    let next = 0;
    const worker = async () => {
      while (next < records.length) {
        const record = records[next++] as StoredRecord;
        await container.items.upsert(record);
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, records.length) }, worker));
  }

  async get(collection: CollectionName, agentId: string, id: string): Promise<StoredRecord | undefined> {
    const container = await this.container(collection);
    try {
      const { resource } = await container.item(id, agentId).read<Record<string, unknown>>();
      return resource ? clean(resource) : undefined;
    } catch (error) {
      if ((error as { code?: number }).code === 404) return undefined;
      throw error;
    }
  }

  async *scan(collection: CollectionName, agentId: string, options: ScanOptions = {}): AsyncGenerator<StoredRecord> {
    for await (const batch of this.scanBatches(collection, agentId, options)) yield* batch;
  }

  async *scanBatches(collection: CollectionName, agentId: string, options: ScanOptions = {}): AsyncGenerator<StoredRecord[]> {
    const container = await this.container(collection);
    const where = whereClause(agentId, options.where);
    const query: SqlQuerySpec = { query: `SELECT * FROM c WHERE ${where.text}`, parameters: where.parameters };
    const iterator = container.items.query<Record<string, unknown>>(query, { partitionKey: agentId, maxItemCount: 500 });
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      const out: StoredRecord[] = [];
      for (const resource of resources ?? []) {
        const record = clean(resource);
        if (!options.accept || options.accept(record.id)) out.push(record);
      }
      if (out.length > 0) yield out;
    }
  }

  async latest(collection: CollectionName, agentId: string, options: LatestOptions): Promise<StoredRecord[]> {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(options.orderBy)) throw new Error(`invalid field name ${options.orderBy}`);
    const container = await this.container(collection);
    const where = whereClause(agentId, options.where);
    const query: SqlQuerySpec = {
      query: `SELECT TOP @limit * FROM c WHERE ${where.text} ORDER BY c.${options.orderBy} DESC`,
      parameters: [...where.parameters, { name: '@limit', value: options.limit }],
    };
    const { resources } = await container.items.query<Record<string, unknown>>(query, { partitionKey: agentId }).fetchAll();
    return resources.map(clean);
  }

  async count(collection: CollectionName, agentId: string): Promise<number> {
    const container = await this.container(collection);
    const { resources } = await container.items
      .query<number>({ query: 'SELECT VALUE COUNT(1) FROM c WHERE c.agentId = @agentId', parameters: [{ name: '@agentId', value: agentId }] }, { partitionKey: agentId })
      .fetchAll();
    return resources.reduce((sum, n) => sum + n, 0);
  }

  async deleteWhere(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number> {
    const container = await this.container(collection);
    const ids: string[] = [];
    for await (const batch of this.scanBatches(collection, agentId, options.where ? { where: options.where } : {})) {
      for (const record of batch) if (!options.match || options.match(record)) ids.push(record.id);
    }
    const limit = this.options.concurrency ?? 8;
    let next = 0;
    let removed = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        try {
          await container.item(id, agentId).delete();
          removed++;
        } catch (error) {
          if ((error as { code?: number }).code !== 404) throw error; // already gone (time to live, a concurrent forget)
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, ids.length) }, worker));
    return removed;
  }

  async ping(): Promise<void> {
    const containers = await this.containers();
    await containers.episodes.read();
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}
