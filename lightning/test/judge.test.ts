import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIClient, silentLogger } from '@mcp-aks/core';
import { label } from '../src/rewards/label';
import { OpenAIChatModel } from '../src/model';
import { JUDGE_RUBRIC, judgePrompt, parseVerdict } from '../src/rewards/judge';
import { agreementOf, judgeAgreement } from '../src/rewards/agreement';
import { main } from '../src/cli/main';
import { makeReward } from './helpers/fixtures';
import { EmbeddedStore, LightningStore } from '../src/store';
import { makeEpisode } from './helpers/fixtures';
import { startOpenAIStandIn } from './helpers/openai-standin';

describe('the LLM judge', () => {
  let dir: string;
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-judge-'));
    standIn = await startOpenAIStandIn();
  });
  afterAll(async () => {
    await standIn.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('parses only verdicts in range', () => {
    expect(parseVerdict('{"score": 0.5, "reason": "ok"}')).toEqual({ score: 0.5, reason: 'ok' });
    expect(parseVerdict('Sure! {"score": -1}')).toEqual({ score: -1, reason: '' });
    expect(parseVerdict('{"score": 3}')).toBeUndefined();
    expect(parseVerdict('no json')).toBeUndefined();
  });

  it('grades with the pinned rubric through the model, once per episode and version', async () => {
    const store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
    const agentId = 'agent-judge';
    const eps = [
      makeEpisode({ agentId, output: { text: 'right answer' } }),
      makeEpisode({ agentId, output: { text: 'wrong answer' } }),
      makeEpisode({ agentId, output: { text: 'garbled answer' } }),
      makeEpisode({ agentId, outcome: 'error', output: { text: '' } }),
    ];
    await store.putEpisodes(eps);
    const model = new OpenAIChatModel(createOpenAIClient({ kind: 'compatible', baseURL: standIn.baseURL }, { maxRetries: 0 }), 'judge-model');
    const ctx = { store, agentId, logger: silentLogger, model };
    const result = await label(ctx, { sources: ['heuristic', 'judge'] });
    expect(result.judge).toEqual({ written: 2, unchanged: 0, unparsable: 1, failed: 0 });
    const chats = standIn.requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => JSON.parse(r.body.toString('utf8')) as { model: string; temperature: number; messages: { content: string }[] });
    expect(chats).toHaveLength(3); // the failed call is not judged
    for (const chat of chats) {
      expect(chat).toMatchObject({ model: 'judge-model', temperature: 0 });
      expect(chat.messages[0]!.content).toBe(JUDGE_RUBRIC);
    }
    const judged = await store.listRewards(agentId, { limit: 10, source: 'judge' });
    expect(judged.map((r) => r.value).sort()).toEqual([-1, 0.8]);
    expect(judged[0]!.version).toBe('judge-v2:judge-model');
    const again = await label(ctx, { sources: ['heuristic', 'judge'] });
    expect(again.judge).toMatchObject({ written: 0, unchanged: 2, unparsable: 1 }); // only the unparsable one is asked again
    await expect(label({ store, agentId, logger: silentLogger }, { sources: ['judge'] })).rejects.toThrow(/needs a model/);
    await store.close();
  });

  it('sees what the answer was based on (the retrieved instructions), redacted', () => {
    const episode = makeEpisode({
      tool: 'next_best_action',
      input: { task: 'Rotate the storage key; mail ops@contoso.com' },
      output: { text: '1. Regenerate key2\n2. Update the secret' },
      modelCalls: [
        {
          provider: 'p',
          model: 'serving-model',
          tuned: false,
          request: {
            messages: [
              { role: 'system', content: 'You plan the next best actions.' },
              { role: 'user', content: 'Task: Rotate the storage key\n\nReference instructions:\n- Rotate storage keys: regenerate key2, switch apps, regenerate key1. AccountKey=abcdef123456' },
            ],
          },
          response: { content: '1. Regenerate key2', finishReason: 'stop' },
          latencyMs: 5,
        },
      ],
    });
    const prompt = judgePrompt(episode);
    expect(prompt).toContain('Reference instructions:\n- Rotate storage keys: regenerate key2, switch apps, regenerate key1.');
    expect(prompt).toContain('[system] You plan the next best actions.');
    expect(prompt).not.toMatch(/abcdef123456|ops@contoso\.com/);
    expect(prompt).toContain('[REDACTED_SECRET]');
    expect(prompt).toContain('[REDACTED_EMAIL]');
  });

  it('measures its agreement with human ratings (lightning judge-agreement)', async () => {
    expect(agreementOf([])).toMatchObject({ episodes: 0, agreement: null, correlation: null });
    const measured = agreementOf([
      { episodeId: 'a', human: 1, judge: 0.8, version: 'judge-v2:m' },
      { episodeId: 'b', human: -1, judge: -0.5, version: 'judge-v2:m' },
      { episodeId: 'c', human: 0.9, judge: -1, version: 'judge-v2:m' },
      { episodeId: 'd', human: 0, judge: 0.2, version: 'judge-v2:m' },
    ]);
    expect(measured).toMatchObject({ episodes: 4, sameSide: 3, agreement: 0.75, meanAbsoluteError: 0.7, versions: { 'judge-v2:m': 4 } });
    expect(measured.worst[0]).toEqual({ episodeId: 'c', human: 0.9, judge: -1 });
    expect(measured.correlation).toBeGreaterThan(0);
    expect(measured.correlation).toBeLessThan(0.6);

    // Through the CLI, on a store where the judge (LIGHTNING_JUDGE_MODEL) graded rated episodes.
    const dataDir = join(dir, 'agreement');
    const agentId = 'agent-agree';
    const store = new LightningStore(new EmbeddedStore(join(dataDir, 'lightning')));
    const eps = [makeEpisode({ agentId, output: { text: 'right answer' } }), makeEpisode({ agentId, output: { text: 'wrong answer' } }), makeEpisode({ agentId, output: { text: 'right answer too' } })];
    await store.putEpisodes(eps);
    await store.putRewards([makeReward(eps[0]!, 1, 'feedback'), makeReward(eps[1]!, -1, 'feedback'), makeReward(eps[2]!, -0.5, 'manual')]);
    await store.close();
    const env = { DATA_DIR: dataDir, LIGHTNING_AGENT_ID: agentId, OPENAI_BASE_URL: standIn.baseURL, OPENAI_MODEL: 'serving-model' };
    const run = async (args: string[], extra: Record<string, string> = {}) => {
      let out = '';
      let err = '';
      const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: { ...env, ...extra } });
      return { code, out, err };
    };
    const unset = await run(['label', '--judge']);
    expect(unset.code).toBe(3);
    expect(unset.err).toMatch(/set LIGHTNING_JUDGE_MODEL/);
    const before = standIn.requests.length;
    expect((await run(['label', '--judge', '--quiet'], { LIGHTNING_JUDGE_MODEL: 'judge-model' })).code).toBe(0);
    const asked = standIn.requests.slice(before).map((r) => (JSON.parse(r.body.toString('utf8')) as { model: string }).model);
    expect(asked).toEqual(['judge-model', 'judge-model', 'judge-model']);
    const report = await run(['judge-agreement', '--json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({ episodes: 3, sameSide: 2, agreement: 0.667, versions: { 'judge-v2:judge-model': 3 } });
    const reopened = new LightningStore(new EmbeddedStore(join(dataDir, 'lightning')));
    expect((await judgeAgreement({ store: reopened, agentId })).worst[0]).toMatchObject({ episodeId: eps[2]!.id, human: -0.5, judge: 0.8 });
    await reopened.close();
  });

  it('samples alternative answers to rated prompts so preference pairs come from real traffic', async () => {
    const dataDir = join(dir, 'alternatives');
    const agentId = 'agent-alt';
    const store = new LightningStore(new EmbeddedStore(join(dataDir, 'lightning')));
    const question = (i: number) => `How do I drain node pool ${i}?`;
    const rated = Array.from({ length: 12 }, (_, i) =>
      makeEpisode({
        agentId,
        sessionHash: `s${i}`,
        input: { question: question(i) },
        output: { text: `That is wrong ${i}: delete the cluster` },
        modelCalls: [
          {
            provider: 'p',
            model: 'serving-model',
            tuned: false,
            request: { messages: [{ role: 'system', content: 'You answer questions about AKS.' }, { role: 'user', content: question(i) }] },
            response: { content: `That is wrong ${i}: delete the cluster`, finishReason: 'stop' },
            latencyMs: 5,
          },
        ],
      }),
    );
    const unrated = makeEpisode({ agentId });
    await store.putEpisodes([...rated, unrated]);
    await store.putRewards(rated.map((e) => makeReward(e, -1, 'feedback')));
    await store.close();
    const env = { DATA_DIR: dataDir, LIGHTNING_AGENT_ID: agentId, OPENAI_BASE_URL: standIn.baseURL, OPENAI_MODEL: 'serving-model', LIGHTNING_JUDGE_MODEL: 'judge-model' };
    const run = async (args: string[]) => {
      let out = '';
      let err = '';
      const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env });
      return { code, out, err };
    };
    expect(JSON.parse((await run(['sample-alternatives', '--dry-run', '--json'])).out)).toMatchObject({ dryRun: true, prompts: 12, alternatives: 12 });
    const before = standIn.requests.length;
    const sampled = await run(['sample-alternatives', '--json', '--quiet']);
    expect(sampled.code).toBe(0);
    expect(JSON.parse(sampled.out)).toMatchObject({ prompts: 12, alternatives: 12, judged: 12, failed: 0 });
    const bodies = standIn.requests.slice(before).map((r) => JSON.parse(r.body.toString('utf8')) as { model: string; temperature: number; messages: { content: string }[] });
    expect(bodies.filter((b) => b.model === 'serving-model')).toHaveLength(12);
    expect(bodies.filter((b) => b.model === 'serving-model').every((b) => b.temperature === 0.9 && b.messages.at(-1)!.content.startsWith('How do I drain'))).toBe(true);
    expect(bodies.filter((b) => b.model === 'judge-model')).toHaveLength(12);
    // Run again: every prompt has its alternative already.
    expect(JSON.parse((await run(['sample-alternatives', '--json'])).out)).toMatchObject({ prompts: 0, alternatives: 0 });

    const built = await run(['build-dataset', '--format', 'dpo', '--validation-percent', '0', '--json']);
    expect(built.code).toBe(0);
    const manifest = JSON.parse(built.out) as { counts: Record<string, number>; files: { kind: string; location: string }[] };
    expect(manifest.counts.dpo_train).toBe(12);
    const { readFile } = await import('node:fs/promises');
    const pairs = (await readFile(manifest.files.find((f) => f.kind === 'dpo_train')!.location, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { preferred_output: { content: string }[]; non_preferred_output: { content: string }[] });
    for (const pair of pairs) {
      expect(pair.preferred_output[0]!.content).toMatch(/^Answer to: How do I drain node pool \d+\?/);
      expect(pair.non_preferred_output[0]!.content).toMatch(/^That is wrong \d+/);
    }
  });
});
