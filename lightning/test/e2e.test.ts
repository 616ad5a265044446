import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { silentLogger } from '@mcp-aks/core';
import { startServer } from '@mcp-aks/server';
import { cli } from './helpers/cli';
import { checkMessages, type SupervisedExample } from '../src/dataset';
import type { DatasetManifest, Episode } from '../src/schemas';
import { startOpenAIStandIn } from './helpers/openai-standin';

type CallResult = Awaited<ReturnType<Client['callTool']>>;
const structured = <T>(r: CallResult) => r.structuredContent as T;

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'lightning-e2e', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

describe('the Lightning loop end to end on the embedded store', () => {
  let dir: string;
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-e2e-'));
    standIn = await startOpenAIStandIn({ jobStates: ['queued', 'running', 'paused', 'running', 'succeeded'], fineTunedModel: 'base-model.ft-e2e' });
    env = {
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_RPS: '0',
      LIGHTNING_AGENT_ID: 'e2e-agent',
      LIGHTNING_CAPTURE_FLUSH_MS: '20',
      OPENAI_BASE_URL: standIn.baseURL,
      OPENAI_MODEL: 'base-model',
    };
  });
  afterAll(async () => {
    await standIn.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('captures calls through the server, labels them, builds a dataset, trains, promotes and serves the tuned model', async () => {
    const server = await startServer({ env: { ...env, ENABLE_LIGHTNING_CAPTURE: 'true' }, logger: silentLogger, defaultMetrics: false });
    let client: Client | undefined;
    try {
      client = await connect(server.url);
      const questions = Array.from({ length: 14 }, (_, i) => `How do I scale deployment web-${i} on AKS?${i === 3 ? ' Reply to ops-lead@contoso.com' : ''}`);
      for (const question of questions) {
        const answer = await client.callTool({ name: 'ask_foundry', arguments: { question } });
        expect(answer.isError).toBeFalsy();
      }
      for (const task of ['Roll out a new image to the web deployment', 'Rotate the storage account key']) {
        expect((await client.callTool({ name: 'next_best_action', arguments: { task } })).isError).toBeFalsy();
      }
      await client.callTool({ name: 'hello_mcp', arguments: {} });

      // The agent sees its episodes through the server, and rates one answer as bad.
      const listed = structured<{ episodes: { id: string; tool: string; model: string; tuned: boolean }[] }>(await client.callTool({ name: 'lightning_list_episodes', arguments: { limit: 50 } }));
      expect(listed.episodes).toHaveLength(16); // hello_mcp is not model-backed: not captured by default
      expect(new Set(listed.episodes.map((e) => e.tool))).toEqual(new Set(['ask_foundry', 'next_best_action']));
      expect(listed.episodes.every((e) => e.model === 'base-model' && !e.tuned)).toBe(true);
      const first = await client.callTool({ name: 'lightning_get_episode', arguments: { episode_id: listed.episodes.at(-1)!.id } });
      const episode = structured<{ episode: Episode }>(first).episode;
      expect(episode).toMatchObject({ agentId: 'e2e-agent', tool: 'ask_foundry', input: { question: questions[0] }, outcome: 'ok' });
      expect(episode.modelCalls[0]!.request.messages.at(-1)!.content).toBe(questions[0]);
      expect(episode.modelCalls[0]!.response!.content).toBe(`Answer to: ${questions[0]}`);
      const feedback = await client.callTool({ name: 'submit_feedback', arguments: { episode_id: episode.id, score: -1, comment: 'wrong deployment' } });
      expect(feedback.isError).toBeFalsy();
      const bad = await client.callTool({ name: 'submit_feedback', arguments: { episode_id: episode.id, score: 2 } });
      expect(bad.isError).toBe(true);
      const stats = structured<{ episodes: number; rewards: number }>(await client.callTool({ name: 'lightning_get_stats', arguments: {} }));
      expect(stats).toMatchObject({ episodes: 16, rewards: 1 });
    } finally {
      await client?.close();
      await server.close();
    }

    // label and build-dataset, as the CLI runs them.
    const labeled = await cli(['label', '--json'], env);
    expect(labeled.code).toBe(0);
    expect(JSON.parse(labeled.out)).toMatchObject({ episodes: 16, feedbackRewards: 1, heuristic: { written: 16 } });
    // One rating in sixteen: the loop is run here on heuristics, which must be asked for.
    const built = await cli(['build-dataset', '--json', '--validation-percent', '0', '--allow-heuristic-only'], env);
    expect(built.err).not.toMatch(/error/i);
    expect(built.code).toBe(0);
    const manifest = JSON.parse(built.out) as DatasetManifest;
    // Two emails: the question and the answer that repeats it.
    expect(manifest).toMatchObject({ valid: true, counts: { episodes_read: 16, train: 15, redacted_email: 2 }  });

    // The file, line by line, against the fine-tuning rules.
    const trainFile = manifest.files.find((f) => f.kind === 'train')!;
    expect(trainFile.location).toBe(join(dir, 'lightning', 'datasets', 'e2e-agent', manifest.id, 'train.jsonl'));
    const text = await readFile(trainFile.location, 'utf8');
    expect(Buffer.byteLength(text)).toBe(trainFile.bytes);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(15);
    const users = new Set<string>();
    for (const line of lines) {
      const example = JSON.parse(line) as SupervisedExample;
      expect(Object.keys(example)).toEqual(['messages']);
      expect(checkMessages(example.messages, 65_536)).toBeUndefined();
      expect(example.messages[0]!.role).toBe('system');
      const user = example.messages.filter((m) => m.role === 'user').at(-1)!.content!;
      users.add(user);
      expect(user).not.toContain('@contoso.com');
      expect(example.messages.at(-1)!.role).toBe('assistant');
    }
    expect(users.has(questions0())).toBe(false); // the answer rated -1 is left out
    expect([...users].some((u) => u.includes('[REDACTED_EMAIL]'))).toBe(true);
    expect([...users].filter((u) => u.startsWith('Task:'))).toHaveLength(2);

    // train, follow the job, promote (a compatible endpoint: the model is recorded as the active one).
    const trained = await cli(['train', '--json', '--epochs', '2', '--poll-interval', '0.001'], env);
    expect(trained.code).toBe(0);
    expect(standIn.files.get('file-1')?.content).toBe(text);
    const followed = await cli(['status', '--follow', '--interval', '0.001', '--json'], env);
    expect(followed.code).toBe(0);
    expect(followed.err).toContain('-> paused');
    expect(JSON.parse(followed.out)).toMatchObject({ terminal: true, run: { status: 'succeeded', fineTunedModel: 'base-model.ft-e2e' } });
    // This loop keeps no evaluation set: the gate is bypassed with a recorded reason (gate.e2e.test.ts runs it).
    const promoted = await cli(['promote', '--json', '--force', 'the loop test keeps no evaluation set'], env);
    expect(promoted.code).toBe(0);
    expect(JSON.parse(promoted.out)).toMatchObject({ deployment: { deploymentName: 'base-model.ft-e2e', active: true, target: 'compatible' } });

    // USE_TUNED_MODEL: the next server answers with the tuned model, and its episodes say so.
    const tuned = await startServer({ env: { ...env, ENABLE_LIGHTNING_CAPTURE: 'true', USE_TUNED_MODEL: 'true' }, logger: silentLogger, defaultMetrics: false });
    try {
      client = await connect(tuned.url);
      const before = standIn.requests.length;
      expect((await client.callTool({ name: 'ask_foundry', arguments: { question: 'Is the tuned model serving?' } })).isError).toBeFalsy();
      const chat = standIn.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))!;
      expect((JSON.parse(chat.body.toString('utf8')) as { model: string }).model).toBe('base-model.ft-e2e');
      const newest = structured<{ episodes: { model: string; tuned: boolean }[] }>(await client.callTool({ name: 'lightning_list_episodes', arguments: { limit: 1 } })).episodes[0];
      expect(newest).toMatchObject({ model: 'base-model.ft-e2e', tuned: true });
    } finally {
      await client?.close();
      await tuned.close();
    }

    function questions0() {
      return 'How do I scale deployment web-0 on AKS?';
    }
  });

  it('fails clearly when train has no endpoint configured', async () => {
    const result = await cli(['train'], { DATA_DIR: dir, LIGHTNING_AGENT_ID: 'e2e-agent' });
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/set FOUNDRY_PROJECT_ENDPOINT .* or OPENAI_BASE_URL/);
  });
});
