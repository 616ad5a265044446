import { hashIdentifier, invalidInput } from '@mcp-aks/core';
import type { CommandContext } from '../context';
import { exchangeOf, type RawEpisode } from '../dataset/examples';
import type { DatasetSink } from '../dataset/sink';
import type { StoredRecord } from '../store';

export interface ForgetOptions {
  /** The caller's token subject (`sub`): its session hash is what episodes carry. */
  subject?: string;
  /** Or the session hash itself (unauthenticated sessions, or a hash from an episode). */
  sessionHash?: string;
  dryRun?: boolean;
}

export interface ForgetResult {
  dryRun: boolean;
  sessionHash: string;
  episodes: number;
  rewards: number;
  /** Datasets that held an example from these episodes: deleted (files and record). */
  datasets: string[];
}

/** The session hash the server gives an authenticated caller (see the server's caller identity). */
export const sessionHashOfSubject = (subject: string) => hashIdentifier(subject);

/**
 * Deletes one caller's episodes and their rewards from the store, and the datasets that contain an
 * example built from them. Training jobs already created from such a dataset are not undone: the
 * result names the datasets so the runs built on them can be found.
 */
export async function forget(ctx: CommandContext, sink: DatasetSink | undefined, input: ForgetOptions): Promise<ForgetResult> {
  if (!input.subject === !input.sessionHash) throw invalidInput('forget needs exactly one of --subject or --session-hash');
  const sessionHash = input.sessionHash ?? sessionHashOfSubject(input.subject!);
  const ids = new Set<string>();
  // What the dataset files hold of these episodes: the redacted answer after the redacted question.
  const fingerprints: string[] = [];
  for await (const batch of ctx.store.records.scanBatches('episodes', ctx.agentId, { where: { sessionHash } })) {
    for (const record of batch) {
      ids.add(record.id);
      const exchange = exchangeOf(record as unknown as RawEpisode, {});
      const last = exchange?.prompt.at(-1);
      if (exchange && last) fingerprints.push(`${JSON.stringify(last)},${JSON.stringify(exchange.answer)}`, `${JSON.stringify(last)}]},"preferred_output":[${JSON.stringify(exchange.answer)}]`);
    }
  }
  const result: ForgetResult = { dryRun: input.dryRun ?? false, sessionHash, episodes: ids.size, rewards: 0, datasets: [] };
  if (sink && fingerprints.length > 0) {
    for (const dataset of await ctx.store.listDatasets(ctx.agentId, 1000)) {
      for (const file of dataset.files) {
        const text = await sink.readText(file.location).catch(() => '');
        if (fingerprints.some((f) => text.includes(f)) || [...ids].some((id) => text.includes(id))) {
          result.datasets.push(dataset.id);
          break;
        }
      }
    }
  }
  if (result.dryRun) {
    const rewardIds = new Set<string>();
    for await (const reward of ctx.store.scanRewards(ctx.agentId)) if (ids.has(String(reward.episodeId))) rewardIds.add(reward.id);
    result.rewards = rewardIds.size;
    return result;
  }
  result.rewards = await ctx.store.records.deleteWhere('rewards', ctx.agentId, { match: (r) => ids.has(String(r.episodeId)) });
  result.episodes = await ctx.store.records.deleteWhere('episodes', ctx.agentId, { where: { sessionHash } });
  for (const id of result.datasets) {
    await sink?.remove(ctx.agentId, id);
    await ctx.store.records.deleteWhere('datasets', ctx.agentId, { where: { id } });
  }
  ctx.progress?.(`forget: ${result.episodes} episodes, ${result.rewards} rewards, ${result.datasets.length} datasets deleted`);
  return result;
}

/**
 * Retention on the embedded store: deletes episodes captured more than `days` ago (Cosmos DB does
 * this itself with the container's time to live) and the rewards of episodes that no longer exist.
 */
export async function compact(ctx: CommandContext, input: { days: number; now?: Date; dryRun?: boolean }): Promise<{ dryRun: boolean; cutoff: string; episodes: number; rewards: number }> {
  const cutoff = new Date((input.now ?? new Date()).getTime() - input.days * 86_400_000).toISOString();
  const expired = (r: StoredRecord) => typeof r.capturedAt === 'string' && r.capturedAt < cutoff;
  const ids = new Set<string>();
  for await (const batch of ctx.store.records.scanBatches('episodes', ctx.agentId)) for (const r of batch) if (expired(r)) ids.add(r.id);
  if (input.dryRun) return { dryRun: true, cutoff, episodes: ids.size, rewards: 0 };
  const episodes = await ctx.store.records.deleteWhere('episodes', ctx.agentId, { match: expired });
  const rewards = ids.size ? await ctx.store.records.deleteWhere('rewards', ctx.agentId, { match: (r) => ids.has(String(r.episodeId)) }) : 0;
  ctx.progress?.(`compact: ${episodes} episodes captured before ${cutoff} and ${rewards} of their rewards deleted`);
  return { dryRun: false, cutoff, episodes, rewards };
}
