import {
  datasetManifestSchema,
  deploymentSchema,
  episodeSchema,
  rewardSchema,
  trainingRunSchema,
  type DatasetManifest,
  type Deployment,
  type Episode,
  type Reward,
  type TrainingRun,
} from '../schemas';
import type { RecordStore, StoredRecord } from './types';

const asRecords = <T extends { id: string; agentId: string }>(items: T[]) => items as unknown as StoredRecord[];

/** Typed access to the five collections; one instance per process, shared by capture, tools and CLI. */
export class LightningStore {
  constructor(readonly records: RecordStore) {}

  get kind() {
    return this.records.kind;
  }

  putEpisodes(episodes: Episode[]) {
    return this.records.upsert('episodes', asRecords(episodes));
  }
  async getEpisode(agentId: string, id: string): Promise<Episode | undefined> {
    const r = await this.records.get('episodes', agentId, id);
    return r ? episodeSchema.parse(r) : undefined;
  }
  async listEpisodes(agentId: string, options: { limit: number; tool?: string; outcome?: 'ok' | 'error' }): Promise<Episode[]> {
    const where: Record<string, string> = {};
    if (options.tool) where.tool = options.tool;
    if (options.outcome) where.outcome = options.outcome;
    const rows = await this.records.latest('episodes', agentId, { limit: options.limit, orderBy: 'startedAt', where });
    return rows.map((r) => episodeSchema.parse(r));
  }
  /** Raw records, not re-validated: the dataset builder checks the fields it uses. */
  scanEpisodes(agentId: string, accept?: (id: string) => boolean) {
    return this.records.scan('episodes', agentId, accept ? { accept } : {});
  }
  scanEpisodeBatches(agentId: string, accept?: (id: string) => boolean) {
    return this.records.scanBatches('episodes', agentId, accept ? { accept } : {});
  }
  countEpisodes(agentId: string) {
    return this.records.count('episodes', agentId);
  }

  putRewards(rewards: Reward[]) {
    return this.records.upsert('rewards', asRecords(rewards));
  }
  async listRewards(agentId: string, options: { limit: number; episodeId?: string; source?: string }): Promise<Reward[]> {
    const where: Record<string, string> = {};
    if (options.episodeId) where.episodeId = options.episodeId;
    if (options.source) where.source = options.source;
    const rows = await this.records.latest('rewards', agentId, { limit: options.limit, orderBy: 'createdAt', where });
    return rows.map((r) => rewardSchema.parse(r));
  }
  /** Every stored version in write order (newest last): keep the last value seen per id. */
  scanRewards(agentId: string) {
    return this.records.scan('rewards', agentId, { allVersions: true });
  }
  scanRewardBatches(agentId: string) {
    return this.records.scanBatches('rewards', agentId, { allVersions: true });
  }
  countRewards(agentId: string) {
    return this.records.count('rewards', agentId);
  }

  putDataset(manifest: DatasetManifest) {
    return this.records.upsert('datasets', asRecords([manifest]));
  }
  async getDataset(agentId: string, id: string): Promise<DatasetManifest | undefined> {
    const r = await this.records.get('datasets', agentId, id);
    return r ? datasetManifestSchema.parse(r) : undefined;
  }
  async listDatasets(agentId: string, limit: number): Promise<DatasetManifest[]> {
    return (await this.records.latest('datasets', agentId, { limit, orderBy: 'createdAt' })).map((r) => datasetManifestSchema.parse(r));
  }

  putTrainingRun(run: TrainingRun) {
    return this.records.upsert('training_runs', asRecords([run]));
  }
  async getTrainingRun(agentId: string, id: string): Promise<TrainingRun | undefined> {
    const r = await this.records.get('training_runs', agentId, id);
    return r ? trainingRunSchema.parse(r) : undefined;
  }
  async listTrainingRuns(agentId: string, limit: number): Promise<TrainingRun[]> {
    return (await this.records.latest('training_runs', agentId, { limit, orderBy: 'createdAt' })).map((r) => trainingRunSchema.parse(r));
  }

  putDeployments(deployments: Deployment[]) {
    return this.records.upsert('deployments', asRecords(deployments));
  }
  async listDeployments(agentId: string, limit: number): Promise<Deployment[]> {
    return (await this.records.latest('deployments', agentId, { limit, orderBy: 'createdAt' })).map((r) => deploymentSchema.parse(r));
  }
  async getActiveDeployment(agentId: string): Promise<Deployment | undefined> {
    const rows = await this.records.latest('deployments', agentId, { limit: 1, orderBy: 'activatedAt', where: { active: true } });
    return rows[0] ? deploymentSchema.parse(rows[0]) : undefined;
  }

  ping() {
    return this.records.ping();
  }
  close() {
    return this.records.close();
  }
}
