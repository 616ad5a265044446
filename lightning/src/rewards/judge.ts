import { z } from 'zod';
import type { ChatModel } from '@mcp-aks/core';
import type { Episode, Reward } from '../schemas';
import { clampReward, rewardIdFor } from './heuristics';

/** The rubric is pinned: changing it changes the version, so judged rewards stay comparable. */
export const JUDGE_RUBRIC_VERSION = 'judge-v1';
export const JUDGE_RUBRIC = `You grade one answer given by an assistant that helps operate MCP servers on Azure Kubernetes Service.
Score it from -1 to 1:
 1.0  correct, complete, directly usable, no invented facts
 0.5  correct but incomplete or vague
 0.0  neither helpful nor harmful
-0.5  partly wrong or misleading
-1.0  wrong, unsafe, or refuses without reason
Answer with JSON only: {"score": <number>, "reason": "<one sentence>"}`;

const verdictSchema = z.object({ score: z.number().min(-1).max(1), reason: z.string().max(1000).default('') });

export function judgePrompt(episode: Pick<Episode, 'tool' | 'input' | 'output' | 'modelCalls'>): string {
  const question = JSON.stringify(episode.input).slice(0, 8000);
  const answer = (episode.output?.text ?? episode.modelCalls.at(-1)?.response?.content ?? '').slice(0, 8000);
  return `Tool: ${episode.tool}\nInput: ${question}\nAnswer:\n${answer}`;
}

/** Reads the judge's verdict; undefined when it is not the JSON the rubric asks for. */
export function parseVerdict(text: string): { score: number; reason: string } | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end <= start) return undefined;
  try {
    const parsed = verdictSchema.safeParse(JSON.parse(text.slice(start, end + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function judgeEpisode(model: ChatModel, episode: Episode, createdAt: string, signal?: AbortSignal): Promise<Reward | undefined> {
  const response = await model.complete({
    messages: [
      { role: 'system', content: JUDGE_RUBRIC },
      { role: 'user', content: judgePrompt(episode) },
    ],
    temperature: 0,
    maxTokens: 200,
    ...(signal ? { signal } : {}),
  });
  const verdict = parseVerdict(response.content);
  if (!verdict) return undefined;
  return {
    id: rewardIdFor(episode.agentId, episode.id, 'judge'),
    agentId: episode.agentId,
    type: 'reward',
    episodeId: episode.id,
    source: 'judge',
    value: clampReward(verdict.score),
    reason: verdict.reason,
    components: { score: verdict.score },
    version: `${JUDGE_RUBRIC_VERSION}:${response.model}`,
    createdAt,
  };
}
