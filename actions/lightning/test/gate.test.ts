import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServerEnv, silentLogger } from '@mcp-aks/core';
import { openLightning } from '@mcp-aks/lightning';
import { runInProcess, startRecorder, type RecordedRequest, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { job, seed } from './seed';

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());
beforeEach(() => recorder.reset());

/** An OpenAI-compatible endpoint: chat completions per model (and its judge), files and one fine-tuning job. */
function endpoint(tunedModel: string, tunedAnswer: (question: string) => string) {
  const chat = (req: RecordedRequest) => {
    const body = req.json as { model: string; messages: { role: string; content: string }[] };
    const last = body.messages.at(-1)?.content ?? '';
    let content: string;
    if (body.messages[0]?.content.startsWith('You grade')) {
      const answer = last.split('Answer:\n')[1] ?? '';
      content = JSON.stringify({ score: answer.includes('Verified') ? 1 : answer.startsWith('Use kubectl') ? 0.6 : -0.8, reason: 'stand-in judge' });
    } else content = body.model === tunedModel ? tunedAnswer(last) : `Use kubectl scale for: ${last}`;
    // Shaped like POST /chat/completions's documented response.
    return { body: { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 20, completion_tokens: 8, total_tokens: 28 } } };
  };
  let files = 0;
  recorder
    .on('POST', '/v1/chat/completions', chat)
    .on('POST', '/v1/files', () => ({ body: { id: `file-${++files}`, object: 'file', bytes: 100, created_at: 1, filename: `f${files}.jsonl`, purpose: 'fine-tune', status: 'uploaded' } }))
    .on('GET', /^\/v1\/files\/file-\d$/, (req) => ({ body: { id: req.path.split('/').pop(), object: 'file', bytes: 100, created_at: 1, filename: 'f.jsonl', purpose: 'fine-tune', status: 'processed' } }))
    // DELETE /files/{id} once the job ended: the documented deletion status (API reference, Files: delete).
    .on('DELETE', /^\/v1\/files\/file-\d$/, (req) => ({ body: { id: req.path.split('/').pop(), object: 'file', deleted: true } }))
    .on('POST', '/v1/fine_tuning/jobs', { body: job('queued') })
    .on('GET', '/v1/fine_tuning/jobs/ftjob-1', { body: { ...job('succeeded', tunedModel), result_files: ['file-result-1'] } })
    // GET /files/{id}/content: the job's result CSV (columns as Azure OpenAI documents results.csv).
    .on('GET', '/v1/files/file-result-1/content', { headers: { 'content-type': 'application/octet-stream' }, body: 'step,train_loss,train_mean_token_accuracy,valid_loss,validation_mean_token_accuracy\n1,2.0,0.5,2.1,0.5\n2,1.5,0.6,,\n3,1.1,0.7,1.3,0.65\n' })
    .on('GET', '/v1/fine_tuning/jobs/ftjob-1/events', { body: { object: 'list', data: [], has_more: false } });
}

async function dataDirWithEvalSet(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lightning-gate-action-'));
  await seed(dir, 40);
  const session = await openLightning(loadServerEnv({ DATA_DIR: dir }), { logger: silentLogger });
  try {
    // The first ten episodes (by time) are the evaluation set.
    const added = await session.evalSetAdd({ to: '2026-11-01T00:00:09.000Z' });
    expect(added.added).toBe(10);
  } finally {
    await session.close();
  }
  return dir;
}

const inputs = (dir: string) => ({ commands: 'label,judge-agreement,build-dataset,train,status,evaluate,promote', 'data-dir': dir, 'on-poor-judge-agreement': 'fail', 'min-reward': '0.1', 'allow-promote': 'true', 'status-interval-seconds': '0', 'validation-percent': '0' });
const env = () => ({ OPENAI_BASE_URL: `${recorder.url}/v1`, OPENAI_MODEL: 'base-model', LIGHTNING_JUDGE_MODEL: 'judge-model', LIGHTNING_TRAIN_ON_HEURISTICS: 'true' });

describe('the scheduled workflow path (label, judge-agreement, build-dataset, train, status, evaluate, promote) goes through the gate', () => {
  it('refuses a tuned model that is worse on the evaluation set, and says why in the job summary', async () => {
    const dir = await dataDirWithEvalSet();
    endpoint('ft:base-model:worse', () => 'I cannot help with that.');
    const result = await runInProcess(run, inputs(dir), env());
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs).toMatchObject({ 'run-status': 'succeeded', 'gate-passed': 'false', promoted: 'false' });
    expect(result.summary).toMatch(/\| evaluate \| FAIL: candidate has not beaten the active model/);
    expect(result.summary).toMatch(/\| promote \| refused by the evaluation gate: promote refused ft:base-model:worse/);
    expect(result.summary).toContain('```mermaid\nxychart-beta');
    // The reward distribution, the loss curve and the evaluation, each a chart.
    expect(result.summary).toContain('### Reward distribution');
    expect(result.summary).toMatch(/### Training run run-\S+: succeeded -> `ft:base-model:worse`\n\n```mermaid\nxychart-beta\n.*\n {4}x-axis "step" 1 --> 3/);
    expect(result.summary).toContain('    line [2, 1.5, 1.1]');
    expect(result.summary).toMatch(/### Evaluation eval-\S+: FAIL/);
    // Training never saw an evaluation prompt.
    expect(result.summary).toMatch(/\| excluded_eval_set \| 10 \|/);
    expect(result.log).toContain('::warning::promote refused ft:base-model:worse');
  });

  it('promotes a tuned model that beats the serving one', async () => {
    const dir = await dataDirWithEvalSet();
    endpoint('ft:base-model:better', (q) => `Use kubectl scale for: ${q}. Verified on the cluster.`);
    const result = await runInProcess(run, inputs(dir), env());
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs).toMatchObject({ 'gate-passed': 'true', promoted: 'true', 'deployment-name': 'ft:base-model:better' });
    expect(result.summary).toMatch(/\| promote \| ft:base-model:better is active \(.*candidate beats the active model/);
  });
});
