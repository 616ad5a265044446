import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorReply, installFakeAzureCli, startRecorder, type FakeAzureCli, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { runDeploy } from '../../scripts/deploy/run';
import { FIC, NS, provisionOutputs, standIn, SUB } from '../../actions/deploy-aks/test/stand-in';

const DEPLOYMENT = `/subscriptions/${SUB}/resourcegroups/rg-mcp/providers/Microsoft.Resources/deployments/mcp-aks-core`;
const API = '11111111-2222-3333-4444-555555555555';
const DEPLOYER = 'aaaaaaaa-0000-0000-0000-000000000001';

let recorder: Recorder;
let az: FakeAzureCli;
const savedPath = process.env.PATH;

beforeAll(async () => {
  recorder = await startRecorder({ https: true });
  recorder.trustCertificate();
  az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'dev-deploy-')), { token: 'cli-token' });
  process.env.PATH = `${az.binDir}:${savedPath}`;
});
afterAll(async () => {
  process.env.PATH = savedPath;
  await recorder.close();
});
beforeEach(() => recorder.reset());

/** What ARM answers for the deployment: the deploy-aks stand-in's outputs, in ARM's `{ type, value }` shape. */
const armOutputs = () =>
  Object.fromEntries(
    Object.entries({ ...provisionOutputs, searchEndpoint: recorder.url, searchIndexName: 'task-instructions', foundryProjectEndpoint: `${recorder.url}/api/projects/p` }).map(([k, v]) => [k, { type: 'String', value: v }]),
  );

const argv = () => [
  '--subscription', SUB,
  '--resource-group', 'rg-mcp',
  '--location', 'eastus2',
  '--mcp-api-client-id', API,
  '--deployer-principal-id', DEPLOYER,
  '--phases', 'provision,deploy',
  '--image-tag', 'abc123',
  '--template', 'test/deploy/fixtures/template.json',
  '--arm-endpoint', recorder.url,
];

describe('./dev deploy drives the actions with the Azure CLI sign-in', () => {
  it("runs provision then deploy-aks in process, passing provision's outputs on", async () => {
    recorder.on('PUT', DEPLOYMENT, { status: 200, body: { id: DEPLOYMENT, name: 'mcp-aks-core', properties: { provisioningState: 'Succeeded', outputs: armOutputs() } } });
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDeploy(argv(), {}, { out: (l) => out.push(l), err: (l) => err.push(l) });

    expect(code, err.join('\n')).toBe(0);
    expect(recorder.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const [put] = recorder.find('PUT', DEPLOYMENT);
    expect(put!.headers.authorization).toBe('Bearer cli-token');
    expect((put!.json as { properties: { parameters: unknown } }).properties.parameters).toEqual({ mcpApiClientId: { value: API }, deployerPrincipalId: { value: DEPLOYER } });
    // deploy-aks got the identity, cluster and search names from provision's outputs-json
    expect(recorder.find('GET', FIC)).toHaveLength(1);
    expect(recorder.find('PATCH', NS).length).toBeGreaterThan(0);
    expect(recorder.find('PATCH', NS)[0]!.headers.authorization).toBe('Bearer cli-token');
    // every token came from `az account get-access-token` (no GitHub OIDC on a laptop)
    const tokenCalls = az.calls().filter((a) => a[0] === 'account' && a[1] === 'get-access-token');
    expect(tokenCalls.length).toBeGreaterThan(0);
    expect(out.at(-1)).toBe('\ndeploy: provision, deploy done; MCP endpoint https://apim-mcp-demo.azure-api.net/mcp');
    expect(out).toContain('\n== deploy (deploy-aks) ==');
  }, 90_000);

  it('stops at the failed phase with exit status 1', async () => {
    recorder.on('PUT', DEPLOYMENT, errorReply(400, 'InvalidTemplateDeployment', 'The template deployment is not valid.'));
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const err: string[] = [];
    const code = await runDeploy(argv(), {}, { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toEqual(['deploy: provision failed (see the error above); later phases were not run']);
    expect(recorder.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('answers bad usage with status 2 and the usage text, touching nothing', async () => {
    const err: string[] = [];
    expect(await runDeploy(['--phases', 'deploy'], {}, { out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err[0]).toMatch(/^deploy: --resource-group \(or AZURE_RESOURCE_GROUP\) is required/);
    expect(err[1]).toMatch(/^Usage: \.\/dev deploy/);
    expect(recorder.requests).toEqual([]);
  });
});
