import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installFakeAzureCli, runInProcess, startRecorder, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { checkFineTuning, checkModels, wantedModels, type OfferedModel } from '../src/models';
import { eastus2Models, eastus2ModelsPage2 } from './fixtures/models';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const DEPLOYMENT = `/subscriptions/${SUB}/resourcegroups/rg-mcp/providers/Microsoft.Resources/deployments/mcp-aks-core`;
const MODELS = `/subscriptions/${SUB}/providers/Microsoft.CognitiveServices/locations/eastus2/models`;
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const NOW = new Date('2026-12-02T00:00:00Z');
const offered = [...eastus2Models.value, ...eastus2ModelsPage2.value].map((m) => m.model) as OfferedModel[];
const chat = (modelName: string, modelVersion: string, sku = 'GlobalStandard') => ({ role: 'chatModel' as const, deployment: { deploymentName: 'chat', modelName, modelVersion, sku, capacity: 10 } });

describe('model check (pure)', () => {
  it('refuses a model closed to new deployments and lists what the region offers instead', () => {
    const result = checkModels([chat('gpt-4o-mini', '2024-07-18')], offered, { location: 'eastus2', now: NOW });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^chatModel gpt-4o-mini 2024-07-18 \(GlobalStandard\) is Deprecating: only existing deployments can use it/);
    expect(result.problems[0]).toContain('offered in eastus2: gpt-4.1-mini 2025-04-14 (Legacy, retires 2027-04-14; GlobalStandard, Standard); gpt-5 2025-08-07 (GenerallyAvailable, retires 2027-02-09');
    expect(result.problems[0]).not.toContain('gpt-4o 2024-05-13');
  });
  it('refuses a retired model and one not offered at all', () => {
    expect(checkModels([chat('gpt-4o', '2024-05-13')], offered, { location: 'eastus2', now: NOW }).problems[0]).toMatch(/is retired in eastus2/);
    expect(checkModels([chat('gpt-4o-mini', '2099-01-01')], offered, { location: 'eastus2', now: NOW }).problems[0]).toMatch(/is not offered in eastus2; offered in eastus2: /);
  });
  it('refuses a date past retirement even when the stage still says GA', () => {
    const stale = [{ ...offered[3]!, deprecation: { inference: '2026-11-30T00:00:00Z' } }];
    expect(checkModels([chat('gpt-5', '2025-08-07')], stale, { location: 'eastus2', now: NOW }).problems[0]).toMatch(/is retired in eastus2/);
  });
  it('refuses a SKU the model is not offered with', () => {
    expect(checkModels([chat('gpt-5', '2025-08-07', 'Standard')], offered, { location: 'eastus2', now: NOW }).problems[0]).toMatch(/SKU Standard is not offered for this model in eastus2/);
  });
  it('accepts the default models, warning about a retirement within 90 days and a Legacy model', () => {
    const result = checkModels([chat('gpt-5', '2025-08-07'), { role: 'embeddingModel', deployment: { deploymentName: 'e', modelName: 'text-embedding-3-small', modelVersion: '1', sku: 'GlobalStandard', capacity: 10 } }], offered, { location: 'eastus2', now: NOW });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual(['chatModel gpt-5 2025-08-07 (GlobalStandard) retires on 2027-02-09 in eastus2: plan the move to a newer model']);
    expect(checkModels([chat('gpt-4.1-mini', '2025-04-14')], offered, { location: 'eastus2', now: NOW }).warnings[0]).toMatch(/is Legacy in eastus2/);
  });
  it('reports when the serving model cannot be fine-tuned there (Lightning follows it)', () => {
    expect(checkFineTuning(chat('gpt-5', '2025-08-07').deployment, offered, { location: 'eastus2', now: NOW })).toBeUndefined();
    expect(checkFineTuning(chat('gpt-5.4-mini', '2026-03-17').deployment, offered, { location: 'eastus2', now: NOW })).toMatch(/serving model gpt-5.4-mini-2026-03-17, which eastus2 does not offer for fine-tuning/);
  });
  it('reads the model parameters, given or default, and refuses a malformed one', () => {
    const template = { parameters: { chatModel: { defaultValue: chat('gpt-5', '2025-08-07').deployment } }, resources: [] };
    expect(wantedModels(template, {})).toEqual([chat('gpt-5', '2025-08-07')]);
    expect(() => wantedModels(template, { chatModel: { value: { modelName: 'x' } } })).toThrow(/parameter 'chatModel' is not a model deployment/);
  });
});

describe('provision checks the models against the region before deploying (ARM boundary)', () => {
  let recorder: Recorder;
  const savedPath = process.env.PATH;
  beforeAll(async () => {
    recorder = await startRecorder({ https: true });
    recorder.trustCertificate();
    const az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'provision-models-')), { token: 'arm-token' });
    process.env.PATH = `${az.binDir}:${savedPath}`;
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    await recorder.close();
  });
  // The retirement dates are the documented ones: the action's clock is set to the day they were read.
  afterEach(() => vi.useRealTimers());
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    recorder.reset();
    recorder.on('GET', MODELS, (req, r) => ({ body: req.query.page === '2' ? eastus2ModelsPage2 : { ...eastus2Models, nextLink: `${r.url}${MODELS}?api-version=2025-06-01&page=2` } }));
  });
  const inputs = (parameters: object) => ({
    'subscription-id': SUB,
    'resource-group': 'rg-mcp',
    template: 'template-models.json',
    parameters: JSON.stringify({ mcpApiClientId: '11111111-2222-3333-4444-555555555555', ...parameters }),
    location: 'eastus2',
    'arm-endpoint': recorder.url,
    'poll-interval-seconds': '0',
    'retry-delay-seconds': '0',
  });

  it('fails before any deployment when the chat model is closed to new deployments, naming what is offered', async () => {
    const result = await runInProcess(run, inputs({}), { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toContain("the template's models cannot be deployed in eastus2");
    expect(result.log).toContain('gpt-5 2025-08-07 (GenerallyAvailable, retires 2027-02-09; GlobalStandard, DataZoneStandard)');
    const lists = recorder.find('GET', MODELS);
    expect(lists.map((r) => r.query['api-version'])).toEqual(['2025-06-01', '2025-06-01']);
    expect(lists[0]!.headers.authorization).toBe('Bearer arm-token');
    expect(recorder.find('PUT', DEPLOYMENT)).toHaveLength(0);
    expect(recorder.unmatched).toEqual([]);
  });

  it('says it cannot check, and deploys, when the deployer may not read the subscription-scoped list (no 10-minute wait)', async () => {
    recorder.reset();
    // ARM's answer to a caller without a role at the subscription scope of Models - List.
    recorder.on('GET', MODELS, { status: 403, body: { error: { code: 'AuthorizationFailed', message: "The client 'deployer' does not have authorization to perform action 'Microsoft.CognitiveServices/locations/models/read' over scope '/subscriptions/x' or the scope is invalid." } } });
    recorder.on('PUT', DEPLOYMENT, { status: 200, body: { id: DEPLOYMENT, name: 'mcp-aks-core', properties: { provisioningState: 'Succeeded', outputs: {} } } });
    const gpt5 = { deploymentName: 'chat', modelName: 'gpt-5', modelVersion: '2025-08-07', sku: 'GlobalStandard', capacity: 10 };
    const result = await runInProcess(run, inputs({ chatModel: gpt5 }), { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    expect(recorder.find('GET', MODELS)).toHaveLength(1);
    expect(result.log).toMatch(/::warning::model check skipped: the signed-in identity may not list the models of eastus2 \(403 AuthorizationFailed/);
    expect(recorder.find('PUT', DEPLOYMENT)).toHaveLength(1);
  });

  it('deploys an offered model, reporting its near retirement', async () => {
    recorder.on('PUT', DEPLOYMENT, { status: 200, body: { id: DEPLOYMENT, name: 'mcp-aks-core', properties: { provisioningState: 'Succeeded', outputs: {} } } });
    const gpt5 = { deploymentName: 'chat', modelName: 'gpt-5', modelVersion: '2025-08-07', sku: 'GlobalStandard', capacity: 10 };
    const result = await runInProcess(run, inputs({ chatModel: gpt5 }), { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    expect(result.log).toMatch(/::warning::chatModel gpt-5 2025-08-07 \(GlobalStandard\) retires on 2027-02-09 in eastus2/);
    expect(result.log).toContain('Lightning base model gpt-5-2025-08-07');
    expect(recorder.find('PUT', DEPLOYMENT)).toHaveLength(1);
  });
});
