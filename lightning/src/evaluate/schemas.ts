import { z } from 'zod';
import { chatMessageSchema } from '../schemas';

/**
 * The frozen evaluation set and the evaluations run on it. Both live in the `evaluations`
 * collection (Cosmos `rl_evaluations`), told apart by `type`.
 */

const isoDate = z.string().min(1).max(64);
const agentId = z.string().min(1).max(128);

export const evalItemSchema = z.object({
  /** Hash of the normalised prompt: the key that keeps it out of every training file. */
  promptHash: z.string().regex(/^[0-9a-f]{32}$/),
  tool: z.string().max(128),
  /** The prompt as sent to the model (redacted). */
  messages: z.array(chatMessageSchema).min(1).max(64),
  /** The answer the episode got, for the deterministic checks' shape (redacted). */
  reference: z.string().max(16_000).default(''),
  episodeId: z.string().max(128),
  addedAt: isoDate,
});
export type EvalItem = z.output<typeof evalItemSchema>;

export const evalSetSchema = z.object({
  /** `evalset-v<version>`: each version is its own record, none is ever rewritten. */
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('eval_set'),
  version: z.number().int().positive(),
  createdAt: isoDate,
  /** What this version added: the selection asked for and the prompts it contributed. */
  added: z.object({ selection: z.record(z.string(), z.unknown()), promptHashes: z.array(z.string()), note: z.string().max(500).default('') }),
  items: z.array(evalItemSchema).max(2000),
});
export type EvalSet = z.output<typeof evalSetSchema>;

export const graderScoresSchema = z.object({
  score: z.number().min(-1).max(1),
  judge: z.number().min(-1).max(1).nullable(),
  checks: z.record(z.string(), z.boolean()),
  latencyMs: z.number().nonnegative(),
  promptTokens: z.number().nonnegative(),
  completionTokens: z.number().nonnegative(),
  error: z.string().max(500).optional(),
});
export type GraderScores = z.output<typeof graderScoresSchema>;

export const intervalSchema = z.object({ n: z.number().int().nonnegative(), mean: z.number(), low: z.number(), high: z.number() });
export type Interval = z.output<typeof intervalSchema>;

export const modelSummarySchema = z.object({
  model: z.string(),
  overall: intervalSchema,
  perTool: z.record(z.string(), intervalSchema),
  latencyMs: z.object({ mean: z.number(), p95: z.number() }),
  tokens: z.object({ prompt: z.number(), completion: z.number() }),
  /** In the currency of the configured prices; null when no price is configured. */
  cost: z.number().nullable(),
  errors: z.number().int().nonnegative(),
});
export type ModelSummary = z.output<typeof modelSummarySchema>;

export const gateDecisionSchema = z.object({
  passed: z.boolean(),
  /** The paired difference's lower confidence bound had to be above this. */
  margin: z.number(),
  confidence: z.number(),
  lowerBound: z.number(),
  reason: z.string(),
});
export type GateDecision = z.output<typeof gateDecisionSchema>;

export const evaluationSchema = z.object({
  id: z.string().min(1).max(128),
  agentId,
  type: z.literal('evaluation'),
  createdAt: isoDate,
  evalSetId: z.string(),
  evalSetVersion: z.number().int().positive(),
  /** The model serving now (the active tuned deployment or the base deployment) and the candidate. */
  active: modelSummarySchema,
  candidate: modelSummarySchema,
  /** Candidate minus active, per example. */
  difference: intervalSchema,
  differencePerTool: z.record(z.string(), intervalSchema),
  wins: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  losses: z.number().int().nonnegative(),
  examples: z.array(z.object({ promptHash: z.string(), tool: z.string(), active: graderScoresSchema, candidate: graderScoresSchema })),
  graders: z.object({ judge: z.string().nullable(), checks: z.array(z.string()) }),
  gate: gateDecisionSchema,
  trainingRunId: z.string().optional(),
});
export type Evaluation = z.output<typeof evaluationSchema>;
