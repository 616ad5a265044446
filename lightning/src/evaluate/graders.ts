import type { ChatModel } from '@mcp-aks/core';
import { redactText, type RedactionCounts } from '../dataset/redact';
import { JUDGE_RUBRIC, judgePrompt, parseVerdict } from '../rewards/judge';
import type { Episode } from '../schemas';
import type { EvalItem } from './schemas';

/** An answer to grade: what the model said, or why it said nothing. */
export interface Answer {
  content: string;
  finishReason?: string;
  error?: string;
}

/**
 * Deterministic checks, each true when the answer passes:
 *  answered      the call succeeded with a non-empty answer
 *  complete      the model stopped on its own (not cut off by the token limit)
 *  no_new_secret no email, key, token or phone number that the prompt did not contain
 *  shape         a numbered list when the reference was one, JSON when the reference was JSON
 */
export const CHECKS = ['answered', 'complete', 'no_new_secret', 'shape'] as const;

const total = (counts: RedactionCounts) => Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
const numbered = /^\s*1[.)]\s/m;
const isJson = (text: string) => {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

export function runChecks(item: Pick<EvalItem, 'messages' | 'reference'>, answer: Answer): Record<(typeof CHECKS)[number], boolean> {
  const text = answer.content ?? '';
  const answered = !answer.error && text.trim().length > 0;
  const inPrompt: RedactionCounts = {};
  for (const m of item.messages) redactText(m.content ?? '', inPrompt);
  const inAnswer: RedactionCounts = {};
  redactText(text, inAnswer);
  const shape = !answered ? false : isJson(item.reference) ? isJson(text) : numbered.test(item.reference) ? numbered.test(text) : true;
  return {
    answered,
    complete: answered && answer.finishReason !== 'length',
    no_new_secret: total(inAnswer) <= total(inPrompt),
    shape,
  };
}

/** The judge's score (-1 to 1) of an answer with the rewards' rubric; null when its verdict is unreadable. */
export async function judgeAnswer(judge: ChatModel, item: Pick<EvalItem, 'tool' | 'messages'>, answer: Answer): Promise<number | null> {
  const question = item.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  const response = await judge.complete({
    messages: [
      { role: 'system', content: JUDGE_RUBRIC },
      // The judge sees what the model was given (the evaluation prompt), as it does for captured episodes.
      { role: 'user', content: judgePrompt({ tool: item.tool, input: { question }, output: { text: answer.content }, modelCalls: [{ request: { messages: item.messages } } as unknown as Episode['modelCalls'][number]] }) },
    ],
    temperature: 0,
    maxTokens: 200,
  });
  return parseVerdict(response.content)?.score ?? null;
}

/**
 * One score from -1 to 1: with a judge, three quarters the judge and one quarter the share of checks
 * passed; without one, the checks alone. An answer that failed is -1 whatever the judge said.
 */
export function combineScore(judge: number | null, checks: Record<string, boolean>): number {
  const values = Object.values(checks);
  const passed = values.filter(Boolean).length;
  const checkScore = values.length === 0 ? 0 : (2 * passed) / values.length - 1;
  if (checks.answered === false) return -1;
  const score = judge === null ? checkScore : 0.75 * judge + 0.25 * checkScore;
  return Math.max(-1, Math.min(1, score));
}
