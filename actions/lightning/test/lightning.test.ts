import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, startRecorder, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { job, seed } from './seed';

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());
beforeEach(() => recorder.reset());

/** The seeded episodes carry no human rating: this loop trains on heuristic rewards, which must be asked for. */
const heuristics = { LIGHTNING_TRAIN_ON_HEURISTICS: 'true' };

async function dataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lightning-action-'));
  await seed(dir, 40);
  return dir;
}

describe('lightning action on the embedded store', () => {
  it('labels, builds a dataset and puts its manifest in the step summary', async () => {
    const dir = await dataDir();
    const result = await runInProcess(run, { commands: 'build-dataset, label', 'data-dir': dir, 'min-reward': '0.1', 'validation-percent': '0' }, heuristics);
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs['dataset-id']).toMatch(/^ds-/);
    expect(result.outputs['dataset-valid']).toBe('true');
    expect(result.summary).toMatch(/### Dataset ds-\S+ \(supervised, valid\)/);
    expect(result.summary).toMatch(/\| train\.jsonl \| \d+ \|/);
    expect(result.summary).toContain('| label | 40 episodes; 40 heuristic rewards written');
    expect(recorder.requests).toHaveLength(0);
  });

  it('trains against an OpenAI-compatible endpoint, follows the job and promotes only when allowed', async () => {
    const dir = await dataDir();
    let files = 0;
    recorder
      .on('POST', '/v1/files', () => ({ body: { id: `file-${++files}`, object: 'file', bytes: 100, created_at: 1, filename: `f${files}.jsonl`, purpose: 'fine-tune', status: 'uploaded' } }))
      .on('GET', /^\/v1\/files\/file-\d$/, (req) => ({ body: { id: req.path.split('/').pop(), object: 'file', bytes: 100, created_at: 1, filename: 'f.jsonl', purpose: 'fine-tune', status: 'processed' } }))
    // DELETE /files/{id} once the job ended: the documented deletion status (API reference, Files: delete).
    .on('DELETE', /^\/v1\/files\/file-\d$/, (req) => ({ body: { id: req.path.split('/').pop(), object: 'file', deleted: true } }))
      .on('POST', '/v1/fine_tuning/jobs', { body: job('queued') })
      .on('GET', '/v1/fine_tuning/jobs/ftjob-1', { body: job('running') }, { body: job('succeeded', 'ft:base-model:mcp:abc') })
      .on('GET', '/v1/fine_tuning/jobs/ftjob-1/events', { body: { object: 'list', data: [{ id: 'ev-1', object: 'fine_tuning.job.event', created_at: 2, level: 'info', message: 'Step 10/10' }], has_more: false } });
    const env = { OPENAI_BASE_URL: `${recorder.url}/v1`, OPENAI_MODEL: 'base-model', ...heuristics };
    const common = { 'data-dir': dir, 'min-reward': '0.1', 'validation-percent': '0', 'status-interval-seconds': '0', 'base-model': 'base-model', suffix: 'mcp' };

    const held = await runInProcess(run, { ...common, commands: 'label,build-dataset,train,status,promote' }, env);
    expect(held.failed, held.log).toBe(false);
    const [create] = recorder.find('POST', '/v1/fine_tuning/jobs');
    expect(create!.json).toMatchObject({ model: 'base-model', suffix: 'mcp', training_file: 'file-1' });
    expect(String(recorder.find('POST', '/v1/files')[0]!.headers['content-type'])).toMatch(/^multipart\/form-data/);
    expect(recorder.find('DELETE', '/v1/files/file-1')).toHaveLength(1); // the upload is deleted once the job ended
    expect(held.outputs).toMatchObject({ 'run-status': 'succeeded', 'fine-tuned-model': 'ft:base-model:mcp:abc', promoted: 'false' });
    expect(held.summary).toContain('| promote | skipped: not allowed (allow-promote is false) |');

    recorder.reset();
    recorder.on('GET', '/v1/fine_tuning/jobs/ftjob-1', { body: job('succeeded', 'ft:base-model:mcp:abc') }).on('GET', '/v1/fine_tuning/jobs/ftjob-1/events', { body: { object: 'list', data: [], has_more: false } });
    // Allowed, promotion still goes through the evaluation gate: with no evaluation set it is refused (gate.test.ts has one).
    const promoted = await runInProcess(run, { ...common, commands: 'status,promote', 'allow-promote': 'true' }, env);
    expect(promoted.failed, promoted.log).toBe(false);
    expect(promoted.outputs.promoted).toBe('false');
    expect(promoted.summary).toMatch(/\| promote \| refused by the evaluation gate: promote refused ft:base-model:mcp:abc: no evaluation set for agent mcp-agents/);
  });

  it('does not promote a failed run even when allowed', async () => {
    const dir = await dataDir();
    recorder
      .on('POST', '/v1/files', { body: { id: 'file-1', object: 'file', bytes: 1, created_at: 1, filename: 'f', purpose: 'fine-tune', status: 'processed' } })
      .on('GET', /^\/v1\/files\//, { body: { id: 'file-1', object: 'file', bytes: 1, created_at: 1, filename: 'f', purpose: 'fine-tune', status: 'processed' } })
      .on('DELETE', '/v1/files/file-1', { body: { id: 'file-1', object: 'file', deleted: true } })
      .on('POST', '/v1/fine_tuning/jobs', { body: job('queued') })
      .on('GET', '/v1/fine_tuning/jobs/ftjob-1', { body: { ...job('failed'), error: { code: 'invalid_training_file', message: 'bad file', param: null } } })
      .on('GET', '/v1/fine_tuning/jobs/ftjob-1/events', { body: { object: 'list', data: [], has_more: false } });
    const result = await runInProcess(run, { commands: 'label,build-dataset,train,status,promote', 'data-dir': dir, 'min-reward': '0.1', 'allow-promote': 'true', 'status-interval-seconds': '0', 'validation-percent': '0' }, { OPENAI_BASE_URL: `${recorder.url}/v1`, OPENAI_MODEL: 'base-model', ...heuristics });
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs).toMatchObject({ 'run-status': 'failed', promoted: 'false' });
    expect(result.summary).toMatch(/skipped: training run run-\S+ is failed, not succeeded/);
    expect(recorder.find('DELETE', '/v1/files/file-1')).toHaveLength(1); // a failed job's upload is deleted too
  });

  it('refuses unknown commands', async () => {
    const result = await runInProcess(run, { commands: 'label,deploy', 'data-dir': mkdtempSync(join(tmpdir(), 'lightning-action-')) });
    expect(result.failed).toBe(true);
    expect(result.log).toContain('::error::unknown command(s) deploy: choose from label, judge-agreement, sample-alternatives, build-dataset, train, status, evaluate, promote');
  });
});
