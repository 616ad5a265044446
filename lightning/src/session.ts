import type { Logger, ServerEnv, TokenCredential } from '@mcp-aks/core';
import type { CommandContext } from './context';
import { label, type LabelOptions, type LabelResult } from './rewards/label';
import { buildDataset, type BuildDatasetOptions, type BuildDatasetResult } from './dataset/build';
import { deactivate, promote, rollback, type PromoteOptions, type PromoteResult, type RollbackResult } from './deployments/promote';
import { createDatasetSink, createJudgeModel, createOpenAI, createPromotionTarget, resolveBaseModel } from './environment';
import { openStore } from './store';
import { status, train, type StatusOptions, type StatusResult, type TrainOptions, type TrainResult } from './training/train';

/** The commands bound to one configuration: what the CLI and the lightning action call. */
export interface LightningSession {
  ctx: CommandContext;
  label(options?: LabelOptions): Promise<LabelResult>;
  buildDataset(options?: BuildDatasetOptions): Promise<BuildDatasetResult>;
  train(options?: TrainOptions): Promise<TrainResult>;
  status(options?: StatusOptions): Promise<StatusResult>;
  promote(options?: PromoteOptions): Promise<PromoteResult>;
  rollback(options?: { dryRun?: boolean }): Promise<RollbackResult>;
  deactivate(options?: { dryRun?: boolean }): Promise<{ dryRun: boolean; deactivated: string[] }>;
  close(): Promise<void>;
}

export async function openLightning(env: ServerEnv, options: { logger: Logger; credential?: () => TokenCredential; progress?: (message: string) => void }): Promise<LightningSession> {
  // The credential module is loaded only when something Azure is configured (it is large).
  const createAzureCredential = env.COSMOS_ACCOUNT_URI || env.COSMOSDB_ENDPOINT || env.AZURE_STORAGE_ACCOUNT_URL || env.FOUNDRY_PROJECT_ENDPOINT || env.AZURE_OPENAI_ENDPOINT || env.AZURE_SUBSCRIPTION_ID ? (await import('./azure')).createAzureCredential : undefined;
  let cached: TokenCredential | undefined;
  const credential =
    options.credential ??
    (() => {
      if (!createAzureCredential) throw new Error('no Azure service is configured');
      return (cached ??= createAzureCredential({ ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}) }));
    });
  const store = await openStore(env, credential);
  const ctx: CommandContext = { store, agentId: env.LIGHTNING_AGENT_ID, logger: options.logger, ...(options.progress ? { progress: options.progress } : {}) };
  let resolvedBase: string | undefined;
  const baseModel = () => ({ model: (resolvedBase ??= resolveBaseModel(env, options.logger)) });
  const trainingDeps = async () => ({ openai: (await createOpenAI(env, credential, 'train')).client, sink: await createDatasetSink(env, credential), defaultBaseModel: baseModel().model });
  return {
    ctx,
    label: async (o = {}) => {
      const wantsJudge = o.sources?.includes('judge');
      const model = wantsJudge ? await createJudgeModel(env, credential) : undefined;
      const serving = env.OPENAI_BASE_URL ? (env.OPENAI_MODEL ?? env.FOUNDRY_MODEL_DEPLOYMENT_NAME) : env.FOUNDRY_MODEL_DEPLOYMENT_NAME;
      if (model && model.defaultModel === serving) options.progress?.(`label: the judge (${serving}) is the serving model: it grades its own answers`);
      return label({ ...ctx, ...(model ? { model } : {}) }, { latencyBudgetMs: env.LIGHTNING_LATENCY_BUDGET_MS, ...o });
    },
    buildDataset: async (o = {}) => buildDataset(ctx, await createDatasetSink(env, credential), { targetModel: baseModel().model, allowHeuristicOnly: env.LIGHTNING_TRAIN_ON_HEURISTICS, ...o }),
    train: async (o = {}) => train(ctx, await trainingDeps(), o),
    status: async (o = {}) => status(ctx, { openai: (await createOpenAI(env, credential, 'status')).client }, o),
    promote: async (o = {}) => promote(ctx, await createPromotionTarget(env, credential), { maxDeployments: env.LIGHTNING_MAX_DEPLOYMENTS, ...o }),
    rollback: (o = {}) => rollback(ctx, o),
    deactivate: (o = {}) => deactivate(ctx, o),
    close: () => store.close(),
  };
}
