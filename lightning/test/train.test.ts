import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIClient, isAppError, silentLogger } from '@mcp-aks/core';
import { buildDataset, LocalDatasetSink } from '../src/dataset';
import { EmbeddedStore, LightningStore } from '../src/store';
import { jobRequest, status, train } from '../src/training/train';
import { makeEpisode, makeReward } from './helpers/fixtures';
import { StaticTokenCredential } from './helpers/credential';
import { startOpenAIStandIn } from './helpers/openai-standin';

let dir: string;
let store: LightningStore;
let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>> | undefined;
const agentId = 'agent-train';
const progress: string[] = [];
const ctx = () => ({ store, agentId, logger: silentLogger, progress: (m: string) => progress.push(m) });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lightning-train-'));
  store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
  progress.length = 0;
  const eps = Array.from({ length: 30 }, (_, i) => makeEpisode({ agentId, input: { question: `Question ${i}` }, sessionHash: `s${i}` }));
  await store.putEpisodes(eps);
  await store.putRewards(eps.map((e) => makeReward(e, 1, 'feedback')));
});
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function dataset(sink: LocalDatasetSink) {
  const { manifest } = await buildDataset(ctx(), sink, { validationPercent: 30, targetModel: 'gpt-4.1-mini-2025-04-14' });
  expect(manifest.valid).toBe(true);
  return manifest;
}

describe('train and status against the Azure OpenAI v1 API (HTTP boundary)', () => {
  it('uploads the files, waits for processing, creates the job and follows it through every state', async () => {
    standIn = await startOpenAIStandIn({ prefix: '/openai/v1', jobStates: ['queued', 'running', 'paused', 'running', 'succeeded'] });
    const credential = new StaticTokenCredential('entra-token');
    const openai = createOpenAIClient({ kind: 'azure', baseURL: standIn.baseURL, credential }, { maxRetries: 0 });
    const sink = new LocalDatasetSink(join(dir, 'datasets'));
    const manifest = await dataset(sink);

    const result = await train(ctx(), { openai, sink, defaultBaseModel: 'unused' }, { hyperparameters: { n_epochs: 3 }, seed: 7, suffix: 'aks-helper', pollIntervalMs: 1 });
    expect(result.run).toMatchObject({ datasetId: manifest.id, method: 'supervised', baseModel: 'gpt-4.1-mini-2025-04-14', jobId: 'ftjob-1', status: 'validating_files' });

    // Every request carried the Entra token for the Cognitive Services scope.
    expect(credential.scopes).toContain('https://cognitiveservices.azure.com/.default');
    for (const r of standIn.requests) expect(r.headers.authorization).toBe('Bearer entra-token');
    const calls = standIn.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      'POST /openai/v1/files',
      'POST /openai/v1/files',
      'GET /openai/v1/files/file-1',
      'GET /openai/v1/files/file-1',
      'GET /openai/v1/files/file-2',
      'GET /openai/v1/files/file-2',
      'POST /openai/v1/fine_tuning/jobs',
    ]);
    // The uploaded bytes are the dataset's files, with purpose fine-tune.
    const train_ = manifest.files.find((f) => f.kind === 'train')!;
    const validation = manifest.files.find((f) => f.kind === 'validation')!;
    expect(standIn.files.get('file-1')).toMatchObject({ purpose: 'fine-tune', filename: 'train.jsonl', content: await readFile(train_.location, 'utf8') });
    expect(standIn.files.get('file-2')).toMatchObject({ purpose: 'fine-tune', filename: 'validation.jsonl', content: await readFile(validation.location, 'utf8') });
    // The job body is exactly the documented shape.
    const jobBody = JSON.parse(standIn.requests.at(-1)!.body.toString('utf8')) as unknown;
    expect(jobBody).toEqual({
      model: 'gpt-4.1-mini-2025-04-14',
      training_file: 'file-1',
      validation_file: 'file-2',
      seed: 7,
      suffix: 'aks-helper',
      method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 3 } } },
    });
    expect(standIn.requests.at(-1)!.headers['content-type']).toMatch(/application\/json/);

    const followed = await status(ctx(), { openai }, { follow: true, intervalMs: 1, timeoutMs: 10_000 });
    expect(followed.terminal).toBe(true);
    expect(followed.run).toMatchObject({ status: 'succeeded', fineTunedModel: 'gpt-4.1-mini-2025-04-14.ft-standin' });
    expect(progress.filter((m) => m.includes(' -> ')).map((m) => m.split(' ').at(-1))).toEqual(['queued', 'running', 'paused', 'running', 'succeeded']);
    // Each event reported once, in order.
    expect(followed.events.map((e) => e.message)).toEqual(['Job entered validating_files', 'Job entered queued', 'Job entered running', 'Job entered paused', 'Job entered running', 'Job entered succeeded']);
    const stored = await store.getTrainingRun(agentId, result.run.id);
    expect(stored).toMatchObject({ status: 'succeeded', fineTunedModel: 'gpt-4.1-mini-2025-04-14.ft-standin', lastEventId: 'ftevent-ftjob-1-5', filesDeleted: true });
    // The job ended: both uploads were deleted from the service (they count against its file quota).
    const deletes = standIn.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
    expect(deletes).toEqual(['/openai/v1/files/file-1', '/openai/v1/files/file-2']);
    expect([...standIn.deleted].sort()).toEqual(['file-1', 'file-2']);
    // A later status reports no event twice, and deletes nothing again.
    const again = await status(ctx(), { openai }, {});
    expect(again.events).toEqual([]);
    expect(standIn.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });

  it('reports a failed job with the service message', async () => {
    standIn = await startOpenAIStandIn({ jobStates: ['running', 'failed'] });
    const openai = createOpenAIClient({ kind: 'compatible', baseURL: standIn.baseURL }, { maxRetries: 0 });
    const sink = new LocalDatasetSink(join(dir, 'datasets'));
    await dataset(sink);
    await train(ctx(), { openai, sink, defaultBaseModel: 'unused' }, { pollIntervalMs: 1 });
    const result = await status(ctx(), { openai }, { follow: true, intervalMs: 1, timeoutMs: 10_000 });
    expect(result.run).toMatchObject({ status: 'failed', error: 'The training file is not valid.' });
  });

  it('stops with a clear error when the service rejects a file', async () => {
    standIn = await startOpenAIStandIn({ failFile: true });
    const openai = createOpenAIClient({ kind: 'compatible', baseURL: standIn.baseURL }, { maxRetries: 0 });
    const sink = new LocalDatasetSink(join(dir, 'datasets'));
    await dataset(sink);
    const error = await train(ctx(), { openai, sink, defaultBaseModel: 'unused' }, { pollIntervalMs: 1 }).catch((e: unknown) => e);
    expect(isAppError(error, 'upstream')).toBe(true);
    expect((error as Error).message).toMatch(/rejected by the service: Invalid file format/);
    expect(standIn.requests.some((r) => r.path.endsWith('/fine_tuning/jobs'))).toBe(false);
  });

  it('dry run: says what it would create, calls nothing', async () => {
    const sink = new LocalDatasetSink(join(dir, 'datasets'));
    await dataset(sink);
    const fail = () => {
      throw new Error('must not be called');
    };
    const openai = new Proxy({}, { get: fail }) as never;
    const result = await train(ctx(), { openai, sink, defaultBaseModel: 'unused' }, { dryRun: true, method: 'supervised' });
    expect(result.job).toMatchObject({ model: 'gpt-4.1-mini-2025-04-14', training_file: '<train.jsonl>', validation_file: '<validation.jsonl>' });
    expect(await store.listTrainingRuns(agentId, 5)).toEqual([]);
  });

  it('trains only on enough newly rated episodes since the last run, and can continue from the active tuned model', async () => {
    standIn = await startOpenAIStandIn();
    const openai = createOpenAIClient({ kind: 'compatible', baseURL: standIn.baseURL }, { maxRetries: 0 });
    const sink = new LocalDatasetSink(join(dir, 'datasets'));
    await dataset(sink);
    const deps = { openai, sink, defaultBaseModel: 'unused' };
    // No run yet: the 30 rated episodes count as new.
    const first = await train(ctx(), deps, { minNewExamples: 30, pollIntervalMs: 1 });
    expect(first.run.status).not.toBe('failed');
    const before = standIn.requests.length;
    const refused = await train(ctx(), deps, { minNewExamples: 5, pollIntervalMs: 1 }).catch((e: unknown) => e);
    expect(isAppError(refused, 'not_found')).toBe(true);
    expect((refused as Error).message).toMatch(/nothing new to train on: 0 episode\(s\) rated since run run-.*, 5 needed \(LIGHTNING_MIN_NEW_EXAMPLES\)/);
    expect(standIn.requests.length).toBe(before); // nothing uploaded
    // Five new ratings (a heuristic is not one) and it trains again.
    const fresh = Array.from({ length: 5 }, (_, i) => makeEpisode({ agentId, input: { question: `New ${i}` } }));
    await store.putEpisodes(fresh);
    await store.putRewards(fresh.map((e) => makeReward(e, 0.5, 'heuristic')));
    await expect(train(ctx(), deps, { minNewExamples: 5, dryRun: true })).rejects.toThrow(/0 episode\(s\) rated/);
    await store.putRewards(fresh.map((e) => ({ ...makeReward(e, 1, 'judge'), createdAt: new Date(Date.now() + 1000).toISOString() })));
    await expect(train(ctx(), deps, { minNewExamples: 5, dryRun: true })).resolves.toMatchObject({ dryRun: true });
    // Continue from the active tuned model.
    await expect(train(ctx(), deps, { fromActive: true, dryRun: true })).rejects.toThrow(/no tuned deployment is active/);
    const now = new Date().toISOString();
    await store.putDeployments([{ id: 'dep-1', agentId, type: 'deployment', deploymentName: 'ft-1', fineTunedModel: 'gpt-4.1-mini.ft-abc', version: 1, active: true, target: 'compatible', createdAt: now, activatedAt: now }]);
    const continued = await train(ctx(), deps, { fromActive: true, dryRun: true });
    expect(continued.job).toMatchObject({ model: 'gpt-4.1-mini.ft-abc' });
  });

  it('builds DPO jobs with beta', () => {
    expect(jobRequest('dpo', 'gpt-4.1-mini', { training: 'f1' }, { hyperparameters: { beta: 0.1, n_epochs: 2 } })).toEqual({
      model: 'gpt-4.1-mini',
      training_file: 'f1',
      method: { type: 'dpo', dpo: { hyperparameters: { n_epochs: 2, beta: 0.1 } } },
    });
  });
});
