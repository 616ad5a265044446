import type { z } from 'zod';
import { envBool, envEnum, envInt, envNumber, envOptionalString, envString, envUrl } from './env';

/** Lightning's environment variables (the seed's names), shared by the server, the CLI and the action. */
export const lightningEnvShape = {
  ENABLE_LIGHTNING_CAPTURE: envBool(false),
  /** Capture every tool call, not only the model-backed ones. */
  LIGHTNING_CAPTURE_ALL_TOOLS: envBool(false),
  USE_TUNED_MODEL: envBool(false),
  LIGHTNING_AGENT_ID: envString('mcp-agents'),
  COSMOS_ACCOUNT_URI: envUrl({ https: true }),
  COSMOS_DATABASE_NAME: envString('agent_rl'),
  /** Seconds between refreshes of the active tuned deployment. */
  TUNED_MODEL_REFRESH_SECONDS: envInt(60, 5, 86_400),
  LIGHTNING_DATASET_CONTAINER_NAME: envString('lightning-datasets'),
  LIGHTNING_SPOOL_DIR: envOptionalString(),
  /** Episodes held in memory before capture writes them to the spool instead. */
  LIGHTNING_CAPTURE_QUEUE_SIZE: envInt(10_000, 100, 1_000_000),
  LIGHTNING_CAPTURE_FLUSH_MS: envInt(250, 10, 60_000),
  /** Let episodes with only a heuristic reward (no human rating, no judge) become training examples. */
  LIGHTNING_TRAIN_ON_HEURISTICS: envBool(false),
  /** The judge's model (a deployment or model name); never the serving model unless set to it. */
  LIGHTNING_JUDGE_MODEL: envOptionalString(),
  /** Redact secrets and personal data before episodes are stored; auto: on when the store is Cosmos DB (Azure). */
  LIGHTNING_REDACT_AT_CAPTURE: envEnum(['auto', 'on', 'off'] as const, 'auto'),
  /** Raw episodes older than this are deleted (Cosmos DB: the container's default TTL; embedded: `lightning compact`). */
  LIGHTNING_EPISODE_TTL_DAYS: envInt(90, 1, 3650),
  /** `train` starts only when at least this many episodes were rated (human or judge) since the last run started (0: always). */
  LIGHTNING_MIN_NEW_EXAMPLES: envInt(0, 0, 1_000_000),
  /** The heuristic reward penalises calls slower than this. */
  LIGHTNING_LATENCY_BUDGET_MS: envInt(10_000, 1, 600_000),
  /** The model fine-tuning starts from (Azure OpenAI names use dashes); the serving model when unset. */
  LIGHTNING_BASE_MODEL: envOptionalString(),
  /** The serving (chat) model and version the chat deployment runs (provision outputs chatModelName / chatModelVersion). */
  FOUNDRY_MODEL_NAME: envOptionalString(),
  FOUNDRY_MODEL_VERSION: envOptionalString(),
  /** Tuned deployments kept at most (the active one and those rollback can return to); Azure OpenAI allows 5 fine-tuned deployments a resource. */
  LIGHTNING_MAX_DEPLOYMENTS: envInt(3, 2, 5),
  /** Deployment type of tuned deployments: GlobalStandard is offered for fine-tuned models in most regions (Standard is regional, Developer is for evaluation only). */
  LIGHTNING_DEPLOYMENT_SKU: envString('GlobalStandard'),
  /** Deployment capacity in units of 1,000 tokens a minute. */
  LIGHTNING_DEPLOYMENT_CAPACITY: envInt(10, 1, 10_000),
  /** Prefix of tuned deployment names; `<agent id>-ft` when unset. */
  LIGHTNING_DEPLOYMENT_PREFIX: envOptionalString(),
  /** The evaluation gate: the paired difference's lower confidence bound must be above this margin. */
  LIGHTNING_GATE_MARGIN: envNumber(0, -2, 2),
  /** Two-sided confidence of the gate's interval. */
  LIGHTNING_GATE_CONFIDENCE: envNumber(0.95, 0.5, 0.999),
  /** Fewer paired examples than this never pass the gate. */
  LIGHTNING_GATE_MIN_EXAMPLES: envInt(5, 2, 2000),
  /** Prices per million input and output tokens, for the evaluation report's cost (optional). */
  LIGHTNING_PRICE_INPUT_PER_MTOK: envNumber(undefined, 0, 10_000),
  LIGHTNING_PRICE_OUTPUT_PER_MTOK: envNumber(undefined, 0, 10_000),
  // The management plane, for promote (creating deployments of fine-tuned models).
  AZURE_SUBSCRIPTION_ID: envOptionalString(),
  AZURE_RESOURCE_GROUP: envOptionalString(),
  /** The Azure AI Services / Azure OpenAI account; derived from the model endpoint's host when unset. */
  AZURE_AI_ACCOUNT_NAME: envOptionalString(),
  AZURE_RESOURCE_MANAGER_ENDPOINT: envUrl({ https: true }),
} satisfies z.ZodRawShape;

/** The template's default chat model, fine-tuned when nothing says which model is served. */
export const DEFAULT_BASE_MODEL = 'gpt-5-2025-08-07';

export interface BaseModelChoice {
  model: string;
  source: 'LIGHTNING_BASE_MODEL' | 'serving model' | 'default';
  /** Set when the choice may not be what is served: to be reported, never swallowed. */
  warning?: string;
}

/**
 * Lightning fine-tunes the model that is served, so a promoted tuned model replaces like with like.
 * LIGHTNING_BASE_MODEL overrides it; a value that differs from the serving model (other than a fine-tune
 * of it, `<model>.ft-<job>`) is a mismatch the caller reports.
 */
export function lightningBaseModel(env: { LIGHTNING_BASE_MODEL?: string; FOUNDRY_MODEL_NAME?: string; FOUNDRY_MODEL_VERSION?: string }): BaseModelChoice {
  const serving = env.FOUNDRY_MODEL_NAME && env.FOUNDRY_MODEL_VERSION ? `${env.FOUNDRY_MODEL_NAME}-${env.FOUNDRY_MODEL_VERSION}` : undefined;
  const explicit = env.LIGHTNING_BASE_MODEL;
  if (explicit) {
    const mismatch = serving && explicit !== serving && !explicit.startsWith(`${serving}.ft-`);
    return {
      model: explicit,
      source: 'LIGHTNING_BASE_MODEL',
      ...(mismatch ? { warning: `LIGHTNING_BASE_MODEL ${explicit} is not the serving model ${serving}: a promoted tuned model would replace ${serving} with a fine-tune of another model` } : {}),
    };
  }
  if (serving) return { model: serving, source: 'serving model' };
  return {
    model: DEFAULT_BASE_MODEL,
    source: 'default',
    warning: `the serving model is unknown (FOUNDRY_MODEL_NAME and FOUNDRY_MODEL_VERSION are unset): fine-tuning ${DEFAULT_BASE_MODEL}, the template's default; set them or LIGHTNING_BASE_MODEL`,
  };
}
