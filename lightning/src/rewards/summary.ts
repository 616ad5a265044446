import type { CommandContext } from '../context';
import { rewardSources, type RewardSource } from '../schemas';
import { combineRewards, trainable, type RewardBasis, type SourceValues } from './combine';

/** What an episode's rewards add up to, as shown next to the episode. */
export interface RewardSummary {
  /** The combined score (null when the episode has no reward). */
  combined: number | null;
  /** Which tier decided: a human rating, the judge, or only heuristics (unrated). */
  basis: RewardBasis | 'none';
  /** The newest value of each source present. */
  sources: SourceValues;
  /** Whether the score may make the episode a training example by default. */
  trainable: boolean;
}

export function summarize(values: SourceValues, weights?: Partial<Record<RewardSource, number>>): RewardSummary {
  const combined = combineRewards(values, weights);
  return { combined: Number.isNaN(combined.value) ? null : combined.value, basis: combined.basis, sources: values, trainable: trainable(combined.basis, false) };
}

/** The reward summaries of some episodes (one scan of the rewards). */
export async function rewardSummaries(ctx: Pick<CommandContext, 'store' | 'agentId'>, episodeIds: readonly string[]): Promise<Map<string, RewardSummary>> {
  const wanted = new Set(episodeIds);
  const values = new Map<string, SourceValues>();
  for await (const reward of ctx.store.scanRewards(ctx.agentId)) {
    const { episodeId, source, value } = reward as { episodeId?: unknown; source?: unknown; value?: unknown };
    if (typeof episodeId !== 'string' || !wanted.has(episodeId) || typeof value !== 'number' || !rewardSources.includes(source as RewardSource)) continue;
    const entry = values.get(episodeId) ?? {};
    entry[source as RewardSource] = value; // the scan yields versions oldest first: the last one wins
    values.set(episodeId, entry);
  }
  return new Map(episodeIds.map((id) => [id, summarize(values.get(id) ?? {})]));
}
