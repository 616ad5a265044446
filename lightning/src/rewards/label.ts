import { z } from 'zod';
import { notConfigured } from '@mcp-aks/core';
import { episodeSchema, type Reward } from '../schemas';
import { HEURISTIC_VERSION, heuristicReward } from './heuristics';
import { JUDGE_RUBRIC_VERSION, judgeEpisode } from './judge';
import { HashTable64 } from '../util/hash-table';
import { nowIso, type CommandContext } from '../context';

export const labelOptionsSchema = z.object({
  sources: z.array(z.enum(['heuristic', 'judge'])).min(1).default(['heuristic']),
  /** Recompute rewards that already exist for the current heuristic/rubric version. */
  relabel: z.boolean().default(false),
  /** At most this many episodes are sent to the judge in one run (it costs tokens). */
  judgeLimit: z.number().int().min(0).max(100_000).default(200),
  judgeConcurrency: z.number().int().min(1).max(16).default(4),
  latencyBudgetMs: z.number().int().min(1).max(600_000).default(10_000),
  dryRun: z.boolean().default(false),
});
export type LabelOptions = z.input<typeof labelOptionsSchema>;

export interface LabelResult {
  dryRun: boolean;
  episodes: number;
  feedbackRewards: number;
  heuristic: { written: number; unchanged: number };
  judge: { written: number; unchanged: number; unparsable: number; failed: number };
}

const key = (source: string, episodeId: string) => `${source}\n${episodeId}`;

/**
 * Labels captured episodes with rewards. Each reward is its own record (value, source, reason,
 * components) with an id fixed by (agent, episode, source), so running label twice writes the same
 * records; existing rewards of the current version are left alone unless `relabel` is set.
 */
export async function label(ctx: CommandContext, input: LabelOptions = {}): Promise<LabelResult> {
  const options = labelOptionsSchema.parse(input);
  const useJudge = options.sources.includes('judge');
  if (useJudge && !ctx.model) throw notConfigured('the LLM judge needs a model: set LIGHTNING_JUDGE_MODEL and a model endpoint (FOUNDRY_PROJECT_ENDPOINT, AZURE_OPENAI_ENDPOINT or OPENAI_BASE_URL)');
  const result: LabelResult = {
    dryRun: options.dryRun,
    episodes: 0,
    feedbackRewards: 0,
    heuristic: { written: 0, unchanged: 0 },
    judge: { written: 0, unchanged: 0, unparsable: 0, failed: 0 },
  };

  const existing = new HashTable64(0);
  for await (const reward of ctx.store.scanRewards(ctx.agentId)) {
    const { source, version, episodeId } = reward as unknown as Reward;
    if (source === 'feedback') result.feedbackRewards++;
    if (source === 'heuristic' && version === HEURISTIC_VERSION) existing.add(key('heuristic', episodeId));
    if (source === 'judge' && typeof version === 'string' && version.startsWith(`${JUDGE_RUBRIC_VERSION}:`)) existing.add(key('judge', episodeId));
  }

  let pending: Reward[] = [];
  const write = async (force = false) => {
    if (pending.length === 0 || (!force && pending.length < 200)) return;
    const batch = pending;
    pending = [];
    if (!options.dryRun) await ctx.store.putRewards(batch);
  };
  const judged: Promise<void>[] = [];
  let judgeBudget = options.judgeLimit;
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  const judgeOne = async (episode: ReturnType<typeof episodeSchema.parse>) => {
    while (inFlight >= options.judgeConcurrency) await new Promise<void>((r) => waiters.push(r));
    inFlight++;
    try {
      const reward = await judgeEpisode(ctx.model!, episode, nowIso(ctx));
      if (reward) {
        pending.push(reward);
        result.judge.written++;
      } else result.judge.unparsable++;
    } catch (error) {
      result.judge.failed++;
      ctx.logger.warn({ err: error, episodeId: episode.id }, 'lightning label: judge call failed');
    } finally {
      inFlight--;
      waiters.shift()?.();
    }
  };

  for await (const raw of ctx.store.scanEpisodes(ctx.agentId)) {
    const parsed = episodeSchema.safeParse(raw);
    if (!parsed.success) continue;
    const episode = parsed.data;
    result.episodes++;
    if (options.sources.includes('heuristic')) {
      if (!options.relabel && existing.has(key('heuristic', episode.id))) result.heuristic.unchanged++;
      else {
        pending.push(heuristicReward(episode, { latencyBudgetMs: options.latencyBudgetMs }, nowIso(ctx)));
        result.heuristic.written++;
      }
    }
    if (useJudge && episode.outcome === 'ok' && episode.modelCalls.length > 0) {
      if (!options.relabel && existing.has(key('judge', episode.id))) result.judge.unchanged++;
      else if (judgeBudget > 0) {
        judgeBudget--;
        if (!options.dryRun) judged.push(judgeOne(episode));
      }
    }
    await write();
    if (result.episodes % 50_000 === 0) ctx.progress?.(`label: ${result.episodes} episodes read`);
  }
  await Promise.all(judged);
  await write(true);
  ctx.progress?.(`label: ${result.episodes} episodes, ${result.heuristic.written} heuristic and ${result.judge.written} judge rewards ${options.dryRun ? 'would be ' : ''}written`);
  return result;
}
