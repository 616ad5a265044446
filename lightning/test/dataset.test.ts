import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '@mcp-aks/core';
import { buildDataset, checkMessages, checkPreference, isValidationSession, LocalDatasetSink, type PreferenceExample, type SupervisedExample } from '../src/dataset';
import { label } from '../src/rewards/label';
import { combineRewards } from '../src/rewards/combine';
import { EmbeddedStore, LightningStore } from '../src/store';
import type { Episode, Reward } from '../src/schemas';
import { makeEpisode, makeQaEpisode, makeReward } from './helpers/fixtures';

let dir: string;
let store: LightningStore;
const agentId = 'agent-ds';
const ctx = () => ({ store, agentId, logger: silentLogger });
const sink = () => new LocalDatasetSink(join(dir, 'datasets'));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lightning-ds-'));
  store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

const qa = (question: string, answer: string, overrides: Partial<Episode> = {}): Episode => makeQaEpisode(question, answer, { agentId, ...overrides });

describe('build-dataset', () => {
  it('writes supervised examples that pass the fine-tuning rules, redacted, deduplicated and split by session', async () => {
    const episodes: Episode[] = [];
    for (let i = 0; i < 40; i++) episodes.push(qa(`How do I scale deployment ${i}? Mail ops${i}@contoso.com`, `Run kubectl scale ${i}`, { sessionHash: `session-${i % 9}` }));
    // The same question answered the same way again (modulo case and spaces): a duplicate.
    episodes.push(qa(`how do I  scale deployment 0?  Mail ops0@contoso.com`, 'Run kubectl scale 0', { sessionHash: 'session-0' }));
    const low = qa('What is a pod?', 'I do not know');
    const failed = qa('Restart the node', 'oops', { outcome: 'error', errorKind: 'upstream' });
    const hello = makeEpisode({ agentId, tool: 'hello_mcp', modelCalls: [] });
    const admin = qa('list episodes', 'done', { tool: 'lightning_list_episodes' });
    const unlabeled = qa('never labeled', 'x');
    episodes.push(low, failed, hello, admin, unlabeled);
    await store.putEpisodes(episodes);
    await store.putRewards([...episodes.filter((e) => e !== low && e !== unlabeled).map((e) => makeReward(e, 0.9, 'feedback')), makeReward(low, -0.8, 'feedback')]);

    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 25 });
    expect(manifest.valid).toBe(true);
    expect(manifest.counts).toMatchObject({
      episodes_read: 46,
      unlabeled: 1,
      below_threshold: 1,
      duplicates: 1,
      excluded_failed_call: 1,
      excluded_hello_mcp: 1,
      excluded_lightning_tool: 1,
      redacted_email: 40,
    });
    const folder = join(dir, 'datasets', agentId, manifest.id);
    expect((await readdir(folder)).sort()).toEqual(['manifest.json', 'train.jsonl', 'validation.jsonl']);
    const train = await readJsonl<SupervisedExample>(join(folder, 'train.jsonl'));
    const validation = await readJsonl<SupervisedExample>(join(folder, 'validation.jsonl'));
    expect(train.length + validation.length).toBe(40);
    expect(train.length).toBeGreaterThanOrEqual(10);
    expect(validation.length).toBeGreaterThan(0);
    for (const example of [...train, ...validation]) {
      expect(checkMessages(example.messages, 65_536)).toBeUndefined();
      expect(example.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
      expect(JSON.stringify(example)).not.toMatch(/@contoso\.com/);
      expect(example.messages[1]!.content).toContain('[REDACTED_EMAIL]');
    }
    // Every session is on one side only, the side its salted hash says.
    const sessionOf = new Map(episodes.map((e) => [String((e.input as { question: string }).question).replace(/\S+@\S+/, '[REDACTED_EMAIL]'), e.sessionHash]));
    for (const example of validation) expect(isValidationSession(manifest.salt, sessionOf.get(example.messages[1]!.content!)!, 25)).toBe(true);
    for (const example of train) expect(isValidationSession(manifest.salt, sessionOf.get(example.messages[1]!.content!)!, 25)).toBe(false);

    // The manifest on disk matches the files and the stored record.
    const onDisk = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as typeof manifest;
    expect(onDisk.files.map((f) => [f.name, f.examples])).toEqual([
      ['train.jsonl', train.length],
      ['validation.jsonl', validation.length],
    ]);
    for (const file of manifest.files) expect(createHash('sha256').update(await readFile(file.location)).digest('hex')).toBe(file.sha256);
    expect((await store.getDataset(agentId, manifest.id))?.files[0]?.location).toBe(join(folder, 'train.jsonl'));
  });

  it('lets excluded kinds in by flag, and selects a top fraction', async () => {
    const eps = Array.from({ length: 20 }, (_, i) => qa(`q${i}`, `a${i}`, i < 2 ? { tool: 'hello_mcp' } : {}));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e, i) => makeReward(e, i / 20, 'feedback')));
    const top = await buildDataset(ctx(), sink(), { topFraction: 0.5, validationPercent: 0, include: ['hello'], dryRun: true });
    expect(top.dryRun).toBe(true);
    expect(top.manifest.counts.train).toBe(10);
    expect(top.manifest.filters.threshold).toBeCloseTo(0.5);
    expect(await readdir(join(dir, 'datasets')).catch(() => [])).toEqual([]);
    expect(await store.listDatasets(agentId, 10)).toEqual([]);
  });

  it('reports too few examples as a problem (Azure needs ten)', async () => {
    const eps = Array.from({ length: 5 }, (_, i) => qa(`q${i}`, `a${i}`));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, 1, 'feedback')));
    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 0 });
    expect(manifest.valid).toBe(false);
    expect(manifest.problems.join()).toMatch(/at least 10/);
  });

  it('builds preference pairs from answers to the same prompt with different rewards', async () => {
    const eps: Episode[] = [];
    for (let i = 0; i < 12; i++) {
      eps.push(qa(`Explain HPA ${i}`, `Good answer ${i}`, { sessionHash: `s${i}` }));
      eps.push(qa(`Explain HPA ${i}`, `Bad answer ${i}`, { sessionHash: `s${i}` }));
      eps.push(qa(`Explain HPA ${i}`, `Middling answer ${i}`, { sessionHash: `s${i}` }));
    }
    eps.push(qa('Lonely prompt', 'only one answer'));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, e.output!.text.startsWith('Answer') ? 0 : 0, 'heuristic')));
    await store.putRewards(eps.map((e) => {
      const answer = e.modelCalls[0]!.response!.content!;
      return makeReward(e, answer.startsWith('Good') ? 1 : answer.startsWith('Bad') ? -1 : 0.2, 'feedback');
    }));
    const { manifest } = await buildDataset(ctx(), sink(), { format: 'dpo', validationPercent: 0 });
    expect(manifest.valid).toBe(true);
    const pairs = await readJsonl<PreferenceExample>(join(dir, 'datasets', agentId, manifest.id, 'dpo_train.jsonl'));
    expect(pairs).toHaveLength(12);
    for (const pair of pairs) {
      expect(checkPreference(pair, 65_536)).toBeUndefined();
      expect(pair.preferred_output[0]!.content).toMatch(/^Good answer/);
      expect(pair.non_preferred_output[0]!.content).toMatch(/^Bad answer/);
      const n = pair.input.messages[1]!.content!.split(' ').at(-1);
      expect(pair.preferred_output[0]!.content).toBe(`Good answer ${n}`);
    }
  });

  it('keeps a failed call only as the rejected side of its corrected retry', async () => {
    const eps: Episode[] = [];
    for (let i = 0; i < 12; i++) {
      // The first attempt failed (its answer was unusable), the retry of the same prompt succeeded.
      eps.push(qa(`Rotate the key of vault ${i}`, `Broken answer ${i}`, { sessionHash: `s${i}`, outcome: 'error', errorKind: 'invalid_output' }));
      eps.push(qa(`Rotate the key of vault ${i}`, `Corrected answer ${i}`, { sessionHash: `s${i}` }));
    }
    const uncorrected = qa('Restore the backup', 'Broken and never retried', { outcome: 'error', errorKind: 'invalid_output' });
    eps.push(uncorrected);
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, e.outcome === 'ok' ? 0.9 : -0.9, 'heuristic')));
    const { manifest } = await buildDataset(ctx(), sink(), { format: 'both', validationPercent: 0, allowHeuristicOnly: true });
    const folder = join(dir, 'datasets', agentId, manifest.id);
    const supervised = await readJsonl<SupervisedExample>(join(folder, 'train.jsonl'));
    expect(supervised.map((e) => e.messages.at(-1)!.content).every((c) => c!.startsWith('Corrected answer'))).toBe(true);
    const pairs = await readJsonl<PreferenceExample>(join(folder, 'dpo_train.jsonl'));
    expect(pairs).toHaveLength(12);
    for (const pair of pairs) {
      expect(pair.preferred_output[0]!.content).toMatch(/^Corrected answer/);
      expect(pair.non_preferred_output[0]!.content).toMatch(/^Broken answer/);
    }
    expect(JSON.stringify(pairs)).not.toContain('never retried');
  });

  it('labels with heuristics idempotently and the labels feed the dataset', async () => {
    const eps = Array.from({ length: 12 }, (_, i) => qa(`q${i}`, `a${i}`, i === 0 ? { outcome: 'error', output: { text: '' } } : i === 1 ? { latencyMs: 60_000 } : {}));
    await store.putEpisodes(eps);
    const first = await label(ctx());
    expect(first).toMatchObject({ episodes: 12, heuristic: { written: 12, unchanged: 0 } });
    const again = await label(ctx());
    expect(again.heuristic).toEqual({ written: 0, unchanged: 12 });
    const relabel = await label(ctx(), { relabel: true });
    expect(relabel.heuristic.written).toBe(12);
    expect(await store.countRewards(agentId)).toBe(12);
    const failed = (await store.listRewards(agentId, { limit: 5, episodeId: eps[0]!.id }))[0]!;
    expect(failed).toMatchObject({ source: 'heuristic', value: -1, components: { success: -1, schemaValid: 0 } });
    const slow = (await store.listRewards(agentId, { limit: 5, episodeId: eps[1]!.id }))[0]!;
    expect(slow.value).toBeLessThan(1);
    expect(slow.components.latencyPenalty).toBeLessThan(0);
    // A call that worked is not a good answer: heuristics top out at 0.5, and alone they make no example...
    expect(Math.max(...(await store.listRewards(agentId, { limit: 20 })).map((r) => r.value))).toBe(0.5);
    const unrated = await buildDataset(ctx(), sink(), { validationPercent: 0, dryRun: true });
    expect(unrated.manifest).toMatchObject({ valid: false, counts: { excluded_unrated: 12 } });
    expect(unrated.manifest.counts.train).toBe(0);
    // ...unless a setting says so; the slow and the failed call stay below the threshold.
    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 0, minReward: 0.5, allowHeuristicOnly: true });
    expect(manifest.counts.train).toBe(10);
  });
});

describe('honest rewards in the dataset', () => {
  it('a human rating decides alone; the judge outranks heuristics; heuristics alone are unrated', () => {
    expect(combineRewards({ heuristic: 0.5, feedback: 0.9 })).toEqual({ value: 0.9, basis: 'human', used: ['feedback'] });
    expect(combineRewards({ heuristic: 0.5, judge: 1, manual: -0.2, feedback: 0.6 })).toMatchObject({ value: 0.2, basis: 'human' });
    expect(combineRewards({ heuristic: 0.5, judge: 1 })).toMatchObject({ value: 0.8333, basis: 'judge', used: ['judge', 'heuristic'] });
    expect(combineRewards({ heuristic: 0.5 })).toMatchObject({ value: 0.5, basis: 'heuristic' });
    expect(combineRewards({}).basis).toBe('none');
  });

  it('keeps the best rewarded answer of a duplicated prompt, not the first seen', async () => {
    const eps: Episode[] = [];
    for (let i = 0; i < 12; i++) {
      eps.push(qa(`Scale web-${i}`, `kubectl scale web-${i} --replicas 2`, { sessionHash: `s${i}` }));
      eps.push(qa(`scale  web-${i}`, `Run: kubectl scale deploy/web-${i} --replicas=2`, { sessionHash: `s${i}` }));
    }
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e, i) => makeReward(e, i % 2 === 0 ? 0.6 : 0.95, 'feedback')));
    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 0 });
    expect(manifest.counts).toMatchObject({ train: 12, duplicates: 12 });
    const train = await readJsonl<SupervisedExample>(join(dir, 'datasets', agentId, manifest.id, 'train.jsonl'));
    for (const example of train) expect(example.messages.at(-1)!.content).toMatch(/^Run: /);
  });

  it('keeps the best rewarded copy of a prompt whose copies are far apart in the file; the files are byte for byte those of the last release', async () => {
    // 600 prompts, each captured three times, 600 episodes apart (about 250 KB, a read chunk or more
    // of the store's file): copy c of prompt p is episode p + 600c, answered "... (copy c)".
    const prompts = 600;
    const copies = 3;
    // The copy rewards of each kind of prompt; the best one wins, the first of equals on a tie, and
    // an answer under the 0.5 threshold or only heuristically rated is never a candidate.
    const kinds: { rewards: [number, number, number]; winner: number }[] = [
      { rewards: [0.9, 0.6, 0.7], winner: 0 },
      { rewards: [0.3, 0.7, 0.95], winner: 2 },
      { rewards: [0.55, 0.8, 0.75], winner: 1 },
      { rewards: [0.85, 0.6, 0.85], winner: 0 },
      { rewards: [0.6, Number.NaN, 0.6], winner: 0 },
    ];
    const episodes: Episode[] = [];
    const rewards: Reward[] = [];
    for (let c = 0; c < copies; c++) {
      for (let p = 0; p < prompts; p++) {
        const question = `${c === 1 ? 'how do I' : 'How do I'} roll out release ${p} of team-${p % 31}?  Mail owner${p % 13}@contoso.com${' '.repeat(c)}`;
        const episode = qa(question, `Run helm upgrade rel-${p} and watch the rollout (copy ${c})`, { id: `ep-far-${p}-${c}`, sessionHash: `s${p % 37}` });
        episodes.push(episode);
        const value = kinds[p % kinds.length]!.rewards[c]!;
        rewards.push(Number.isNaN(value) ? makeReward(episode, 0.5, 'heuristic') : makeReward(episode, value, 'feedback'));
      }
    }
    await store.putEpisodes(episodes);
    await store.putRewards(rewards);
    const { size } = await stat(join(dir, 'store', 'episodes.jsonl'));
    expect(size / copies).toBeGreaterThan(256 * 1024);

    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 20 });
    expect(manifest.counts).toMatchObject({ episodes_read: prompts * copies, train: expect.any(Number), validation: expect.any(Number), excluded_unrated: prompts / kinds.length });
    expect(manifest.counts.train! + manifest.counts.validation!).toBe(prompts);
    const folder = join(dir, 'datasets', agentId, manifest.id);
    const copyOf = (example: SupervisedExample) => Number(/\(copy (\d)\)$/.exec(example.messages.at(-1)!.content!)![1]);
    const promptOf = (example: SupervisedExample) => Number(/release (\d+) /.exec(example.messages[1]!.content!)![1]);
    for (const file of ['train.jsonl', 'validation.jsonl']) {
      const examples = await readJsonl<SupervisedExample>(join(folder, file));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect(copyOf(example)).toBe(kinds[promptOf(example) % kinds.length]!.winner);
      // In the order of the file they came from.
      const positions = examples.map((example) => promptOf(example) + prompts * copyOf(example));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    // The same bytes as the release before the winners were kept by reward slot (same examples, order and split).
    const digest = async (file: string) => createHash('sha256').update(await readFile(join(folder, file))).digest('hex');
    expect({ train: await digest('train.jsonl'), validation: await digest('validation.jsonl') }).toEqual({
      train: '29d99811872e24c302b016b6f9e34b244325d39ebd0236a79b68f69fc94d63d0',
      validation: 'f0493a247805ee612770d116d4d8c080c5da8c549cf4adfd9df6f628aa8fbb20',
    });
  });

  it('leaves out answers of a tuned model unless asked, and never reports an empty validation split as valid', async () => {
    const eps = Array.from({ length: 14 }, (_, i) => qa(`q${i}`, `a${i}`, { sessionHash: 'one-session', ...(i < 2 ? { tuned: true } : {}) }));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, 0.9, 'feedback')));
    const { manifest } = await buildDataset(ctx(), sink(), { validationPercent: 10, salt: 'pick-train' });
    expect(manifest.counts).toMatchObject({ excluded_tuned_model: 2 });
    // One session: the split puts it on one side only, so validation would be empty.
    expect(isValidationSession('pick-train', 'one-session', 10)).toBe(false);
    expect(manifest.counts.train).toBe(12);
    expect(manifest.counts.validation ?? 0).toBe(0);
    expect(manifest.valid).toBe(false);
    expect(manifest.problems.join()).toMatch(/validation: 0 examples although 10% was asked for.*1 session\(s\).*--validation-percent 0/);
    const withTuned = await buildDataset(ctx(), sink(), { validationPercent: 0, include: ['tuned'], dryRun: true });
    expect(withTuned.manifest).toMatchObject({ valid: true, counts: { train: 14 } });
  });

  it('--format both keeps a valid supervised set when there are too few preference pairs', async () => {
    const eps = Array.from({ length: 12 }, (_, i) => qa(`q${i}`, `a${i}`));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, 0.9, 'feedback')));
    const { manifest } = await buildDataset(ctx(), sink(), { format: 'both', validationPercent: 0 });
    expect(manifest.valid).toBe(true);
    expect(manifest.files.map((f) => f.kind)).toEqual(['train']);
    expect(manifest.notes.join()).toMatch(/dpo part left out: dpo_train: 0 pairs/);
    expect((await readdir(join(dir, 'datasets', agentId, manifest.id))).sort()).toEqual(['manifest.json', 'train.jsonl']);
  });
});
