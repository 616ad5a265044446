import { Agent } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServerEnv, silentLogger } from '@mcp-aks/core';
import { deactivate, promote, rollback } from '../src/deployments/promote';
import { accountNameFromEndpoint, deploymentPrefix, planPromotion, planRollback } from '../src/deployments/plan';
import { TunedModelSelector } from '../src/deployments/selector';
import { createPromotionTarget } from '../src/environment';
import { EmbeddedStore, LightningStore } from '../src/store';
import type { Deployment, TrainingRun } from '../src/schemas';
import { OpenAI } from 'openai';
import { addToEvalSet } from '../src/evaluate/eval-set';
import { promotionGate } from '../src/evaluate/gate';
import { OpenAIChatModel } from '../src/model';
import { StaticTokenCredential } from './helpers/credential';
import { makeEpisode } from './helpers/fixtures';
import { startOpenAIStandIn } from './helpers/openai-standin';
import { startHttpsRecorder, type Recorded } from './helpers/https-recorder';

const agentId = 'agent-p';
const accountPath = '/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.CognitiveServices/accounts/acct-1/deployments';

function run(n: number): TrainingRun {
  const at = new Date(Date.UTC(2026, 0, n)).toISOString();
  return { id: `run-${n}`, agentId, type: 'training_run', datasetId: 'ds', method: 'supervised', baseModel: 'gpt-4.1-mini-2025-04-14', jobId: `ftjob-${n}`, status: 'succeeded', fineTunedModel: `gpt-4.1-mini-2025-04-14.ft-${n}`, hyperparameters: {}, createdAt: at, updatedAt: at };
}

describe('promote, rollback and the tuned model (ARM at the HTTP boundary)', () => {
  let dir: string;
  let store: LightningStore;
  let recorder: Awaited<ReturnType<typeof startHttpsRecorder>>;
  const polls = new Map<string, number>();
  /** Deployments deleted outside Lightning: GET answers 404 as ARM does (Deployments - Get). */
  const gone = new Set<string>();
  let clock = Date.UTC(2026, 1, 1);
  const ctx = () => ({ store, agentId, logger: silentLogger, now: () => new Date((clock += 1000)) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-promote-'));
    store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
    recorder = await startHttpsRecorder((r: Recorded) => {
      const name = r.path.split('/').at(-1)!;
      const resource = (state: string) => ({ id: r.path, name, type: 'Microsoft.CognitiveServices/accounts/deployments', sku: { name: 'GlobalStandard', capacity: 10 }, properties: { model: { format: 'OpenAI', name: 'x', version: '1' }, provisioningState: state } });
      if (r.method === 'PUT') return { status: 201, body: resource('Creating') };
      if (r.method === 'GET' && gone.has(name)) return { status: 404, body: { error: { code: 'DeploymentNotFound', message: `The deployment ${name} was not found.` } } };
      if (r.method === 'GET') {
        const n = (polls.get(name) ?? 0) + 1;
        polls.set(name, n);
        return { status: 200, body: resource(n >= 2 ? 'Succeeded' : 'Creating') };
      }
      if (r.method === 'DELETE') return { status: 200 };
      return { status: 404, body: { error: { code: 'NotFound', message: 'no route' } } };
    });
  });
  afterAll(async () => {
    await store.close();
    await recorder.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('derives names and plans without I/O', () => {
    expect(accountNameFromEndpoint('https://acct-1.services.ai.azure.com/api/projects/p1')).toBe('acct-1');
    expect(accountNameFromEndpoint('https://my-aoai.openai.azure.com/')).toBe('my-aoai');
    expect(accountNameFromEndpoint('http://127.0.0.1:8080/v1')).toBeUndefined();
    expect(deploymentPrefix('MCP Agents!')).toBe('mcp-agents-ft');
    const d = (v: number, active = false): Deployment => ({ id: `d${v}`, agentId, type: 'deployment', deploymentName: `x-v${v}`, fineTunedModel: 'm', version: v, active, target: 'azure', createdAt: `2026-01-0${v}`, activatedAt: `2026-01-0${v}` });
    const plan = planPromotion([d(1), d(2), d(3, true)], d(4), 3, 'now');
    expect(plan.remove.map((x) => x.version)).toEqual([1]);
    expect(plan.deactivate.map((x) => x.version)).toEqual([3]);
    expect(planRollback([d(1), d(2), d(3, true)], 'now')?.activate.version).toBe(2);
    expect(planRollback([d(1, true)], 'now')).toBeUndefined();
  });

  it('creates versioned deployments through the management plane, keeps at most N, and rolls back', async () => {
    const credential = new StaticTokenCredential('arm-token');
    const env = loadServerEnv({
      DATA_DIR: dir,
      LIGHTNING_AGENT_ID: agentId,
      AZURE_SUBSCRIPTION_ID: 'sub-1',
      AZURE_RESOURCE_GROUP: 'rg-1',
      FOUNDRY_PROJECT_ENDPOINT: 'https://acct-1.services.ai.azure.com/api/projects/p1',
      AZURE_RESOURCE_MANAGER_ENDPOINT: recorder.url,
      LIGHTNING_DEPLOYMENT_CAPACITY: '10',
    });
    const agent = new Agent({ rejectUnauthorized: false });
    const target = await createPromotionTarget(env, () => credential, {
      pollIntervalMs: 1,
      additionalPolicies: [{ position: 'perCall', policy: { name: 'loopback-test-tls', sendRequest: (request, next) => ((request.agent = agent), next(request)) } }],
    });
    expect(target?.kind).toBe('azure');
    await store.putTrainingRun(run(1));

    const first = await promote(ctx(), target, { maxDeployments: 3 });
    expect(first.deployment).toMatchObject({ deploymentName: 'agent-p-ft-v1', fineTunedModel: 'gpt-4.1-mini-2025-04-14.ft-1', version: 1, active: true, provisioningState: 'Succeeded', trainingRunId: 'run-1' });
    const put = recorder.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`${accountPath}/agent-p-ft-v1`);
    expect(put.query.get('api-version')).toBe('2025-09-01');
    expect(put.headers.authorization).toBe('Bearer arm-token');
    // GlobalStandard by default: the deployment type offered for fine-tuned models in most regions.
    expect(put.body).toEqual({ sku: { name: 'GlobalStandard', capacity: 10 }, properties: { model: { format: 'OpenAI', name: 'gpt-4.1-mini-2025-04-14.ft-1', version: '1' } } });
    // The operation was followed until Succeeded.
    expect(recorder.requests.filter((r) => r.method === 'GET' && r.path.endsWith('agent-p-ft-v1')).length).toBe(2);
    expect(credential.scopes).toContain(`${recorder.url}/.default`);

    for (const n of [2, 3, 4]) {
      await store.putTrainingRun(run(n));
      await promote(ctx(), target, { runId: `run-${n}`, maxDeployments: 3 });
    }
    // v1 was removed from the service when v4 came; v2 and v3 remain for rollback.
    const deletes = recorder.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
    expect(deletes).toEqual([`${accountPath}/agent-p-ft-v1`]);
    const all = await store.listDeployments(agentId, 10);
    expect(all.map((d) => [d.version, d.active, Boolean(d.deletedAt)])).toEqual([
      [4, true, false],
      [3, false, false],
      [2, false, false],
      [1, false, true],
    ]);

    const selector = new TunedModelSelector({ store, agentId, logger: silentLogger, refreshMs: 60_000 });
    await selector.refresh();
    expect(await selector.select()).toEqual({ model: 'agent-p-ft-v4', tuned: true });

    const back = await rollback(ctx(), target);
    // Rollback asked the service whether v3 still exists before making it active.
    expect(recorder.requests.at(-1)).toMatchObject({ method: 'GET', path: `${accountPath}/agent-p-ft-v3` });
    expect(back.active.deploymentName).toBe('agent-p-ft-v3');
    await selector.refresh();
    expect(await selector.select()).toEqual({ model: 'agent-p-ft-v3', tuned: true });
    // A failing tuned deployment falls back to the base one until the next refresh.
    selector.reportFailure('agent-p-ft-v3', new Error('404 DeploymentNotFound'));
    expect(await selector.select()).toBeUndefined();

    // v2 was deleted outside Lightning: rollback refuses, v3 stays active, v2 is recorded as gone.
    gone.add('agent-p-ft-v2');
    await expect(rollback(ctx(), target)).rejects.toThrow(/cannot roll back to agent-p-ft-v2: it no longer exists on account acct-1.*agent-p-ft-v3 stays active/);
    expect((await store.getActiveDeployment(agentId))?.deploymentName).toBe('agent-p-ft-v3');
    expect((await store.listDeployments(agentId, 10)).find((d) => d.version === 2)?.deletedAt).toBeDefined();
    await expect(rollback(ctx(), undefined)).rejects.toThrow(/nothing to roll back to/);
    await expect(promote(ctx(), target, { runId: 'run-4', maxDeployments: 6 })).rejects.toThrow();
    const off = await deactivate(ctx());
    expect(off.deactivated).toEqual(['agent-p-ft-v3']);
    await selector.refresh();
    expect(await selector.select()).toBeUndefined();
    selector.close();
  });

  it('on a compatible endpoint only records the model; with no target it says what to set', async () => {
    const env = loadServerEnv({ DATA_DIR: dir, LIGHTNING_AGENT_ID: 'agent-c', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'base' });
    const target = await createPromotionTarget(env, () => new StaticTokenCredential('x'));
    expect(target).toEqual({ kind: 'compatible', prefix: 'agent-c-ft' });
    const c = { store, agentId: 'agent-c', logger: silentLogger };
    const result = await promote(c, target, { fineTunedModel: 'ft:base:standin' });
    expect(result.deployment).toMatchObject({ deploymentName: 'ft:base:standin', target: 'compatible', active: true });
    await expect(promote(c, undefined, { fineTunedModel: 'x' })).rejects.toThrow(/AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP/);
    const dry = await promote(c, target, { fineTunedModel: 'ft:two', dryRun: true });
    expect(dry.deployment.version).toBe(2);
    expect((await store.getActiveDeployment('agent-c'))?.deploymentName).toBe('ft:base:standin');
  });

  it('on Azure evaluates the candidate deployment before activating it; a refused one is deleted and recorded with the verdict', async () => {
    const candidateAnswers: Record<string, string> = { 'agent-g-ft-v1': 'I cannot help with that.', 'agent-g-ft-v2': 'Scale it with kubectl scale. Verified on the cluster.' };
    const standIn = await startOpenAIStandIn({
      chat: ({ model, messages }) => {
        if (messages[0]?.content.startsWith('You grade')) {
          const answer = messages.at(-1)!.content.split('Answer:\n')[1] ?? '';
          return JSON.stringify({ score: answer.includes('Verified') ? 1 : answer.startsWith('Answer to:') ? 0.5 : -1, reason: 'stand-in judge' });
        }
        return candidateAnswers[model];
      },
    });
    try {
      const gateAgent = 'agent-g';
      const c = { store, agentId: gateAgent, logger: silentLogger, now: () => new Date((clock += 1000)) };
      await store.putEpisodes(Array.from({ length: 6 }, () => makeEpisode({ agentId: gateAgent })));
      expect((await addToEvalSet(c, { to: '2030-01-01T00:00:00Z' })).added).toBe(6);
      const env = loadServerEnv({ DATA_DIR: dir, LIGHTNING_AGENT_ID: gateAgent, AZURE_SUBSCRIPTION_ID: 'sub-1', AZURE_RESOURCE_GROUP: 'rg-1', FOUNDRY_PROJECT_ENDPOINT: 'https://acct-1.services.ai.azure.com/api/projects/p1', AZURE_RESOURCE_MANAGER_ENDPOINT: recorder.url });
      const agent = new Agent({ rejectUnauthorized: false });
      const target = await createPromotionTarget(env, () => new StaticTokenCredential('arm-token'), {
        pollIntervalMs: 1,
        additionalPolicies: [{ position: 'perCall', policy: { name: 'loopback-test-tls', sendRequest: (request, next) => ((request.agent = agent), next(request)) } }],
      });
      const openai = new OpenAI({ baseURL: standIn.baseURL, apiKey: 'standin' });
      const gate = promotionGate(c, {
        evaluation: async () => ({ chat: new OpenAIChatModel(openai, 'base-model'), judge: new OpenAIChatModel(openai, 'judge-model'), judgeName: 'judge-model' }),
        activeModel: async () => 'base-model',
        settings: { margin: 0, confidence: 0.95, minExamples: 5 },
      });
      const before = recorder.requests.length;

      await expect(promote(c, target, { fineTunedModel: 'gpt-4.1-mini-2025-04-14.ft-g1' }, gate)).rejects.toThrow(/promote refused gpt-4\.1-mini-2025-04-14\.ft-g1: candidate has not beaten the active model/);
      const calls = recorder.requests.slice(before).map((r) => `${r.method} ${r.path.split('/').at(-1)}`);
      expect(calls.filter((x) => !x.startsWith('GET'))).toEqual(['PUT agent-g-ft-v1', 'DELETE agent-g-ft-v1']);
      // The candidate was reached through its deployment.
      expect(standIn.requests.some((r) => r.path.endsWith('/chat/completions') && (JSON.parse(r.body.toString('utf8')) as { model: string }).model === 'agent-g-ft-v1')).toBe(true);
      const [refused] = await store.listDeployments(gateAgent, 5);
      expect(refused).toMatchObject({ deploymentName: 'agent-g-ft-v1', active: false, gate: { passed: false, forced: false } });
      expect(refused!.deletedAt).toBeDefined();
      expect(await store.getActiveDeployment(gateAgent)).toBeUndefined();

      const passed = await promote(c, target, { fineTunedModel: 'gpt-4.1-mini-2025-04-14.ft-g2' }, gate);
      expect(passed.deployment).toMatchObject({ deploymentName: 'agent-g-ft-v2', active: true, gate: { passed: true, forced: false } });
      expect(passed.deployment.gate!.evaluationId).toMatch(/^eval-/);
      expect((await store.getActiveDeployment(gateAgent))?.deploymentName).toBe('agent-g-ft-v2');
    } finally {
      await standIn.close();
    }
  });
});
