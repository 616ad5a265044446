import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { notFound, type ChatModel } from '@mcp-aks/core';
import { nowIso, type CommandContext } from '../context';
import { decideGate, gateSettingsSchema } from './gate-decision';
import { CHECKS, combineScore, judgeAnswer, runChecks, type Answer } from './graders';
import type { EvalItem, Evaluation, GraderScores, ModelSummary } from './schemas';
import { mean, meanInterval, percentile, winTieLoss } from './stats';
import { currentEvalSet, putEvaluation } from './store';

export const evaluateOptionsSchema = z
  .object({
    /** The name the candidate is called by: a deployment name on Azure, a model id on a compatible endpoint. */
    candidate: z.string().min(1).max(256),
    /** The model serving now; the caller resolves it (active tuned deployment, else the base deployment). */
    active: z.string().min(1).max(256),
    trainingRunId: z.string().min(1).max(128).optional(),
    /** Evaluate on at most this many prompts of the set (the first ones): for quick looks, never for the gate. */
    limit: z.number().int().min(1).max(2000).optional(),
    maxTokens: z.number().int().min(16).max(16_000).default(800),
    concurrency: z.number().int().min(1).max(32).default(4),
    dryRun: z.boolean().default(false),
  })
  .extend(gateSettingsSchema.shape)
  .strict();
export type EvaluateOptions = z.input<typeof evaluateOptionsSchema>;

export interface EvaluateDeps {
  /** Answers for both models (the model is chosen per request). */
  chat: ChatModel;
  /** The LLM judge; without one the deterministic checks alone score. */
  judge?: ChatModel;
  /** The judge's model name, for the report. */
  judgeName?: string;
  /** Price per million tokens, for the report's cost. */
  prices?: { input: number; output: number };
}

async function answer(chat: ChatModel, model: string, item: EvalItem, maxTokens: number): Promise<{ answer: Answer; latencyMs: number; promptTokens: number; completionTokens: number }> {
  const started = performance.now();
  try {
    const response = await chat.complete({ model, messages: item.messages.map((m) => ({ role: m.role, content: m.content ?? '' })), temperature: 0, maxTokens });
    return {
      answer: { content: response.content, ...(response.finishReason ? { finishReason: response.finishReason } : {}) },
      latencyMs: Math.round(performance.now() - started),
      promptTokens: response.usage?.promptTokens ?? 0,
      completionTokens: response.usage?.completionTokens ?? 0,
    };
  } catch (error) {
    return { answer: { content: '', error: (error as Error).message.slice(0, 500) }, latencyMs: Math.round(performance.now() - started), promptTokens: 0, completionTokens: 0 };
  }
}

async function grade(deps: EvaluateDeps, model: string, item: EvalItem, maxTokens: number, ctx: CommandContext): Promise<GraderScores> {
  const got = await answer(deps.chat, model, item, maxTokens);
  const checks = runChecks(item, got.answer);
  let judge: number | null = null;
  if (deps.judge && checks.answered) {
    try {
      judge = await judgeAnswer(deps.judge, item, got.answer);
    } catch (error) {
      ctx.logger.warn({ err: error, promptHash: item.promptHash }, 'lightning evaluate: judge call failed');
    }
  }
  return {
    score: combineScore(judge, checks),
    judge,
    checks,
    latencyMs: got.latencyMs,
    promptTokens: got.promptTokens,
    completionTokens: got.completionTokens,
    ...(got.answer.error ? { error: got.answer.error } : {}),
  };
}

function summarize(model: string, items: EvalItem[], scores: GraderScores[], confidence: number, prices: EvaluateDeps['prices']): ModelSummary {
  const byTool = new Map<string, number[]>();
  items.forEach((item, i) => byTool.set(item.tool, [...(byTool.get(item.tool) ?? []), scores[i]!.score]));
  const prompt = scores.reduce((a, s) => a + s.promptTokens, 0);
  const completion = scores.reduce((a, s) => a + s.completionTokens, 0);
  const latencies = scores.map((s) => s.latencyMs);
  return {
    model,
    overall: meanInterval(scores.map((s) => s.score), confidence),
    perTool: Object.fromEntries([...byTool].map(([tool, values]) => [tool, meanInterval(values, confidence)])),
    latencyMs: { mean: Math.round(mean(latencies)), p95: percentile(latencies, 95) },
    tokens: { prompt, completion },
    cost: prices ? (prompt * prices.input + completion * prices.output) / 1_000_000 : null,
    errors: scores.filter((s) => s.error).length,
  };
}

/** Bounded parallelism, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Runs the active model and the candidate on every prompt of the current evaluation set, grades
 * both, and records the report: per-example scores, per-tool and overall means with confidence
 * intervals, the paired difference, win/tie/loss counts, tokens, cost, latency and the gate's verdict.
 */
export async function evaluate(ctx: CommandContext, deps: EvaluateDeps, input: EvaluateOptions): Promise<Evaluation> {
  const options = evaluateOptionsSchema.parse(input);
  const evalSet = await currentEvalSet(ctx);
  if (!evalSet || evalSet.items.length === 0) throw notFound(`no evaluation set for agent ${ctx.agentId}: add prompts with \`lightning eval-set add\``);
  const items = options.limit ? evalSet.items.slice(0, options.limit) : evalSet.items;
  ctx.progress?.(`evaluate: ${options.candidate} against ${options.active} on ${items.length} prompts (evaluation set v${evalSet.version})`);
  const pairs = await mapLimit(items, options.concurrency, async (item) => {
    const [active, candidate] = await Promise.all([grade(deps, options.active, item, options.maxTokens, ctx), grade(deps, options.candidate, item, options.maxTokens, ctx)]);
    return { promptHash: item.promptHash, tool: item.tool, active, candidate };
  });
  const differences = pairs.map((p) => p.candidate.score - p.active.score);
  const byTool = new Map<string, number[]>();
  pairs.forEach((p, i) => byTool.set(p.tool, [...(byTool.get(p.tool) ?? []), differences[i]!]));
  const difference = meanInterval(differences, options.confidence);
  const partial = options.limit !== undefined && options.limit < evalSet.items.length;
  const now = ctx.now ? ctx.now() : new Date();
  const evaluation: Evaluation = {
    id: `eval-${now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`,
    agentId: ctx.agentId,
    type: 'evaluation',
    createdAt: nowIso(ctx),
    evalSetId: evalSet.id,
    evalSetVersion: evalSet.version,
    active: summarize(options.active, items, pairs.map((p) => p.active), options.confidence, deps.prices),
    candidate: summarize(options.candidate, items, pairs.map((p) => p.candidate), options.confidence, deps.prices),
    difference,
    differencePerTool: Object.fromEntries([...byTool].map(([tool, values]) => [tool, meanInterval(values, options.confidence)])),
    ...winTieLoss(differences),
    examples: pairs,
    graders: { judge: deps.judge ? (deps.judgeName ?? deps.judge.provider) : null, checks: [...CHECKS] },
    gate: partial ? { ...decideGate(difference, options), passed: false, reason: `evaluated on ${items.length} of ${evalSet.items.length} prompts (--limit): not a gate verdict` } : decideGate(difference, options),
    ...(options.trainingRunId ? { trainingRunId: options.trainingRunId } : {}),
  };
  if (!options.dryRun) await putEvaluation(ctx, evaluation);
  ctx.progress?.(`evaluate: ${evaluation.gate.passed ? 'PASS' : 'FAIL'}: ${evaluation.gate.reason}`);
  return evaluation;
}
