import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { CommandContext } from '../context';
import { combineRewards, defaultSourceWeights, trainable, type CombinedReward, type SourceValues } from '../rewards/combine';
import { isHeldOut } from '../evaluate/prompt';
import { heldOutPromptHashes } from '../evaluate/store';
import { rewardSources, type DatasetFile, type DatasetManifest, type RewardSource } from '../schemas';
import { HashTable64, hash64 } from '../util/hash-table';
import { dedupKey, exchangeOf, inputKey, type PreferenceExample, type RawEpisode, type SupervisedExample, type TrainingMessage } from './examples';
import { MIN_TRAINING_EXAMPLES, exampleTokenLimit } from './limits';
import type { RedactionCounts } from './redact';
import type { DatasetSink } from './sink';
import { writeJson } from './sink';
import { checkPreference, checkSupervised } from './validate';
import { JsonlWriter } from './writer';

export const includeKinds = ['lightning', 'hello', 'failed', 'tuned'] as const;

export const buildDatasetOptionsSchema = z
  .object({
    format: z.enum(['supervised', 'dpo', 'both']).default('supervised'),
    /** Supervised examples come from episodes whose combined reward is at least this... */
    minReward: z.number().min(-1).max(1).default(0.5),
    /** ...or from this top fraction of the labeled episodes (overrides minReward). */
    topFraction: z.number().gt(0).max(1).optional(),
    validationPercent: z.number().min(0).max(50).default(10),
    /** Salt of the train/validation split; the default keeps each session on the same side across builds. */
    salt: z.string().min(1).max(128).optional(),
    /** What is left out by default and may be let in: lightning_* tools, hello_mcp, failed calls, answers of a tuned model. */
    include: z.array(z.enum(includeKinds)).default([]),
    /** Only these tools, when given. */
    tools: z.array(z.string().min(1).max(128)).max(100).optional(),
    /** A preference pair needs at least this reward gap between the preferred and the other answer. */
    dpoMargin: z.number().min(0).max(2).default(0.5),
    targetModel: z.string().min(1).max(128).default('gpt-4.1-mini-2025-04-14'),
    weights: z.partialRecord(z.enum(rewardSources), z.number().min(0).max(10)).optional(),
    /** Let episodes with only a heuristic reward (no human rating, no judge) become examples. Off: unrated is not good. */
    allowHeuristicOnly: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type BuildDatasetOptions = z.input<typeof buildDatasetOptionsSchema>;

export interface BuildDatasetResult {
  manifest: DatasetManifest;
  dryRun: boolean;
}

const SOURCE_INDEX: Record<RewardSource, number> = { feedback: 0, manual: 1, judge: 2, heuristic: 3 };
/** Rewards are kept in fixed point (Int16, 1e-4 steps) to keep a million episodes in ~25 MB. */
const SCALE = 10_000;
const ABSENT = -32_768;

/** Which side of the split a session falls on: stable for a salt, independent of build order. */
export function isValidationSession(salt: string, session: string, validationPercent: number): boolean {
  if (validationPercent <= 0) return false;
  // hash64 (see util/hash-table) is fixed and documented, so a split can be recomputed anywhere.
  const [h1] = hash64(`${salt}\n${session}`);
  return (h1 / 0x1_0000_0000) * 100 < validationPercent;
}

/** Why an episode teaches nothing by default; undefined when it is kept. */
export function exclusionOf(episode: Pick<RawEpisode, 'tool' | 'outcome' | 'tuned'>, include: readonly string[], tools?: readonly string[]): string | undefined {
  const tool = typeof episode.tool === 'string' ? episode.tool : '';
  if (tools && !tools.includes(tool)) return 'tool_not_selected';
  // A tuned model learning from its own answers drifts: its episodes are left out unless asked for.
  if (episode.tuned === true && !include.includes('tuned')) return 'tuned_model';
  if ((tool.startsWith('lightning_') || tool === 'submit_feedback') && !include.includes('lightning')) return 'lightning_tool';
  if (tool === 'hello_mcp' && !include.includes('hello')) return 'hello_mcp';
  return undefined;
}

export function newDatasetId(now: Date): string {
  return `ds-${now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
}

function addCounts(total: RedactionCounts, more: RedactionCounts): void {
  for (const [kind, n] of Object.entries(more) as [keyof RedactionCounts, number][]) total[kind] = (total[kind] ?? 0) + n;
}

class Counter {
  readonly counts: Record<string, number> = {};
  add(name: string, n = 1) {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }
}

/**
 * Builds fine-tuning files from labeled episodes, streaming: episodes are read once for the
 * supervised file (twice with preference pairs), rewards are joined through a compact hash table,
 * and episodes below the reward threshold are skipped before they are decoded.
 */
export async function buildDataset(ctx: CommandContext, sink: DatasetSink, input: BuildDatasetOptions = {}): Promise<BuildDatasetResult> {
  const options = buildDatasetOptionsSchema.parse(input);
  const now = ctx.now ? ctx.now() : new Date();
  const id = newDatasetId(now);
  const salt = options.salt ?? `lightning:${ctx.agentId}`;
  const weights = { ...defaultSourceWeights, ...options.weights };
  const tokenLimit = exampleTokenLimit(options.targetModel);
  const wantSft = options.format !== 'dpo';
  const wantDpo = options.format !== 'supervised';
  const counts = new Counter();
  const excluded = new Counter();
  const invalid = new Counter();
  const redactions: RedactionCounts = {};
  // The evaluation set's prompts never reach a training file.
  const heldOut = await heldOutPromptHashes(ctx);

  // 1. Rewards: the last stored value of each (episode, source), then the weighted aggregate.
  const expected = (await ctx.store.records.estimateCount?.('rewards')) ?? 0;
  const rewards = new HashTable64(4, Math.min(Math.max(expected, 1 << 12), 1 << 24), ABSENT, Int16Array);
  for await (const batch of ctx.store.scanRewardBatches(ctx.agentId)) {
    for (const r of batch) {
      const source = r.source as RewardSource;
      if (typeof r.episodeId !== 'string' || typeof r.value !== 'number' || !(source in SOURCE_INDEX) || !(Math.abs(r.value) <= 1)) continue;
      rewards.set(rewards.slot(r.episodeId), SOURCE_INDEX[source], Math.round(r.value * SCALE));
    }
  }
  const scratch: SourceValues = {};
  const combinedAt = (slot: number): CombinedReward => {
    for (const source of rewardSources) {
      const v = slot === -1 ? ABSENT : rewards.get(slot, SOURCE_INDEX[source]);
      scratch[source] = v === ABSENT ? undefined : v / SCALE;
    }
    return combineRewards(scratch, weights);
  };
  const aggregateAt = (slot: number): number => combinedAt(slot).value;
  // The aggregates are kept only to find the top fraction's threshold.
  const aggregates = options.topFraction === undefined ? undefined : new Float32Array(rewards.size);
  let labeled = 0;
  rewards.forEach((slot) => {
    const value = aggregateAt(slot);
    if (Number.isNaN(value)) return;
    if (aggregates) aggregates[labeled] = value;
    labeled++;
  });
  counts.add('labeled', labeled);
  let threshold = options.minReward;
  if (options.topFraction !== undefined && aggregates && labeled > 0) {
    const sorted = aggregates.subarray(0, labeled).sort();
    // Float32 rounding: compare against the value just below the cut, not above it.
    threshold = (sorted[Math.max(0, labeled - Math.ceil(labeled * options.topFraction))] as number) - 1e-6;
  }
  ctx.progress?.(`build-dataset: ${rewards.size} labeled episodes, reward threshold ${threshold.toFixed(3)}`);

  const workDir = join(sink.workRoot(ctx.agentId), `.tmp-${id}`);
  if (!options.dryRun) await mkdir(workDir, { recursive: true });
  const open = (name: string) => new JsonlWriter(options.dryRun ? undefined : join(workDir, name));
  const writers = {
    train: wantSft ? open('train.jsonl') : undefined,
    validation: wantSft ? open('validation.jsonl') : undefined,
    dpo_train: wantDpo ? open('dpo_train.jsonl') : undefined,
    dpo_validation: wantDpo ? open('dpo_validation.jsonl') : undefined,
  };

  const sessions = { train: new HashTable64(0, 64), validation: new HashTable64(0, 64) };
  try {
    // 2. One pass over the labeled episodes: for each supervised example (by dedup key) the best
    // rewarded episode, and for preference pairs the best and worst answer of each prompt.
    // The best episode of each dedup key as its slot in the rewards table (4 bytes, where its reward
    // and id hash took 24): the reward is recomputed from the slot to compare, the same value bit for bit.
    const winners = new HashTable64(wantSft ? 1 : 0, wantSft ? 1 << 12 : 16, -1, Int32Array);
    let eligible = 0;
    const groups = new HashTable64(wantDpo ? 6 : 0, wantDpo ? 1 << 12 : 16, Number.NaN); // bestR, bestH1, bestH2, worstR, worstH1, worstH2
    let read = 0;
    const accept = (episodeId: string) => {
      read++;
      if (read % 100_000 === 0) ctx.progress?.(`build-dataset: ${read} episodes read`);
      const { value, basis } = combinedAt(rewards.find(episodeId));
      if (Number.isNaN(value)) {
        counts.add('unlabeled');
        return false;
      }
      if (!wantDpo && !trainable(basis, options.allowHeuristicOnly)) {
        excluded.add('unrated');
        return false;
      }
      if (!wantDpo && value < threshold) {
        counts.add('below_threshold');
        return false;
      }
      return true;
    };
    for await (const batch of ctx.store.scanEpisodeBatches(ctx.agentId, accept)) {
      for (const record of batch) {
        const episode = record as unknown as RawEpisode;
        const rewardSlot = rewards.find(episode.id);
        const { value, basis } = combinedAt(rewardSlot);
        const reason = exclusionOf(episode, options.include, options.tools);
        if (reason) {
          excluded.add(reason);
          continue;
        }
        if (isHeldOut(episode, heldOut)) {
          excluded.add('eval_set');
          continue;
        }
        const rated = trainable(basis, options.allowHeuristicOnly);
        const ok = episode.outcome === 'ok';
        if (wantSft && !rated) excluded.add('unrated');
        else if (wantSft && value >= threshold) {
          if (!ok && !options.include.includes('failed')) excluded.add('failed_call');
          else {
            const exchange = exchangeOf(episode, null);
            if (!exchange) excluded.add('no_model_exchange');
            else {
              eligible++;
              const slot = winners.slot(dedupKey(exchange.prompt, exchange.answer));
              const best = winners.get(slot, 0);
              // Ties keep the first seen.
              if (best === -1 || value > aggregateAt(best)) winners.set(slot, 0, rewardSlot);
            }
          }
        } else if (wantSft) counts.add('below_threshold');
        if (wantDpo) {
          const exchange = exchangeOf(episode, null);
          if (!exchange) continue;
          const slot = groups.slot(inputKey(exchange.prompt));
          const [h1, h2] = hash64(episode.id);
          const best = groups.get(slot, 0);
          const worst = groups.get(slot, 3);
          // The preferred answer must be rated; any labeled answer may be the rejected one.
          if (rated && (Number.isNaN(best) || value > best)) [0, 1, 2].forEach((f, i) => groups.set(slot, f, [value, h1, h2][i]!));
          if (Number.isNaN(worst) || value < worst) [3, 4, 5].forEach((f, i) => groups.set(slot, f, [value, h1, h2][i]!));
        }
      }
    }
    counts.add('episodes_read', read);

    // 3. Supervised examples: read again only the best episode of each dedup key.
    if (wantSft) {
      counts.add('duplicates', eligible - winners.size);
      // The winners' episode ids by their hash, read back from the rewards table (every winner is labeled).
      const chosen = new HashTable64(0, Math.max(16, winners.size));
      winners.forEach((slot) => chosen.slotHash(...rewards.keyAt(winners.get(slot, 0))));
      for await (const batch of ctx.store.scanEpisodeBatches(ctx.agentId, (episodeId) => chosen.find(episodeId) !== -1)) {
        for (const w of Object.values(writers)) await w?.maybeDrain();
        for (const record of batch) {
          const episode = record as unknown as RawEpisode;
          const found: RedactionCounts = {};
          const exchange = exchangeOf(episode, found);
          if (!exchange) continue;
          const example: SupervisedExample = { messages: [...exchange.prompt, exchange.answer], ...(exchange.tools ? { tools: exchange.tools } : {}) };
          const problem = checkSupervised(example, tokenLimit);
          if (problem) {
            invalid.add(problem.replace(/^message \d+: /, ''));
            continue;
          }
          const session = String(episode.sessionHash ?? '');
          const validation = isValidationSession(salt, session, options.validationPercent);
          if (!(validation ? writers.validation! : writers.train!).write(example)) invalid.add('file_size_limit');
          else {
            addCounts(redactions, found);
            (validation ? sessions.validation : sessions.train).add(session);
          }
        }
      }
    }

    // 4. Preference pairs: read again only the chosen episodes and join each pair by its prompt.
    if (wantDpo) {
      const wanted = new HashTable64(2, 1 << 10);
      groups.forEach((slot) => {
        const best = groups.get(slot, 0);
        const worst = groups.get(slot, 3);
        const samePick = groups.get(slot, 1) === groups.get(slot, 4) && groups.get(slot, 2) === groups.get(slot, 5);
        if (!(best - worst >= options.dpoMargin) || samePick) return;
        const p = wanted.slotHash(groups.get(slot, 1), groups.get(slot, 2));
        wanted.set(p, 0, slot);
        wanted.set(p, 1, 1);
        const n = wanted.slotHash(groups.get(slot, 4), groups.get(slot, 5));
        wanted.set(n, 0, slot);
        wanted.set(n, 1, -1);
      });
      const halves = new Map<number, { input?: { messages: TrainingMessage[]; tools?: unknown[] }; preferred?: TrainingMessage; other?: TrainingMessage; session?: string }>();
      for await (const record of ctx.store.scanEpisodes(ctx.agentId, (episodeId) => wanted.find(episodeId) !== -1)) {
        const episode = record as unknown as RawEpisode;
        const w = wanted.find(episode.id);
        const exchange = exchangeOf(episode, redactions);
        if (!exchange) continue;
        const group = wanted.get(w, 0);
        const half = halves.get(group) ?? {};
        if (wanted.get(w, 1) > 0) {
          half.preferred = exchange.answer;
          half.input = { messages: exchange.prompt, ...(exchange.tools ? { tools: exchange.tools } : {}) };
          half.session = String(episode.sessionHash ?? '');
        } else half.other = exchange.answer;
        if (!half.preferred || !half.other || !half.input) {
          halves.set(group, half);
          continue;
        }
        halves.delete(group);
        const pair: PreferenceExample = { input: half.input, preferred_output: [half.preferred], non_preferred_output: [half.other] };
        const problem = checkPreference(pair, tokenLimit);
        if (problem) {
          invalid.add(`dpo: ${problem.replace(/^message \d+: /, '')}`);
          continue;
        }
        const validation = isValidationSession(salt, half.session ?? '', options.validationPercent);
        if (!(validation ? writers.dpo_validation! : writers.dpo_train!).write(pair)) invalid.add('file_size_limit');
        for (const w of Object.values(writers)) await w?.maybeDrain();
      }
    }
  } catch (error) {
    for (const w of Object.values(writers)) w?.abort();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }

  // 5. Close, check the file-level rules, write the manifest, publish.
  const files: DatasetFile[] = [];
  const closed: string[] = [];
  // Problems of each part: with --format both, a part that is not usable is dropped, never the other.
  const partProblems: Record<'supervised' | 'dpo', string[]> = { supervised: [], dpo: [] };
  const partOf = (kind: DatasetFile['kind']) => (kind.startsWith('dpo') ? 'dpo' : 'supervised');
  for (const [kind, writer] of Object.entries(writers) as [DatasetFile['kind'], JsonlWriter | undefined][]) {
    if (!writer) continue;
    const { bytes, lines, sha256: digest } = await writer.close();
    counts.add(kind, lines);
    if (writer.refused > 0) partProblems[partOf(kind)].push(`${kind}: ${writer.refused} examples left out to stay under the 512 MB file limit`);
    const name = `${kind}.jsonl`;
    if (lines === 0 && kind.endsWith('validation')) {
      if (!options.dryRun) await rm(join(workDir, name), { force: true });
      continue;
    }
    files.push({ name, kind, examples: lines, bytes, sha256: digest, location: name });
    closed.push(name);
  }
  const train = counts.counts.train ?? 0;
  const pairs = counts.counts.dpo_train ?? 0;
  if (wantSft && train < MIN_TRAINING_EXAMPLES) partProblems.supervised.push(`train: ${train} examples; Azure OpenAI fine-tuning needs at least ${MIN_TRAINING_EXAMPLES}`);
  if (wantDpo && pairs < MIN_TRAINING_EXAMPLES) partProblems.dpo.push(`dpo_train: ${pairs} pairs; Azure OpenAI fine-tuning needs at least ${MIN_TRAINING_EXAMPLES}`);
  // Validation asked for and none held out: the split is by session, so too few sessions put everything on one side.
  if (options.validationPercent > 0) {
    if (wantSft && train > 0 && !counts.counts.validation) {
      partProblems.supervised.push(
        `validation: 0 examples although ${options.validationPercent}% was asked for; the split is by session and all ${train} examples come from ${sessions.train.size} session(s) on the training side: capture more sessions, or pass --validation-percent 0 to train without validation`,
      );
    }
    if (wantDpo && pairs > 0 && !counts.counts.dpo_validation) {
      partProblems.dpo.push(`dpo_validation: 0 pairs although ${options.validationPercent}% was asked for; the split is by session and every pair fell on the training side: capture more sessions, or pass --validation-percent 0`);
    }
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const parts = (['supervised', 'dpo'] as const).filter((part) => (part === 'dpo' ? wantDpo : wantSft));
  const usable = parts.filter((part) => partProblems[part].length === 0);
  for (const part of parts) {
    if (usable.length > 0 && !usable.includes(part)) {
      // --format both with one usable part: keep it, leave the other's files out, and say why.
      notes.push(...partProblems[part].map((p) => `${part} part left out: ${p}`));
      for (let i = files.length - 1; i >= 0; i--) {
        if (partOf(files[i]!.kind) !== part) continue;
        closed.splice(closed.indexOf(files[i]!.name), 1);
        if (!options.dryRun) await rm(join(workDir, files[i]!.name), { force: true });
        files.splice(i, 1);
      }
    } else problems.push(...partProblems[part]);
  }

  const manifest: DatasetManifest = {
    id,
    agentId: ctx.agentId,
    type: 'dataset',
    createdAt: now.toISOString(),
    format: options.format,
    filters: {
      minReward: options.minReward,
      ...(options.topFraction !== undefined ? { topFraction: options.topFraction } : {}),
      threshold,
      include: options.include,
      ...(options.tools ? { tools: options.tools } : {}),
      dpoMargin: options.dpoMargin,
      weights,
      allowHeuristicOnly: options.allowHeuristicOnly,
    },
    salt,
    validationPercent: options.validationPercent,
    targetModel: options.targetModel,
    counts: {
      ...counts.counts,
      ...Object.fromEntries(Object.entries(excluded.counts).map(([k, v]) => [`excluded_${k}`, v])),
      ...Object.fromEntries(Object.entries(invalid.counts).map(([k, v]) => [`invalid: ${k}`, v])),
      ...Object.fromEntries(Object.entries(redactions).map(([k, v]) => [`redacted_${k.toLowerCase()}`, v])),
    },
    files,
    valid: problems.length === 0,
    problems,
    notes,
  };
  if (options.dryRun) return { manifest, dryRun: true };

  await writeJson(join(workDir, 'manifest.json'), manifest);
  const locations = await sink.publish(ctx.agentId, id, workDir, [...closed, 'manifest.json']);
  for (const file of manifest.files) file.location = locations[file.name] ?? file.location;
  await ctx.store.putDataset(manifest);
  ctx.progress?.(`build-dataset: ${id}: ${counts.counts.train ?? 0} train, ${counts.counts.validation ?? 0} validation, ${counts.counts.dpo_train ?? 0} preference pairs${problems.length ? `; ${problems.length} problem(s)` : ''}`);
  return { manifest, dryRun: false };
}
