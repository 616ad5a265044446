import { invalidInput, notFound, type Logger, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import { compact, forget, type ForgetOptions, type ForgetResult } from './privacy/forget';
import { sampleAlternatives, type SampleOptions, type SampleResult } from './rewards/alternatives';
import type { CommandContext } from './context';
import { label, type LabelOptions, type LabelResult } from './rewards/label';
import { buildDataset, type BuildDatasetOptions, type BuildDatasetResult } from './dataset/build';
import { deactivate, promote, rollback, type PromoteOptions, type PromoteResult, type RollbackResult } from './deployments/promote';
import { createDatasetSink, createJudgeModel, createOpenAI, createPromotionTarget, resolveBaseModel, createServingModel } from './environment';
import { addToEvalSet, type EvalSetAddOptions, type EvalSetAddResult } from './evaluate/eval-set';
import { promotionGate } from './evaluate/gate';
import { evaluate, type EvaluateOptions } from './evaluate/run';
import type { Evaluation } from './evaluate/schemas';
import { createEvaluateDeps, gateSettings, servingModel } from './evaluate/setup';
import { openStore } from './store';
import { status, train, type StatusOptions, type StatusResult, type TrainOptions, type TrainResult } from './training/train';

/** The commands bound to one configuration: what the CLI and the lightning action call. */
export interface LightningSession {
  ctx: CommandContext;
  label(options?: LabelOptions): Promise<LabelResult>;
  buildDataset(options?: BuildDatasetOptions): Promise<BuildDatasetResult>;
  train(options?: TrainOptions): Promise<TrainResult>;
  status(options?: StatusOptions): Promise<StatusResult>;
  /** Through the evaluation gate unless forced with a reason. */
  promote(options?: PromoteOptions): Promise<PromoteResult>;
  evalSetAdd(options: EvalSetAddOptions): Promise<EvalSetAddResult>;
  /** The candidate (default: the newest succeeded run's model) against the serving model on the evaluation set. */
  evaluate(options?: Partial<EvaluateOptions> & { runId?: string }): Promise<Evaluation>;
  /** True when fine-tuned models are reached only through deployments (Azure): promote evaluates its candidate deployment. */
  readonly candidateNeedsDeployment: boolean;
  rollback(options?: { dryRun?: boolean }): Promise<RollbackResult>;
  deactivate(options?: { dryRun?: boolean }): Promise<{ dryRun: boolean; deactivated: string[] }>;
  forget(options: ForgetOptions): Promise<ForgetResult>;
  sampleAlternatives(options?: SampleOptions): Promise<SampleResult>;
  compact(options?: { days?: number; dryRun?: boolean }): Promise<Awaited<ReturnType<typeof compact>>>;
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
  const gate = { evaluation: () => createEvaluateDeps(env, credential), activeModel: () => servingModel(ctx, env), settings: gateSettings(env) };
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
    train: async (o = {}) => train(ctx, await trainingDeps(), { minNewExamples: env.LIGHTNING_MIN_NEW_EXAMPLES, ...o }),
    status: async (o = {}) => status(ctx, { openai: (await createOpenAI(env, credential, 'status')).client }, o),
    promote: async (o = {}) =>
      promote(ctx, await createPromotionTarget(env, credential), { maxDeployments: env.LIGHTNING_MAX_DEPLOYMENTS, ...o }, promotionGate(ctx, gate)),
    evalSetAdd: (o) => addToEvalSet(ctx, o),
    candidateNeedsDeployment: !env.OPENAI_BASE_URL && Boolean(env.AZURE_OPENAI_ENDPOINT || env.FOUNDRY_PROJECT_ENDPOINT),
    evaluate: async ({ runId, ...o } = {}) => {
      if (!o.candidate && !env.OPENAI_BASE_URL && Boolean(env.AZURE_OPENAI_ENDPOINT || env.FOUNDRY_PROJECT_ENDPOINT)) {
        throw invalidInput('on Azure a fine-tuned model is reached through a deployment: pass the candidate deployment name (--model), or let promote evaluate the candidate deployment it creates');
      }
      const run = o.candidate ? undefined : await candidateRun(ctx, runId);
      const candidate = o.candidate ?? run?.fineTunedModel;
      if (!candidate) throw notFound('nothing to evaluate: pass a model, or a run that succeeded');
      return evaluate(ctx, await createEvaluateDeps(env, credential), {
        ...gate.settings,
        ...o,
        candidate,
        active: o.active ?? (await servingModel(ctx, env)),
        ...(run ? { trainingRunId: run.id } : {}),
      });
    },
    rollback: async (o = {}) => rollback(ctx, await createPromotionTarget(env, credential), o),
    deactivate: (o = {}) => deactivate(ctx, o),
    forget: async (o) => forget(ctx, await createDatasetSink(env, credential), o),
    sampleAlternatives: async (o = {}) => {
      const judge = await createJudgeModel(env, credential);
      const serving = await createServingModel(env, credential);
      return sampleAlternatives(ctx, { serving, servingName: serving.defaultModel, judge }, o);
    },
    compact: async (o = {}) => {
      if (store.kind === 'cosmos') throw invalidInput(`episodes in Cosmos DB expire by the container's time to live (LIGHTNING_EPISODE_TTL_DAYS=${env.LIGHTNING_EPISODE_TTL_DAYS} in Bicep): compact is for the embedded store`);
      return compact(ctx, { days: o.days ?? env.LIGHTNING_EPISODE_TTL_DAYS, ...(o.dryRun ? { dryRun: true } : {}) });
    },
    close: () => store.close(),
  };
}

/** The run whose model is evaluated: the one named, else the newest succeeded one. */
async function candidateRun(ctx: CommandContext, runId: string | undefined) {
  const run = runId ? await ctx.store.getTrainingRun(ctx.agentId, runId) : (await ctx.store.listTrainingRuns(ctx.agentId, 50)).find((r) => r.status === 'succeeded' && r.fineTunedModel);
  if (!run) throw notFound(runId ? `training run ${runId} not found` : `no succeeded training run for agent ${ctx.agentId}: pass the candidate model`);
  if (!run.fineTunedModel) throw notFound(`training run ${run.id} is ${run.status} and has no fine-tuned model yet`);
  return run;
}
