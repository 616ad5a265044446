import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, startRecorder, type RecordedRequest, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { reward, seed, seedRewards } from './seed';

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());
beforeEach(() => recorder.reset());

/**
 * 40 captured episodes; the first `rated` carry a person's rating (feedback) and a judge reward, the judge on
 * the person's side of 0.5 for the first `agreeing` of them.
 */
async function dataDir(rated: number, agreeing: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lightning-judge-'));
  await seed(dir, 40);
  await seedRewards(
    dir,
    Array.from({ length: rated }, (_, i) => [reward(`ep-${i}`, 'feedback', 0.9), reward(`ep-${i}`, 'judge', i < agreeing ? 0.8 : -0.5)]).flat(),
  );
  return dir;
}

describe('judge-agreement', () => {
  it('reports how often the judge agrees with people in the step summary and outputs', async () => {
    const result = await runInProcess(run, { commands: 'judge-agreement', 'data-dir': await dataDir(25, 22) });
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs).toMatchObject({ 'judge-agreement': '0.88', 'judge-agreement-episodes': '25' });
    expect(result.summary).toContain('### Judge agreement: OK');
    expect(result.summary).toContain('| Same side of 0.5 | 22 (88%) |');
    expect(result.summary).toContain('| Judge versions | judge-v2:judge-model (25) |');
    expect(result.summary).toMatch(/\| judge-agreement \| OK: the LLM judge agrees with human ratings on 22 of 25 episodes \(0\.88; minimum 0\.7\)/);
    expect(result.log).not.toContain('::warning::the LLM judge');
    expect(recorder.requests).toHaveLength(0); // it reads rewards, it calls no model
  });

  it('stops the loop on poor agreement when on-poor-judge-agreement is fail, before the dataset is built', async () => {
    const result = await runInProcess(run, { commands: 'judge-agreement,build-dataset', 'data-dir': await dataDir(25, 10), 'on-poor-judge-agreement': 'fail', 'min-reward': '0.1', 'validation-percent': '0' });
    expect(result.failed).toBe(true);
    expect(result.log).toMatch(/::error::the LLM judge agrees with human ratings on 10 of 25 episodes \(0\.4\), below the minimum 0\.7: .*on-poor-judge-agreement is fail/);
    expect(result.outputs['dataset-id']).toBeUndefined();
    expect(result.outputs['judge-agreement']).toBe('0.4');
    expect(result.summary).toContain('### Judge agreement: POOR');
    expect(result.summary).toContain('| ep-10 | 0.9 | -0.5 |'); // among the largest disagreements
  });

  it('warns on poor agreement by default and goes on', async () => {
    const result = await runInProcess(run, { commands: 'judge-agreement,build-dataset', 'data-dir': await dataDir(25, 10), 'min-reward': '0.1', 'validation-percent': '0' });
    expect(result.failed, result.log).toBe(false);
    expect(result.log).toMatch(/::warning::the LLM judge agrees with human ratings on 10 of 25 episodes \(0\.4\), below the minimum 0\.7/);
    expect(result.outputs['dataset-id']).toMatch(/^ds-/);
  });

  it('does not judge on too few episodes, and says so', async () => {
    const result = await runInProcess(run, { commands: 'judge-agreement', 'data-dir': await dataDir(5, 0), 'on-poor-judge-agreement': 'fail' });
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs['judge-agreement-episodes']).toBe('5');
    expect(result.log).toContain('::notice::judge agreement not judged: 5 episode(s) have both a judge reward and a human rating, fewer than the 20 needed');
  });

  it('refuses an agreement minimum outside 0-1', async () => {
    const result = await runInProcess(run, { commands: 'judge-agreement', 'data-dir': await dataDir(0, 0), 'min-judge-agreement': '70' });
    expect(result.failed).toBe(true);
    expect(result.log).toMatch(/::error::.*min-judge-agreement/);
  });
});

describe('sample-alternatives', () => {
  /**
   * An OpenAI-compatible endpoint: POST /v1/chat/completions answered in the documented chat completion shape
   * (https://platform.openai.com/docs/api-reference/chat/object); the judge (its rubric as the system
   * message) answers a verdict, the serving model an answer.
   */
  function chatEndpoint() {
    recorder.on('POST', '/v1/chat/completions', (req: RecordedRequest) => {
      const body = req.json as { model: string; messages: { role: string; content: string }[] };
      const judging = body.messages[0]?.content.startsWith('You grade');
      const content = judging ? JSON.stringify({ score: 0.2, reason: 'stand-in judge' }) : 'Scale it with kubectl scale --replicas=3.';
      return { body: { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 20, completion_tokens: 8, total_tokens: 28 } } };
    });
  }
  const env = () => ({ OPENAI_BASE_URL: `${recorder.url}/v1`, OPENAI_MODEL: 'base-model', LIGHTNING_JUDGE_MODEL: 'judge-model' });

  it('spends nothing without an explicit alternatives-limit', async () => {
    chatEndpoint();
    const result = await runInProcess(run, { commands: 'label,sample-alternatives', 'data-dir': await dataDir(10, 10) }, env());
    expect(result.failed).toBe(true);
    expect(result.log).toContain("::error::sample-alternatives calls the serving model and the judge for every alternative: set input 'alternatives-limit'");
    expect(recorder.requests).toHaveLength(0);
    expect(result.summary).not.toContain('| label |'); // refused before the loop started
  });

  it('samples and grades at most alternatives-limit prompts, and nothing twice', async () => {
    chatEndpoint();
    const dir = await dataDir(10, 10);
    const inputs = { commands: 'sample-alternatives', 'data-dir': dir, 'alternatives-limit': '3', 'alternatives-temperature': '0.7' };
    const first = await runInProcess(run, inputs, env());
    expect(first.failed, first.log).toBe(false);
    expect(first.outputs['alternatives-sampled']).toBe('3');
    const calls = recorder.find('POST', '/v1/chat/completions').map((r) => r.json as { model: string; temperature?: number });
    expect(calls.filter((c) => c.model === 'base-model').map((c) => c.temperature)).toEqual([0.7, 0.7, 0.7]);
    expect(calls.filter((c) => c.model === 'judge-model')).toHaveLength(3);
    expect(first.summary).toContain('| sample-alternatives | sampled 3 alternative answers for 3 rated prompts (0 without a verdict, 0 failed) |');

    recorder.reset();
    chatEndpoint();
    const again = await runInProcess(run, inputs, env());
    expect(again.failed, again.log).toBe(false);
    expect(again.outputs['alternatives-sampled']).toBe('0');
    expect(recorder.requests).toHaveLength(0);
  });
});
