import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { installFakeAzureCli, runInProcess, startRecorder, type FakeAzureCli, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { REPO_ROOT } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { ACR, AKS, DEPLOYMENT, FIC, ISSUER, NS, PREVIOUS_IMAGE, provisionOutputs, SEARCH_INDEX, standIn, SUB } from './stand-in';

let recorder: Recorder;
let az: FakeAzureCli;
let context: string;
const savedPath = process.env.PATH;

beforeAll(async () => {
  recorder = await startRecorder({ https: true });
  recorder.trustCertificate();
  const dir = mkdtempSync(join(tmpdir(), 'deploy-aks-'));
  az = installFakeAzureCli(dir, { token: 'azure-token' });
  process.env.PATH = `${az.binDir}:${savedPath}`;
  context = join(dir, 'context');
  mkdirSync(join(context, 'server'), { recursive: true });
  mkdirSync(join(context, 'node_modules/left-pad'), { recursive: true });
  writeFileSync(join(context, 'server/Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(context, 'node_modules/left-pad/index.js'), 'x');
  writeFileSync(join(context, '.dockerignore'), '**/node_modules\n');
});
afterAll(async () => {
  process.env.PATH = savedPath;
  await recorder.close();
});
beforeEach(() => recorder.reset());

const inputs = () => ({
  'subscription-id': SUB,
  'resource-group': 'rg-mcp',
  'deployment-outputs': JSON.stringify({
    ...provisionOutputs,
    searchEndpoint: recorder.url,
    searchIndexName: 'task-instructions',
    foundryProjectEndpoint: `${recorder.url}/api/projects/proj-mcp-demo`,
  }),
  'image-tag': 'abc123',
  'build-context': context,
  'manifests-dir': join(REPO_ROOT, 'k8s'),
  'arm-endpoint': recorder.url,
  'poll-interval-seconds': '0',
  'retry-delay-seconds': '0',
  'rollout-timeout-seconds': '30',
});

describe('deploy-aks against ARM and the Kubernetes API', () => {
  it('builds with an ACR task, federates the service account, applies server-side and waits for the rollout', async () => {
    standIn(recorder, { rollout: 'succeeds' });
    const result = await runInProcess(run, inputs());
    expect(result.failed, result.log).toBe(false);
    expect(recorder.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual([]);

    // ACR quick build from the uploaded context
    expect(recorder.find('POST', `${ACR}/listBuildSourceUploadUrl`)[0]!.query['api-version']).toBe('2019-06-01-preview');
    const [upload] = recorder.find('PUT', '/upload/source/202611/abc.tar.gz');
    expect(upload!.headers['x-ms-blob-type']).toBe('BlockBlob');
    const [schedule] = recorder.find('POST', `${ACR}/scheduleRun`);
    expect(schedule!.query['api-version']).toBe('2019-06-01-preview');
    expect(schedule!.json).toMatchObject({
      type: 'DockerBuildRequest',
      imageNames: ['mcp-server:abc123'],
      isPushEnabled: true,
      dockerFilePath: 'server/Dockerfile',
      sourceLocation: 'source/202611/abc.tar.gz',
      platform: { os: 'Linux', architecture: 'amd64' },
    });

    // federated credential for the workload's service account, issuer from the cluster
    const [put] = recorder.find('PUT', FIC);
    expect(put!.query['api-version']).toBe('2024-11-30');
    expect(put!.json).toEqual({ properties: { issuer: ISSUER, subject: 'system:serviceaccount:mcp-agents:mcp-agents-sa', audiences: ['api://AzureADTokenExchange'] } });

    // Entra cluster: exec-format user credentials, replaced by a token for the AKS server app
    const [creds] = recorder.find('POST', `${AKS}/listClusterUserCredential`);
    expect(creds!.query).toMatchObject({ 'api-version': '2026-06-01', format: 'exec' });
    expect(az.calls().some((args) => args.includes('6dae42f8-4368-4678-94ff-3960e28e3630'))).toBe(true);

    // server-side apply of every object, in dependency order, with the field manager and force
    const applies = recorder.requests.filter((r) => r.method === 'PATCH');
    expect(applies.map((r) => r.path)).toEqual([
      NS,
      '/apis/networking.k8s.io/v1/namespaces/mcp-agents/networkpolicies/mcp-agents',
      `${NS}/serviceaccounts/mcp-agents-sa`,
      `${NS}/services/mcp-agents-loadbalancer`,
      DEPLOYMENT,
      '/apis/autoscaling/v2/namespaces/mcp-agents/horizontalpodautoscalers/mcp-agents',
      '/apis/policy/v1/namespaces/mcp-agents/poddisruptionbudgets/mcp-agents',
    ]);
    for (const apply of applies) {
      expect(apply.headers['content-type']).toBe('application/apply-patch+yaml');
      expect(apply.query).toMatchObject({ fieldManager: 'mcp-aks-deploy', force: 'true' });
      expect(apply.headers.authorization).toBe('Bearer azure-token');
    }
    const deployment = applies.find((r) => r.path === DEPLOYMENT)!.json as { spec: { template: { spec: { containers: { image: string }[] } } } };
    expect(deployment.spec.template.spec.containers[0]!.image).toBe('acrdemo.azurecr.io/mcp-server:abc123');

    expect(recorder.find('GET', DEPLOYMENT)).toHaveLength(3);
    expect(result.outputs).toMatchObject({
      image: 'acrdemo.azurecr.io/mcp-server:abc123',
      'service-ip': '203.0.113.10',
      'mcp-url': 'https://apim-mcp-demo.azure-api.net/mcp',
    });
    expect(result.log).toContain('rollout: 1 out of 2 new replicas have been updated');
    expect(result.summary).toContain('| Federated credential id-mcp-demo/fic-mcp-agents-mcp-agents-sa | created |');
  });

  it('creates the confirmation-signing key once, after the namespace and before the pods, and never overwrites it', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const first = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(first.failed, first.log).toBe(false);
    const [created] = recorder.find('POST', `${NS}/secrets`);
    const secret = created!.json as { kind: string; type: string; metadata: { name: string; namespace: string }; data: { key: string } };
    expect(secret).toMatchObject({ kind: 'Secret', type: 'Opaque', metadata: { name: 'mcp-agents-request-state', namespace: 'mcp-agents' } });
    expect(Buffer.from(secret.data.key, 'base64').length, 'MCP_REQUEST_STATE_KEY needs at least 32 bytes').toBeGreaterThanOrEqual(32);
    const order = recorder.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf(`PATCH ${NS}`)).toBeLessThan(order.indexOf(`POST ${NS}/secrets`));
    expect(order.indexOf(`POST ${NS}/secrets`)).toBeLessThan(order.indexOf(`PATCH ${DEPLOYMENT}`));

    recorder.reset();
    standIn(recorder, { rollout: 'succeeds', ficExists: true, secretExists: true });
    const again = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(again.failed, again.log).toBe(false);
    expect(recorder.find('GET', `${NS}/secrets/mcp-agents-request-state`)).toHaveLength(1);
    expect(recorder.find('POST', `${NS}/secrets`)).toEqual([]);
  });

  it('waits out the propagation of the role assignments provision just made (403 from ARM and from the API server)', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true, deniedFirst: 2 });
    const result = await runInProcess(run, inputs());
    expect(result.failed, result.log).toBe(false);
    expect(recorder.find('POST', `${ACR}/listBuildSourceUploadUrl`)).toHaveLength(3);
    expect(recorder.find('PATCH', NS)).toHaveLength(3);
    expect(result.log).toMatch(/role assignment to apply \(attempt 1\): 403 AuthorizationFailed/);
  });

  it('creates the search index with the server adapter and loads the example instructions into an empty one, before the pods start', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const result = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(result.failed, result.log).toBe(false);
    const [put] = recorder.find('PUT', SEARCH_INDEX);
    expect(put!.query['api-version']).toBeTruthy();
    const definition = put!.json as { name: string; fields: { name: string; dimensions?: number }[] };
    expect(definition.name).toBe('task-instructions');
    expect(definition.fields.map((f) => f.name)).toEqual(['id', 'title', 'category', 'intent', 'keywords', 'description', 'content', 'steps', 'contentVector']);
    expect(definition.fields.at(-1)!.dimensions).toBe(4);
    const loaded = (recorder.find('POST', `${SEARCH_INDEX}/docs/search.index`)[0]!.json as { value: { id: string; '@search.action': string }[] }).value;
    expect(loaded.length).toBeGreaterThanOrEqual(5);
    expect(new Set(loaded.map((d) => d['@search.action']))).toEqual(new Set(['mergeOrUpload']));
    // before anything is applied to the cluster
    const order = recorder.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf(`POST ${SEARCH_INDEX}/docs/search.index`)).toBeLessThan(order.indexOf(`PATCH ${NS}`));
    expect(result.summary).toMatch(/\| Search index \| index "task-instructions" at https:\/\/127\.0\.0\.1:\d+: 0 documents before, \d+ example instructions loaded \|/);
  });

  it('waits for the search data role provision just granted (403 on the index) instead of leaving the index out', async () => {
    // AI Search answers a caller without a role in force "403 Forbidden: Returned when authorization fails"
    // (https://learn.microsoft.com/rest/api/searchservice/http-status-codes).
    const forbidden = { status: 403, body: { error: { code: '', message: 'Authorization failed.' } } };
    recorder.on('PUT', SEARCH_INDEX, forbidden, forbidden, (req): { status: number; body: unknown } => ({ status: 201, body: req.json }));
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const result = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(result.failed, result.log).toBe(false);
    expect(recorder.find('PUT', SEARCH_INDEX)).toHaveLength(3);
    expect(recorder.find('POST', `${SEARCH_INDEX}/docs/search.index`)).toHaveLength(1);
    expect(result.log).toMatch(/::warning::waiting 0s for a new role assignment to apply \(attempt 1\): .*HTTP 403/);
    expect(result.log).not.toContain('the search index was not prepared');
  });

  it('leaves an index that has documents as it is (schema updated, nothing loaded)', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true, searchDocuments: 12 });
    const result = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(result.failed, result.log).toBe(false);
    expect(recorder.find('PUT', SEARCH_INDEX)).toHaveLength(1);
    expect(recorder.find('POST', `${SEARCH_INDEX}/docs/search.index`)).toHaveLength(0);
  });

  it('sends a build context without what .dockerignore excludes', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const result = await runInProcess(run, inputs());
    expect(result.failed, result.log).toBe(false);
    const tarball = gunzipSync(recorder.find('PUT', '/upload/source/202611/abc.tar.gz')[0]!.body);
    expect(tarball.includes(Buffer.from('server/Dockerfile'))).toBe(true);
    expect(tarball.includes(Buffer.from('left-pad'))).toBe(false);
    expect(recorder.find('PUT', FIC)).toHaveLength(0);
  });

  it('rolls back to the previous ReplicaSet and fails with the pod events when the progress deadline is exceeded', async () => {
    standIn(recorder, { rollout: 'deadline-exceeded', ficExists: true });
    const result = await runInProcess(run, { ...inputs(), build: 'false' });
    expect(result.failed).toBe(true);
    const rollback = recorder.find('PATCH', DEPLOYMENT).find((r) => String(r.headers['content-type']).startsWith('application/json-patch+json'));
    expect(rollback, 'a JSON patch of the deployment').toBeDefined();
    expect(rollback!.json).toEqual([
      { op: 'replace', path: '/spec/template', value: { metadata: { labels: { 'app.kubernetes.io/name': 'mcp-agents' } }, spec: { containers: [{ name: 'server', image: PREVIOUS_IMAGE }] } } },
    ]);
    expect(recorder.find('GET', '/apis/apps/v1/namespaces/mcp-agents/replicasets')[0]!.query.labelSelector).toBe('app.kubernetes.io/name=mcp-agents');
    expect(result.log).toContain('exceeded its progress deadline');
    expect(result.log).toContain('rolled back to revision 2 (ReplicaSet mcp-agents-5c4b)');
    expect(result.log).toContain('Warning Pod/mcp-agents-7d9f-x2k4p Failed: Failed to pull image');
    expect(result.log).not.toContain('unrelated');
    expect(recorder.find('POST', `${ACR}/scheduleRun`)).toHaveLength(0);
  });

  it('names the missing provision outputs', async () => {
    const { acrName: _a, aksName: _b, ...partial } = provisionOutputs;
    const result = await runInProcess(run, { ...inputs(), 'deployment-outputs': JSON.stringify(partial) });
    expect(result.failed).toBe(true);
    expect(result.log).toContain('::error::the provision outputs lack acrName, aksName');
    expect(recorder.requests).toHaveLength(0);
  });
});
