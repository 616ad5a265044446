import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { invalidInput } from '@mcp-aks/core';
import { nowIso, type CommandContext } from '../context';
import { exclusionOf } from '../dataset/build';
import { exchangeOf, type RawEpisode } from '../dataset/examples';
import type { RedactionCounts } from '../dataset/redact';
import type { StoredRecord } from '../store';
import { promptHash } from './prompt';
import type { EvalItem, EvalSet } from './schemas';
import { currentEvalSet, listEvalSets } from './store';

export const MAX_EVAL_ITEMS = 2000;
export const MAX_EVAL_SET_BYTES = 1_800_000;

export const evalSetAddOptionsSchema = z
  .object({
    /** These episodes' prompts. */
    episodes: z.array(z.string().min(1).max(128)).max(MAX_EVAL_ITEMS).optional(),
    /** Or the prompts of episodes started in this window (ISO dates; either end may be open). */
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Or the prompts whose hash falls in this percentage of the hash space (a stable sample by prompt). */
    samplePercent: z.number().gt(0).max(50).optional(),
    tools: z.array(z.string().min(1).max(128)).max(100).optional(),
    /** At most this many new prompts in one version. */
    limit: z.number().int().min(1).max(MAX_EVAL_ITEMS).default(100),
    note: z.string().max(500).default(''),
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((o) => o.episodes !== undefined || o.from !== undefined || o.to !== undefined || o.samplePercent !== undefined, {
    message: 'say which prompts to add: episodes, a time window (from/to) or a sample percentage',
  });
export type EvalSetAddOptions = z.input<typeof evalSetAddOptionsSchema>;

export interface EvalSetAddResult {
  dryRun: boolean;
  /** The new version, or the current one when nothing new was found. */
  evalSet: EvalSet | undefined;
  added: number;
  alreadyIn: number;
}


function inSample(hash: string, percent: number): boolean {
  return (Number.parseInt(hash.slice(0, 8), 16) / 0x1_0000_0000) * 100 < percent;
}

/**
 * Grows the evaluation set by an explicit selection: a new version holds the previous items and the
 * new prompts (one item a prompt hash). Earlier versions are never rewritten.
 */
export async function addToEvalSet(ctx: CommandContext, input: EvalSetAddOptions): Promise<EvalSetAddResult> {
  const options = evalSetAddOptionsSchema.parse(input);
  if (options.from && options.to && options.from > options.to) throw invalidInput(`from (${options.from}) is after to (${options.to})`);
  const current = await currentEvalSet(ctx);
  const known = new Set(current?.items.map((i) => i.promptHash) ?? []);
  const wanted = options.episodes ? new Set(options.episodes) : undefined;
  const from = options.from ? new Date(options.from).toISOString() : undefined;
  const to = options.to ? new Date(options.to).toISOString() : undefined;
  const now = nowIso(ctx);
  const added: EvalItem[] = [];
  let alreadyIn = 0;

  const consider = (record: StoredRecord) => {
    const episode = record as unknown as RawEpisode & { startedAt?: unknown; outcome?: unknown; tool?: unknown };
    if (episode.outcome !== 'ok' || exclusionOf(episode, [], options.tools)) return;
    const started = typeof episode.startedAt === 'string' ? episode.startedAt : '';
    if ((from && started < from) || (to && started > to)) return;
    const raw = exchangeOf(episode, null);
    if (!raw) return;
    const hash = promptHash(raw.prompt);
    if (options.samplePercent !== undefined && !inSample(hash, options.samplePercent)) return;
    if (known.has(hash)) {
      alreadyIn++;
      return;
    }
    known.add(hash);
    const counts: RedactionCounts = {};
    const redacted = exchangeOf(episode, counts)!;
    added.push({
      promptHash: hash,
      tool: String(episode.tool),
      messages: redacted.prompt.map((m) => ({ role: m.role, content: m.content ?? '' })),
      reference: (redacted.answer.content ?? '').slice(0, 16_000),
      episodeId: episode.id,
      addedAt: now,
    });
  };
  for await (const batch of ctx.store.scanEpisodeBatches(ctx.agentId, wanted ? (id) => wanted.has(id) : undefined)) {
    for (const record of batch) if (added.length < options.limit) consider(record);
    if (added.length >= options.limit) break;
  }
  if (wanted && added.length + alreadyIn === 0) throw invalidInput(`none of the episodes ${[...wanted].slice(0, 5).join(', ')} has a successful model exchange to evaluate on`);
  if (added.length === 0) return { dryRun: options.dryRun, evalSet: current, added: 0, alreadyIn };
  const items = [...(current?.items ?? []), ...added];
  if (items.length > MAX_EVAL_ITEMS) throw invalidInput(`the evaluation set would hold ${items.length} prompts; at most ${MAX_EVAL_ITEMS}`);
  const version = (current?.version ?? 0) + 1;
  const selection = Object.fromEntries(
    Object.entries({ episodes: options.episodes, from: options.from, to: options.to, samplePercent: options.samplePercent, tools: options.tools, limit: options.limit }).filter(([, v]) => v !== undefined),
  );
  // Each version is stored as what it adds, under an id of its own: two adds at once both keep their
  // prompts (the versions are numbered in write order when read), and no record is ever rewritten.
  const delta: EvalSet = {
    id: `evalset-${now.replace(/[-:TZ.]/g, '').slice(0, 17)}-${randomBytes(3).toString('hex')}`,
    agentId: ctx.agentId,
    type: 'eval_set',
    version,
    createdAt: now,
    added: { selection, promptHashes: added.map((i) => i.promptHash), note: options.note },
    items: added,
  };
  // Cosmos DB items are at most 2 MB.
  const bytes = Buffer.byteLength(JSON.stringify(delta));
  if (bytes > MAX_EVAL_SET_BYTES) throw invalidInput(`the new prompts would take ${bytes} bytes; one version adds at most ${MAX_EVAL_SET_BYTES} (add fewer prompts)`);
  if (options.dryRun) return { dryRun: true, evalSet: { ...delta, items }, added: added.length, alreadyIn };
  await ctx.store.records.upsert('evaluations', [delta as unknown as StoredRecord]);
  const stored = (await listEvalSets(ctx, 50)).find((s) => s.id === delta.id);
  ctx.progress?.(`eval-set: version ${stored?.version ?? version} holds ${stored?.items.length ?? items.length} prompts (${added.length} new)`);
  return { dryRun: false, evalSet: stored ?? { ...delta, items }, added: added.length, alreadyIn };
}
