import type { RewardSource } from '../schemas';

/**
 * How the rewards of one episode combine into the score the dataset uses. A human rating (feedback
 * from the caller, or a manual reward from an admin) always decides alone; without one, the judge
 * decides, weighted with the heuristic; an episode with only a heuristic reward is unrated.
 */
export type RewardBasis = 'human' | 'judge' | 'heuristic';

/** How much each source counts within its tier. */
export const defaultSourceWeights: Record<RewardSource, number> = { feedback: 1, manual: 1, judge: 0.6, heuristic: 0.3 };

/** A tier decides when one of its `deciders` is present; it then combines all of its `sources`. */
const tiers: { basis: RewardBasis; deciders: readonly RewardSource[]; sources: readonly RewardSource[] }[] = [
  { basis: 'human', deciders: ['manual', 'feedback'], sources: ['manual', 'feedback'] },
  { basis: 'judge', deciders: ['judge'], sources: ['judge', 'heuristic'] },
  { basis: 'heuristic', deciders: ['heuristic'], sources: ['heuristic'] },
];

export interface CombinedReward {
  /** NaN when the episode has no reward at all. */
  value: number;
  basis: RewardBasis | 'none';
  /** The values the score was computed from (the deciding tier). */
  used: RewardSource[];
}

export type SourceValues = Partial<Record<RewardSource, number>>;

const present = (v: number | undefined): v is number => v !== undefined && !Number.isNaN(v);

export function combineRewards(values: SourceValues, weights: Partial<Record<RewardSource, number>> = defaultSourceWeights): CombinedReward {
  for (const tier of tiers) {
    if (!tier.deciders.some((source) => present(values[source]))) continue;
    let sum = 0;
    let weight = 0;
    const used: RewardSource[] = [];
    for (const source of tier.sources) {
      const v = values[source];
      if (!present(v)) continue;
      const w = weights[source] ?? defaultSourceWeights[source];
      sum += w * v;
      weight += w;
      used.push(source);
    }
    // A zero weight on the deciding source falls back to a plain mean, never to "unrated".
    const value = weight > 0 ? sum / weight : used.reduce((s, source) => s + (values[source] as number), 0) / used.length;
    return { value: Math.round(value * 10_000) / 10_000, basis: tier.basis, used };
  }
  return { value: Number.NaN, basis: 'none', used: [] };
}

/** Whether a combined reward may make an episode a training example: rated, or heuristics explicitly allowed. */
export function trainable(basis: CombinedReward['basis'], allowHeuristicOnly: boolean): boolean {
  return basis === 'human' || basis === 'judge' || (basis === 'heuristic' && allowHeuristicOnly);
}
