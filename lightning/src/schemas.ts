import { z } from 'zod';
import { trainingMetricsSchema } from './training/results';

/**
 * The records Lightning keeps. Every record carries `agentId`, the partition key of every container:
 * each query Lightning makes is scoped to one agent, so each is a single-partition query.
 */

const isoDate = z.string().min(1).max(64);
const agentId = z.string().min(1).max(128);

export const chatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string().nullable().default(''),
  name: z.string().optional(),
  tool_call_id: z.string().optional(),
  tool_calls: z
    .array(z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) }))
    .optional(),
});

export const modelCallSchema = z.object({
  provider: z.string(),
  model: z.string(),
  deployment: z.string().optional(),
  tuned: z.boolean().default(false),
  request: z.object({
    messages: z.array(chatMessageSchema),
    tools: z.array(z.unknown()).optional(),
    temperature: z.number().optional(),
    maxTokens: z.number().optional(),
  }),
  response: z.object({ content: z.string().nullable().default(''), toolCalls: z.array(z.unknown()).optional(), finishReason: z.string().optional() }).optional(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number() }).optional(),
  latencyMs: z.number(),
  error: z.string().optional(),
});

export const episodeSchema = z.object({
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('episode').default('episode'),
  /** Hashed client/session identifier; never the raw value. */
  sessionHash: z.string().max(128),
  requestId: z.string().max(256),
  tool: z.string().max(128),
  input: z.unknown(),
  /** The tool's answer as the caller saw it (text content and structured content). */
  output: z.object({ text: z.string(), structured: z.unknown().optional() }).optional(),
  outcome: z.enum(['ok', 'error']),
  errorKind: z.string().max(128).optional(),
  modelCalls: z.array(modelCallSchema).default([]),
  /** The model that served the call (the last model call), for quick filtering. */
  model: z.string().optional(),
  tuned: z.boolean().default(false),
  /** Set on an alternative answer sampled for the prompt of this episode id (`lightning sample-alternatives`). */
  sampledFrom: z.string().max(128).optional(),
  latencyMs: z.number(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number() }).optional(),
  startedAt: isoDate,
  endedAt: isoDate,
  capturedAt: isoDate,
});
export type Episode = z.output<typeof episodeSchema>;

export const rewardSources = ['feedback', 'heuristic', 'judge', 'manual'] as const;
export type RewardSource = (typeof rewardSources)[number];
export const rewardValue = z.number().min(-1).max(1);

export const rewardSchema = z.object({
  /** Deterministic from (agent, episode, source): relabeling replaces, never duplicates. */
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('reward').default('reward'),
  episodeId: z.string().min(1).max(128),
  source: z.enum(rewardSources),
  value: rewardValue,
  reason: z.string().max(2000).default(''),
  /** The parts the value was computed from, so weights can be changed and rewards recomputed. */
  components: z.record(z.string(), z.number()).default({}),
  /** Heuristic or rubric version that produced the value. */
  version: z.string().max(64).default('1'),
  createdAt: isoDate,
});
export type Reward = z.output<typeof rewardSchema>;

export const datasetFileSchema = z.object({
  name: z.string(),
  kind: z.enum(['train', 'validation', 'dpo_train', 'dpo_validation']),
  examples: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** Where the file lives: a path under DATA_DIR or a blob URL. */
  location: z.string(),
});
export type DatasetFile = z.output<typeof datasetFileSchema>;

export const datasetManifestSchema = z.object({
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('dataset').default('dataset'),
  createdAt: isoDate,
  format: z.enum(['supervised', 'dpo', 'both']),
  filters: z.record(z.string(), z.unknown()),
  salt: z.string(),
  validationPercent: z.number(),
  targetModel: z.string(),
  counts: z.record(z.string(), z.number()),
  files: z.array(datasetFileSchema),
  valid: z.boolean(),
  problems: z.array(z.string()).default([]),
  /** What was left out of a usable dataset and why (e.g. the preference part of --format both). */
  notes: z.array(z.string()).default([]),
});
export type DatasetManifest = z.output<typeof datasetManifestSchema>;

export const trainingStatuses = [
  'created',
  'validating_files',
  'pending',
  'queued',
  'running',
  'pausing',
  'paused',
  'resuming',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export const terminalTrainingStatuses = new Set(['succeeded', 'failed', 'cancelled']);

export const trainingRunSchema = z.object({
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('training_run').default('training_run'),
  datasetId: z.string(),
  method: z.enum(['supervised', 'dpo']),
  baseModel: z.string(),
  jobId: z.string().optional(),
  trainingFileId: z.string().optional(),
  validationFileId: z.string().optional(),
  /** As the service reports it; known values are in `trainingStatuses`, others are kept verbatim. */
  status: z.string(),
  fineTunedModel: z.string().nullable().optional(),
  hyperparameters: z.record(z.string(), z.unknown()).default({}),
  seed: z.number().int().optional(),
  suffix: z.string().optional(),
  error: z.string().optional(),
  lastEventId: z.string().optional(),
  /** The uploaded training files were deleted from the service once the job ended. */
  filesDeleted: z.boolean().optional(),
  /** Read from the job's result files once it has succeeded: loss and token accuracy per step. */
  metrics: trainingMetricsSchema.optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type TrainingRun = z.output<typeof trainingRunSchema>;

export const deploymentSchema = z.object({
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('deployment').default('deployment'),
  /** The name callers pass as `model`: the Azure deployment name, or the model id on a compatible endpoint. */
  deploymentName: z.string(),
  fineTunedModel: z.string(),
  trainingRunId: z.string().optional(),
  version: z.number().int().positive(),
  active: z.boolean(),
  /** 'azure' when created through the management plane, 'compatible' when only recorded. */
  target: z.enum(['azure', 'compatible']),
  provisioningState: z.string().optional(),
  /** The evaluation gate's verdict when it was promoted (or the recorded reason it was forced). */
  gate: z.object({ passed: z.boolean(), forced: z.boolean(), reason: z.string().max(2000), evaluationId: z.string().optional() }).optional(),
  createdAt: isoDate,
  activatedAt: isoDate.optional(),
  deactivatedAt: isoDate.optional(),
  deletedAt: isoDate.optional(),
});
export type Deployment = z.output<typeof deploymentSchema>;
