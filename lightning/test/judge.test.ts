import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIClient, silentLogger } from '@mcp-aks/core';
import { label } from '../src/rewards/label';
import { OpenAIChatModel } from '../src/model';
import { JUDGE_RUBRIC, parseVerdict } from '../src/rewards/judge';
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
    expect(judged[0]!.version).toBe('judge-v1:judge-model');
    const again = await label(ctx, { sources: ['heuristic', 'judge'] });
    expect(again.judge).toMatchObject({ written: 0, unchanged: 2, unparsable: 1 }); // only the unparsable one is asked again
    await expect(label({ store, agentId, logger: silentLogger }, { sources: ['judge'] })).rejects.toThrow(/needs a model/);
    await store.close();
  });
});
