import { sha256, type ChatModel } from '@mcp-aks/core';
import { z } from 'zod';
import type { CommandContext } from '../context';
import { episodeSchema, type Episode, type Reward } from '../schemas';
import { combineRewards, type SourceValues } from './combine';
import { judgeEpisode } from './judge';

export const sampleOptionsSchema = z
  .object({
    /** At most this many rated prompts get alternatives in one run (each costs a serving and a judge call). */
    limit: z.number().int().min(1).max(10_000).default(50),
    /** Alternatives sampled a prompt. */
    samples: z.number().int().min(1).max(4).default(1),
    temperature: z.number().min(0).max(2).default(0.9),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type SampleOptions = z.input<typeof sampleOptionsSchema>;

export interface SampleResult {
  dryRun: boolean;
  /** Rated episodes whose prompt got alternatives. */
  prompts: number;
  alternatives: number;
  judged: number;
  unparsable: number;
  failed: number;
}

/** The id of the n-th alternative of an episode: fixed, so a second run adds nothing twice. */
export const alternativeIdFor = (agentId: string, episodeId: string, n: number) => `ep-alt-${sha256(`${agentId}\n${episodeId}\n${n}`).slice(0, 28)}`;

/**
 * Preference data from real traffic: for captured prompts that have a rating (human or judge), asks the
 * serving model for other answers to the same messages and lets the judge grade them. Each alternative
 * is stored as an episode of its own (same prompt and session, `sampledFrom` set) with its judge reward,
 * so build-dataset pairs the better and the worse answer of the prompt like any two real answers; a
 * human rating of the original still outranks the judge.
 */
export async function sampleAlternatives(ctx: CommandContext, models: { serving: ChatModel; servingName: string; judge: ChatModel }, input: SampleOptions = {}): Promise<SampleResult> {
  const options = sampleOptionsSchema.parse(input);
  const result: SampleResult = { dryRun: options.dryRun, prompts: 0, alternatives: 0, judged: 0, unparsable: 0, failed: 0 };
  const values = new Map<string, SourceValues>();
  for await (const raw of ctx.store.scanRewards(ctx.agentId)) {
    const r = raw as unknown as Reward;
    const entry = values.get(r.episodeId) ?? {};
    entry[r.source] = r.value;
    values.set(r.episodeId, entry);
  }
  const existing = new Set<string>();
  const candidates: Episode[] = [];
  for await (const raw of ctx.store.scanEpisodes(ctx.agentId)) {
    const parsed = episodeSchema.safeParse(raw);
    if (!parsed.success) continue;
    const e = parsed.data;
    existing.add(e.id);
    const call = e.modelCalls.at(-1);
    const basis = combineRewards(values.get(e.id) ?? {}).basis;
    // Only plain chat prompts (system/user) of the base model, rated, and not themselves sampled.
    if (e.sampledFrom || e.tuned || e.outcome !== 'ok' || !call?.response || (basis !== 'human' && basis !== 'judge')) continue;
    if (!call.request.messages.every((m) => (m.role === 'system' || m.role === 'user') && typeof m.content === 'string')) continue;
    if (candidates.length < options.limit) candidates.push(e);
  }
  const now = (ctx.now ? ctx.now() : new Date()).toISOString();
  for (const episode of candidates) {
    const call = episode.modelCalls.at(-1)!;
    const wanted = Array.from({ length: options.samples }, (_, n) => alternativeIdFor(ctx.agentId, episode.id, n)).filter((id) => !existing.has(id));
    if (wanted.length === 0) continue;
    result.prompts++;
    if (options.dryRun) {
      result.alternatives += wanted.length;
      continue;
    }
    for (const id of wanted) {
      try {
        const started = performance.now();
        const answer = await models.serving.complete({ messages: call.request.messages.map((m) => ({ role: m.role as 'system' | 'user', content: m.content ?? '' })), temperature: options.temperature, ...(call.request.maxTokens ? { maxTokens: call.request.maxTokens } : {}) });
        const latencyMs = Math.round(performance.now() - started);
        const alternative: Episode = {
          ...episode,
          id,
          requestId: `${episode.requestId}:alt`,
          sampledFrom: episode.id,
          output: { text: answer.content },
          modelCalls: [{ ...call, model: answer.model || models.servingName, tuned: false, request: { ...call.request, temperature: options.temperature }, response: { content: answer.content, ...(answer.finishReason ? { finishReason: answer.finishReason } : {}) }, latencyMs }],
          model: answer.model || models.servingName,
          tuned: false,
          latencyMs,
          startedAt: now,
          endedAt: now,
          capturedAt: now,
        };
        const reward = await judgeEpisode(models.judge, alternative, now);
        // Stored only with a verdict: an ungraded alternative would be an unrated answer.
        if (!reward) {
          result.unparsable++;
          continue;
        }
        await ctx.store.putEpisodes([alternative]);
        await ctx.store.putRewards([reward]);
        result.alternatives++;
        result.judged++;
      } catch (error) {
        result.failed++;
        ctx.logger.warn({ err: error, episodeId: episode.id }, 'lightning sample-alternatives: a serving or judge call failed');
      }
    }
  }
  ctx.progress?.(`sample-alternatives: ${result.alternatives} alternatives for ${result.prompts} prompts${result.dryRun ? ' (dry run)' : ''}`);
  return result;
}
