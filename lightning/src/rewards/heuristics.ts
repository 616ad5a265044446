import { sha256 } from '@mcp-aks/core';
import type { Episode, Reward, RewardSource } from '../schemas';

export const HEURISTIC_VERSION = 'heuristic-v2';

/**
 * A call that worked is not therefore a good answer: heuristics can say an answer is broken (down to
 * -1) but never that it is better than this.
 */
export const HEURISTIC_CEILING = 0.5;

export interface HeuristicOptions {
  /** Calls slower than this are penalised, linearly, up to `maxLatencyPenalty`. */
  latencyBudgetMs: number;
  maxLatencyPenalty?: number;
}

/** The reward id of (agent, episode, source): one record per source, replaced on relabel. */
export function rewardIdFor(agentId: string, episodeId: string, source: RewardSource): string {
  return `rw-${sha256(`${agentId}\n${episodeId}\n${source}`).slice(0, 32)}`;
}

export const clampReward = (v: number) => Math.max(-1, Math.min(1, v));
const round = (v: number) => Math.round(v * 1000) / 1000;

type EpisodeLike = Pick<Episode, 'outcome' | 'output' | 'latencyMs' | 'modelCalls'>;

/** Whether the tool's answer has the shape a caller can use: structured content that is an object, or text. */
export function outputIsValid(episode: EpisodeLike): boolean {
  if (episode.outcome !== 'ok' || !episode.output) return false;
  const structured = episode.output.structured;
  if (structured !== undefined) return typeof structured === 'object' && structured !== null && !Array.isArray(structured) && Object.keys(structured).length > 0;
  return episode.output.text.trim().length > 0;
}

/** The heuristic reward components of an episode; the value is their capped sum. */
export function heuristicComponents(episode: EpisodeLike, options: HeuristicOptions): Record<string, number> {
  const success = episode.outcome === 'ok' ? 1 : -1;
  const schemaValid = outputIsValid(episode) ? 1 : 0;
  const over = Math.max(0, episode.latencyMs - options.latencyBudgetMs) / options.latencyBudgetMs;
  const latencyPenalty = -Math.min(options.maxLatencyPenalty ?? 0.3, over * 0.1);
  const truncated = episode.modelCalls.some((c) => c.response?.finishReason === 'length') ? -0.2 : 0;
  return { success, schemaValid, latencyPenalty: round(latencyPenalty), truncated };
}

export function heuristicValue(components: Record<string, number>): number {
  const { success = 0, schemaValid = 0, latencyPenalty = 0, truncated = 0 } = components;
  const raw = clampReward(0.6 * success + 0.4 * (schemaValid * 2 - 1) + latencyPenalty + truncated);
  return round(raw > 0 ? raw * HEURISTIC_CEILING : raw);
}

export function heuristicReward(episode: Episode, options: HeuristicOptions, createdAt: string): Reward {
  const components = heuristicComponents(episode, options);
  const value = heuristicValue(components);
  const reasons = [
    episode.outcome === 'ok' ? 'succeeded' : `failed${episode.errorKind ? ` (${episode.errorKind})` : ''}`,
    components.schemaValid ? 'usable output' : 'no usable output',
  ];
  if (components.latencyPenalty) reasons.push(`slow (${episode.latencyMs} ms)`);
  if (components.truncated) reasons.push('model output truncated');
  return {
    id: rewardIdFor(episode.agentId, episode.id, 'heuristic'),
    agentId: episode.agentId,
    type: 'reward',
    episodeId: episode.id,
    source: 'heuristic',
    value,
    reason: reasons.join('; '),
    components,
    version: HEURISTIC_VERSION,
    createdAt,
  };
}
