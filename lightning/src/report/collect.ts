import { notFound } from '@mcp-aks/core';
import type { CommandContext } from '../context';
import { getEvaluation, listEvalSets, listEvaluations } from '../evaluate/store';
import type { Evaluation } from '../evaluate/schemas';
import { rewardSources, type TrainingRun } from '../schemas';

export const REWARD_BINS = 10;

export interface RewardDistribution {
  /** Bin lower edges from -1 in steps of 0.2; the last bin includes 1. */
  edges: number[];
  /** Counts per source, one per bin. */
  bySource: Record<string, number[]>;
  total: number;
}

export interface ReportData {
  agentId: string;
  generatedAt: string;
  evaluation?: Evaluation;
  /** The evaluated prompts' last user message by prompt hash (redacted, as the evaluation set keeps them). */
  prompts: Record<string, string>;
  run?: TrainingRun;
  rewards: RewardDistribution;
}

export function binOf(value: number): number {
  return Math.min(REWARD_BINS - 1, Math.max(0, Math.floor(((value + 1) / 2) * REWARD_BINS)));
}

export async function rewardDistribution(ctx: CommandContext): Promise<RewardDistribution> {
  // Relabeling stores new versions of a reward: keep the last one of each id.
  const last = new Map<string, { source: string; value: number }>();
  for await (const batch of ctx.store.scanRewardBatches(ctx.agentId)) {
    for (const r of batch) if (typeof r.value === 'number' && typeof r.source === 'string') last.set(r.id, { source: r.source, value: r.value });
  }
  const bySource: Record<string, number[]> = {};
  for (const { source, value } of last.values()) {
    if (!(rewardSources as readonly string[]).includes(source)) continue;
    (bySource[source] ??= new Array<number>(REWARD_BINS).fill(0))[binOf(value)]! += 1;
  }
  return { edges: Array.from({ length: REWARD_BINS }, (_, i) => -1 + (2 * i) / REWARD_BINS), bySource, total: last.size };
}

/** What `lightning report` draws: an evaluation (the newest by default), a training run (the newest with metrics), the rewards. */
export async function collectReport(ctx: CommandContext, options: { evaluationId?: string; runId?: string } = {}): Promise<ReportData> {
  const evaluation = options.evaluationId ? await getEvaluation(ctx, options.evaluationId) : (await listEvaluations(ctx, 1))[0];
  if (options.evaluationId && !evaluation) throw notFound(`evaluation ${options.evaluationId} not found for agent ${ctx.agentId}`);
  const runs = options.runId ? [await ctx.store.getTrainingRun(ctx.agentId, options.runId)] : await ctx.store.listTrainingRuns(ctx.agentId, 20);
  if (options.runId && !runs[0]) throw notFound(`training run ${options.runId} not found for agent ${ctx.agentId}`);
  const run = runs.find((r) => r?.metrics?.steps.length) ?? runs[0];
  const prompts: Record<string, string> = {};
  if (evaluation) {
    const evalSet = (await listEvalSets(ctx, 50)).find((s) => s.version === evaluation.evalSetVersion);
    for (const item of evalSet?.items ?? []) prompts[item.promptHash] = item.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  }
  return {
    agentId: ctx.agentId,
    generatedAt: (ctx.now ? ctx.now() : new Date()).toISOString(),
    ...(evaluation ? { evaluation } : {}),
    prompts,
    ...(run ? { run } : {}),
    rewards: await rewardDistribution(ctx),
  };
}
