import { join } from 'node:path';
import { createAzureCredential, type AnyToolDefinition, type ChatModel, type FileSystem, type Logger, type ModelSelector, type ServerEnv, type TokenCredential, type ToolCallObserver } from '@mcp-aks/core';
import { EpisodeCapture } from './capture';
import type { CommandContext } from './context';
import { TunedModelSelector } from './deployments/selector';
import { createDatasetSink, createOpenAI, createPromotionTarget, resolveBaseModel } from './environment';
import { createEvaluateDeps, gateSettings, servingModel } from './evaluate/setup';
import { cosmosEndpoint, embeddedStoreDir, openStore } from './store';
import { feedbackTool, lightningTools } from './tools/lightning-tools';
import type { DatasetSink } from './dataset/sink';
import type { TrainingDeps } from './training/train';

export interface LightningRuntime {
  /** lightning_* tools and submit_feedback. */
  tools: AnyToolDefinition[];
  /** Set when ENABLE_LIGHTNING_CAPTURE=true. */
  observer?: ToolCallObserver;
  /** Set when USE_TUNED_MODEL=true. */
  modelSelector?: ModelSelector;
  /** For /readyz: rejects when the episode store is unreachable (set when capture or the tuned model is on). */
  ping?(): Promise<void>;
  /** Flushes capture, stops timers, closes the store. */
  close(): Promise<void>;
}

export interface LightningRuntimeOptions {
  env: ServerEnv;
  logger: Logger;
  credential?: () => TokenCredential;
  model?: ChatModel;
  /** The file system of the embedded store and the spool (node:fs/promises unless a test injects faults). */
  fs?: FileSystem;
}

/** Memoizes an async factory: the Azure pieces are built on first use, once. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make();
    value.catch(() => (value = undefined));
    return value;
  };
}

/** LIGHTNING_REDACT_AT_CAPTURE: auto means on in Azure (episodes go to Cosmos DB), off on a developer's machine. */
export function redactAtCapture(env: ServerEnv): boolean {
  return env.LIGHTNING_REDACT_AT_CAPTURE === 'on' || (env.LIGHTNING_REDACT_AT_CAPTURE === 'auto' && cosmosEndpoint(env) !== undefined);
}

/** The server's entry point into Lightning. */
export async function createLightningRuntime(options: LightningRuntimeOptions): Promise<LightningRuntime> {
  const { env } = options;
  const logger = options.logger.child({ component: 'lightning' });
  let cached: TokenCredential | undefined;
  const credential = options.credential ?? (() => (cached ??= createAzureCredential({ ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}) })));
  const store = await openStore(env, credential, options.fs);
  const agentId = env.LIGHTNING_AGENT_ID;

  const capture = env.ENABLE_LIGHTNING_CAPTURE
    ? new EpisodeCapture({
        store,
        agentId,
        spoolDir: env.LIGHTNING_SPOOL_DIR ?? join(embeddedStoreDir(env), 'spool'),
        ...(options.fs ? { fs: options.fs } : {}),
        logger,
        maxQueue: env.LIGHTNING_CAPTURE_QUEUE_SIZE,
        flushIntervalMs: env.LIGHTNING_CAPTURE_FLUSH_MS,
        redact: redactAtCapture(env),
      })
    : undefined;

  let selector: TunedModelSelector | undefined;
  if (env.USE_TUNED_MODEL) {
    selector = new TunedModelSelector({ store, agentId, logger, refreshMs: env.TUNED_MODEL_REFRESH_SECONDS * 1000 });
    await selector.refresh(); // never throws: an unreachable store means the base deployment serves
  }

  const ctx: CommandContext = { store, agentId, logger, ...(options.model ? { model: options.model } : {}) };
  const sink = lazy<DatasetSink>(() => createDatasetSink(env, credential));
  const training = lazy<TrainingDeps>(async () => ({ openai: (await createOpenAI(env, credential, 'training')).client, sink: await sink(), defaultBaseModel: resolveBaseModel(env, logger) }));
  const promotion = lazy(() => createPromotionTarget(env, credential));
  const toolDeps = {
    ctx,
    sink,
    training,
    promotion,
    maxDeployments: env.LIGHTNING_MAX_DEPLOYMENTS,
    datasetDefaults: { allowHeuristicOnly: env.LIGHTNING_TRAIN_ON_HEURISTICS, targetModel: env.LIGHTNING_BASE_MODEL },
    gate: { evaluation: lazy(() => createEvaluateDeps(env, credential)), activeModel: () => servingModel(ctx, env), settings: gateSettings(env) },
    ...(capture ? { flushCapture: () => capture.flush(), captureStats: () => ({ ...capture.stats() }) } : {}),
  };
  const tools = [...lightningTools(toolDeps), ...(capture ? [feedbackTool(toolDeps)] : [])];

  return {
    tools,
    ...(capture ? { observer: capture } : {}),
    ...(selector ? { modelSelector: selector } : {}),
    ...(capture || selector ? { ping: () => store.ping() } : {}),
    async close() {
      selector?.close();
      try {
        await capture?.close();
      } finally {
        await store.close();
      }
    },
  };
}
