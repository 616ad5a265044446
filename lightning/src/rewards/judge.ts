import { z } from 'zod';
import type { ChatModel } from '@mcp-aks/core';
import type { Episode, Reward } from '../schemas';
import { redactText } from '../dataset/redact';
import { clampReward, rewardIdFor } from './heuristics';

/** The rubric is pinned: changing it changes the version, so judged rewards stay comparable. */
export const JUDGE_RUBRIC_VERSION = 'judge-v2';
export const JUDGE_RUBRIC = `You grade one answer given by an assistant that helps operate MCP servers on Azure Kubernetes Service.
You are shown what the assistant was given (its instructions and any reference material it retrieved), the
request, and the answer. Judge the answer against that material: an answer that contradicts or ignores the
reference material it was given, or invents facts not in it, is wrong.
Score it from -1 to 1:
 1.0  correct, complete, directly usable, grounded in what it was given, no invented facts
 0.5  correct but incomplete or vague
 0.0  neither helpful nor harmful
-0.5  partly wrong, misleading, or ignores the reference material
-1.0  wrong, unsafe, or refuses without reason
Secrets and personal data were replaced by [REDACTED_*] placeholders before you saw the text; do not penalise them.
Answer with JSON only: {"score": <number>, "reason": "<one sentence>"}`;

const verdictSchema = z.object({ score: z.number().min(-1).max(1), reason: z.string().max(1000).default('') });

const CONTEXT_CHARS = 12_000;
const FIELD_CHARS = 8_000;

/**
 * What the judge sees, redacted: the messages the serving model was given before it answered (for
 * next_best_action, the retrieved instructions), the tool input, and the answer.
 */
export function judgePrompt(episode: Pick<Episode, 'tool' | 'input' | 'output' | 'modelCalls'>): string {
  const call = episode.modelCalls.at(-1);
  let context = '';
  for (const m of call?.request.messages ?? []) {
    if (m.role === 'assistant' && !m.content) continue;
    context += `[${m.role}] ${m.content ?? ''}\n`;
  }
  const question = JSON.stringify(episode.input ?? null).slice(0, FIELD_CHARS);
  const answer = (episode.output?.text || call?.response?.content || '').slice(0, FIELD_CHARS);
  return redactText(`Tool: ${episode.tool}\nWhat the assistant was given:\n${context.slice(0, CONTEXT_CHARS) || '(no model context)\n'}Input: ${question}\nAnswer:\n${answer}`);
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
