import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAPH_REPLICATION_MAX_ATTEMPTS } from '@mcp-aks/actions-kit';
import { accessTokenWithClaims, errorReply, installFakeAzureCli, runInProcess, startRecorder, type FakeAzureCli, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { GRAPH_APPLICATION_PERMISSIONS } from '../src/agent-identity/graph-calls';
import { insufficientPrivileges, notReplicated } from './fixtures/graph-replication';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const RG = 'rg-mcp';
const DEPLOYMENT = `/subscriptions/${SUB}/resourcegroups/${RG}/providers/Microsoft.Resources/deployments/mcp-aks-core`;
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
// The deployer's token (ARM and Graph share the recorder): it carries the Graph application permissions
// scripts/setup-oidc.sh grants, as an app-only token's `roles` claim does.
const TOKEN = accessTokenWithClaims({ roles: GRAPH_APPLICATION_PERMISSIONS });

let recorder: Recorder;
let az: FakeAzureCli;
const savedPath = process.env.PATH;

beforeAll(async () => {
  recorder = await startRecorder({ https: true });
  recorder.trustCertificate();
  az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'provision-az-')), { token: TOKEN });
  process.env.PATH = `${az.binDir}:${savedPath}`;
});
afterAll(async () => {
  process.env.PATH = savedPath;
  await recorder.close();
});
beforeEach(() => {
  recorder.reset();
  az.setToken(TOKEN);
});

const baseInputs = () => ({
  'subscription-id': SUB,
  'resource-group': RG,
  template: 'template.json',
  parameters: '{"namePrefix":"demo","mcpApiClientId":"11111111-2222-3333-4444-555555555555"}',
  location: 'eastus2',
  'arm-endpoint': recorder.url,
  'graph-endpoint': recorder.url,
  'poll-interval-seconds': '0',
  'retry-delay-seconds': '0',
});

const deployed = (state: string) => ({
  id: DEPLOYMENT,
  name: 'mcp-aks-core',
  properties: {
    provisioningState: state,
    duration: 'PT4M2S',
    outputs: {
      aksName: { type: 'String', value: 'aks-demo' },
      staticIpAddress: { type: 'String', value: '20.1.2.3' },
      zones: { type: 'Array', value: ['1', '2', '3'] },
      apimKey: { type: 'SecureString', value: 'not-for-logs' },
      tenantId: { type: 'String', value: '99999999-0000-0000-0000-000000000001' },
      agentIdentityName: { type: 'String', value: 'id-agent-demo' },
      agentIdentityPrincipalId: { type: 'String', value: 'aaaaaaaa-0000-0000-0000-000000000001' },
    },
  },
});

describe('phase core against ARM', () => {
  it('deploys through a DeploymentActive conflict and a 429, then exposes every output', async () => {
    const operation = `/subscriptions/${SUB}/providers/Microsoft.Resources/deployments/mcp-aks-core/operationStatuses/08584`;
    recorder
      .on(
        'PUT',
        DEPLOYMENT,
        errorReply(409, 'DeploymentActive', "Unable to edit or replace deployment 'mcp-aks-core': previous deployment is still active."),
        errorReply(429, 'TooManyRequests', 'throttled', { 'retry-after': '0' }),
        (_req, r) => ({ status: 201, headers: { 'azure-asyncoperation': `${r.url}${operation}?api-version=2026-06-01` }, body: deployed('Accepted') }),
      )
      .on('GET', operation, { body: { status: 'Running' } }, { body: { status: 'Succeeded' } })
      .on('GET', DEPLOYMENT, { body: deployed('Succeeded') });

    const result = await runInProcess(run, baseInputs(), { GITHUB_WORKSPACE: fixtures });

    expect(result.failed, result.log).toBe(false);
    const puts = recorder.find('PUT', DEPLOYMENT);
    expect(puts).toHaveLength(3);
    for (const put of puts) {
      expect(put.query['api-version']).toBe('2026-06-01');
      expect(put.headers['content-type']).toContain('application/json');
      expect(put.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    const body = puts[2]!.json as { properties: { mode: string; template: { contentVersion: string }; parameters: unknown } };
    expect(body.properties.mode).toBe('Incremental');
    expect(body.properties.template.contentVersion).toBe('1.0.0.0');
    expect(body.properties.parameters).toEqual({ namePrefix: { value: 'demo' }, mcpApiClientId: { value: '11111111-2222-3333-4444-555555555555' } });
    expect(result.outputs).toMatchObject({ aksName: 'aks-demo', staticIpAddress: '20.1.2.3', zones: '["1","2","3"]', 'provisioning-state': 'Succeeded', 'deployment-id': DEPLOYMENT });
    expect(result.log).toContain('::add-mask::not-for-logs');
    expect(JSON.parse(result.outputs['outputs-json']!)).not.toHaveProperty('apimKey');
    expect(result.summary).toContain('| apimKey | *** |');
    expect(result.log).toMatch(/attempt 1 failed \(409 DeploymentActive/);
    expect(az.calls().at(-1)).toContain(recorder.url);
    expect(recorder.unmatched).toEqual([]);
  });

  it('fails with the purge command when API Management is soft-deleted', async () => {
    const operation = `/subscriptions/${SUB}/providers/Microsoft.Resources/deployments/mcp-aks-core/operationStatuses/1`;
    recorder
      .on('PUT', DEPLOYMENT, (_req, r) => ({ status: 201, headers: { 'azure-asyncoperation': `${r.url}${operation}` }, body: deployed('Accepted') }))
      .on('GET', operation, {
        body: {
          status: 'Failed',
          error: {
            code: 'DeploymentFailed',
            message: 'At least one resource deployment operation failed.',
            details: [{ code: 'ServiceAlreadyExistsInSoftDeletedState', message: 'Api service apim-demo was soft-deleted. In order to create the new service with the same name, you have to either undelete the service or purge it.' }],
          },
        },
      });
    recorder.on('GET', DEPLOYMENT, {
      body: {
        ...deployed('Failed'),
        properties: {
          provisioningState: 'Failed',
          error: {
            code: 'DeploymentFailed',
            message: 'At least one resource deployment operation failed.',
            details: [{ code: 'ServiceAlreadyExistsInSoftDeletedState', message: 'Api service apim-demo was soft-deleted. In order to create the new service with the same name, you have to either undelete the service or purge it.' }],
          },
        },
      },
    });
    const result = await runInProcess(run, baseInputs(), { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toContain('ServiceAlreadyExistsInSoftDeletedState: Api service apim-demo was soft-deleted');
    expect(result.log).toContain('az apim deletedservice purge --service-name apim-demo --location eastus2');
    expect(recorder.find('PUT', DEPLOYMENT)).toHaveLength(1);
  });

  it('prints the what-if changes as a table', async () => {
    const location = `/subscriptions/${SUB}/providers/Microsoft.Resources/locations/eastus2/operationResults/wi1`;
    recorder
      .on('POST', `${DEPLOYMENT}/whatIf`, (_req, r) => ({ status: 202, headers: { location: `${r.url}${location}`, 'retry-after': '0' } }))
      .on('GET', location, {
        body: {
          status: 'Succeeded',
          properties: {
          changes: [
            { resourceId: `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.ContainerService/managedClusters/aks-demo`, changeType: 'Create' },
            {
              resourceId: `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Storage/storageAccounts/stdemo`,
              changeType: 'Modify',
              delta: [{ path: 'properties.allowSharedKeyAccess', propertyChangeType: 'Modify', before: true, after: false }],
            },
          ],
          },
        },
      });
    const result = await runInProcess(run, { ...baseInputs(), mode: 'what-if' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    const [post] = recorder.find('POST', `${DEPLOYMENT}/whatIf`);
    expect((post!.json as { properties: { whatIfSettings: unknown } }).properties.whatIfSettings).toEqual({ resultFormat: 'FullResourcePayloads' });
    expect(JSON.parse(result.outputs['what-if-counts']!)).toEqual({ Create: 1, Modify: 1 });
    expect(result.summary).toContain('| + Create | Microsoft.ContainerService/managedClusters | aks-demo |  |');
    expect(result.summary).toContain('~ properties.allowSharedKeyAccess');
    expect(recorder.find('PUT', DEPLOYMENT)).toHaveLength(0);
  });

  it('refuses a missing template with a clear message', async () => {
    const result = await runInProcess(run, { ...baseInputs(), template: 'nope.json' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toMatch(/::error::template not found at .*nope\.json/);
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('phase agent-identity', () => {
  const identityPath = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-agent-demo`;
  const inputs = () => ({ ...baseInputs(), phase: 'agent-identity', 'agent-name': 'mcp-agents', 'agent-sponsors': 'bbbbbbbb-0000-0000-0000-000000000001' });

  it('names the missing phase when phase core has not run', async () => {
    recorder.on('GET', DEPLOYMENT, errorReply(404, 'DeploymentNotFound', "Deployment 'mcp-aks-core' could not be found."));
    const result = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toContain("::error::phase core has not run: deployment 'mcp-aks-core' was not found in resource group 'rg-mcp'");
  });

  // Microsoft Graph v1.0 as documented for agent identities (each path's page is cited at the call in
  // actions/provision/src/agent-identity/graph-calls.ts): the blueprint is upserted by its unique name on
  // the agent-specific path (201 with the object, 204 when it existed), found by a filtered list, and its
  // federated credentials live under /applications/{id}/microsoft.graph.agentIdentityBlueprint.
  const blueprintPath = "/v1.0/applications(uniqueName='mcp-agents-blueprint')/microsoft.graph.agentIdentityBlueprint";
  const blueprintList = '/v1.0/applications/microsoft.graph.agentIdentityBlueprint';
  const principalList = '/v1.0/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal';
  const agentList = '/v1.0/servicePrincipals/microsoft.graph.agentIdentity';
  const ficPath = '/v1.0/applications/app-object-1/microsoft.graph.agentIdentityBlueprint/federatedIdentityCredentials';
  const blueprint = { '@odata.type': '#microsoft.graph.agentIdentityBlueprint', id: 'app-object-1', appId: 'cccccccc-0000-0000-0000-000000000001', displayName: 'mcp-agents blueprint', uniqueName: 'mcp-agents-blueprint' };
  const fic = {
    id: 'fic-1',
    name: 'id-agent-managed-identity',
    issuer: 'https://login.microsoftonline.com/99999999-0000-0000-0000-000000000001/v2.0',
    subject: 'aaaaaaaa-0000-0000-0000-000000000001',
    audiences: ['api://AzureADTokenExchange'],
  };
  const principal = { '@odata.type': '#microsoft.graph.agentIdentityBlueprintPrincipal', id: 'sp-bp-1', appId: blueprint.appId };
  const agent = { '@odata.type': '#microsoft.graph.agentIdentity', id: 'sp-agent-1', appId: 'dddddddd-0000-0000-0000-000000000001', displayName: 'mcp-agents', agentIdentityBlueprintId: blueprint.appId };
  /** Graph as it is on a first run (nothing exists) or a re-run (everything does); `first` routes win. */
  const setUp = (firstRun: boolean, first: (r: Recorder) => void = () => {}) => {
    recorder.reset();
    first(recorder);
    recorder
      .on('GET', DEPLOYMENT, { body: deployed('Succeeded') })
      .on('GET', identityPath, { body: { id: identityPath, name: 'id-agent-demo', properties: { principalId: 'aaaaaaaa-0000-0000-0000-000000000001', clientId: 'x', tenantId: 't' } } })
      .on('PATCH', blueprintPath, firstRun ? { status: 201, body: blueprint } : { status: 204 })
      .on('GET', blueprintList, { body: { value: [blueprint] } })
      .on('GET', principalList, { body: { value: firstRun ? [] : [principal] } })
      .on('POST', principalList, { status: 201, body: principal })
      .on('GET', ficPath, { body: { value: firstRun ? [] : [fic] } })
      .on('POST', ficPath, { status: 201, body: fic })
      .on('GET', agentList, { body: { value: firstRun ? [] : [agent] } })
      .on('POST', agentList, { status: 201, body: agent });
  };

  it('creates the blueprint, its principal, its credential and the agent identity on the documented paths, then changes nothing on a re-run', async () => {
    setUp(true);
    const first = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
    expect(first.failed, first.log).toBe(false);
    expect(recorder.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const [patch] = recorder.find('PATCH', blueprintPath);
    expect(patch!.headers.prefer).toBe('create-if-missing');
    expect(patch!.json).toEqual({
      displayName: 'mcp-agents blueprint',
      'sponsors@odata.bind': [`${recorder.url}/v1.0/users/bbbbbbbb-0000-0000-0000-000000000001`],
    });
    expect(recorder.find('GET', blueprintList)).toHaveLength(0); // 201 carries the object
    expect(recorder.find('GET', principalList)[0]!.query.$filter).toBe(`appId eq '${blueprint.appId}'`);
    expect(recorder.find('POST', principalList)[0]!.json).toEqual({ appId: blueprint.appId });
    const { id: _id, ...ficBody } = fic;
    expect(recorder.find('POST', ficPath)[0]!.json).toMatchObject(ficBody);
    expect(recorder.find('POST', agentList)[0]!.json).toEqual({
      displayName: 'mcp-agents',
      agentIdentityBlueprintId: blueprint.appId,
      'sponsors@odata.bind': [`${recorder.url}/v1.0/users/bbbbbbbb-0000-0000-0000-000000000001`],
    });
    const [filter] = recorder.find('GET', agentList);
    expect(filter!.query.$filter).toBe("displayName eq 'mcp-agents'");
    expect(recorder.find('GET', identityPath)[0]!.query['api-version']).toBe('2024-11-30');
    expect(first.outputs).toMatchObject({ 'blueprint-app-id': blueprint.appId, 'agent-identity-id': 'sp-agent-1' });
    expect(az.calls().some((args) => args.includes(recorder.url))).toBe(true);

    setUp(false);
    const second = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
    expect(second.failed, second.log).toBe(false);
    expect(recorder.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    // 204 No Content: the blueprint is found by its unique name on the agent-specific list
    expect(recorder.find('GET', blueprintList)[0]!.query.$filter).toBe("uniqueName eq 'mcp-agents-blueprint'");
    expect(recorder.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(second.summary).toContain('| Agent identity | mcp-agents | unchanged |');
  });

  it('requires a sponsor', async () => {
    const { 'agent-sponsors': _s, ...rest } = inputs();
    const result = await runInProcess(run, rest, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toContain("input 'agent-sponsors' is required for phase agent-identity");
  });

  describe('while the directory catches up (fixtures/graph-replication.ts)', () => {
    it('waits out a 404 for the blueprint it just created and a denial while its token carries the permission, then goes through', async () => {
      setUp(true, (r) =>
        r
          .on('GET', ficPath, notReplicated(blueprint.id), notReplicated(blueprint.id), { body: { value: [] } })
          .on('POST', agentList, insufficientPrivileges(), insufficientPrivileges(), { status: 201, body: agent }),
      );
      const result = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
      expect(result.failed, result.log).toBe(false);
      expect(recorder.find('GET', ficPath)).toHaveLength(3);
      expect(recorder.find('POST', agentList)).toHaveLength(3);
      expect(recorder.find('POST', ficPath)).toHaveLength(1);
      expect(result.log.match(/::warning::waiting .* for Microsoft Graph/g)).toHaveLength(4);
      expect(result.log).toContain('404 Request_ResourceNotFound');
      expect(result.outputs).toMatchObject({ 'blueprint-app-id': blueprint.appId, 'agent-identity-id': agent.id });
    });

    it('fails at once, naming the permission, when the token does not carry it', async () => {
      az.setToken(accessTokenWithClaims({ roles: GRAPH_APPLICATION_PERMISSIONS.filter((p) => p !== 'AgentIdentity.CreateAsManager') }));
      setUp(true, (r) => r.on('POST', agentList, insufficientPrivileges(), { status: 201, body: agent }));
      const result = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
      expect(result.failed).toBe(true);
      expect(recorder.find('POST', agentList)).toHaveLength(1);
      expect(result.log).toMatch(/::error::.*POST \/v1\.0\/servicePrincipals\/microsoft\.graph\.agentIdentity.*application permission AgentIdentity\.CreateAsManager/);
      expect(result.log).not.toMatch(/::warning::waiting/);
    });

    it('does not wait on a 404 for an object this run did not create', async () => {
      setUp(false, (r) => r.on('GET', ficPath, notReplicated(blueprint.id), { body: { value: [fic] } }));
      const result = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
      expect(result.failed).toBe(true);
      expect(recorder.find('GET', ficPath)).toHaveLength(1);
      expect(result.log).toContain('Request_ResourceNotFound');
    });

    it('gives up after a bounded number of attempts, saying what it waited for', async () => {
      setUp(true, (r) => r.on('GET', ficPath, notReplicated(blueprint.id)));
      const result = await runInProcess(run, inputs(), { GITHUB_WORKSPACE: fixtures });
      expect(result.failed).toBe(true);
      expect(recorder.find('GET', ficPath)).toHaveLength(GRAPH_REPLICATION_MAX_ATTEMPTS);
      expect(result.log).toMatch(new RegExp(`::error::404 Request_ResourceNotFound: .*still failing after ${GRAPH_REPLICATION_MAX_ATTEMPTS} attempts`));
    });
  });
});

describe('phase core, other modes', () => {
  it('reads the outputs of the deployment as it is (mode outputs) without changing anything', async () => {
    recorder.on('GET', DEPLOYMENT, { body: deployed('Succeeded') });
    const result = await runInProcess(run, { ...baseInputs(), mode: 'outputs' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    expect(JSON.parse(result.outputs['outputs-json']!)).toMatchObject({ aksName: 'aks-demo', staticIpAddress: '20.1.2.3' });
    expect(recorder.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('applies parameter overrides over the parameters', async () => {
    recorder
      .on('PUT', DEPLOYMENT, { status: 200, body: deployed('Succeeded') });
    const result = await runInProcess(run, { ...baseInputs(), 'parameter-overrides': '{"agentIdentityEnabled": true, "namePrefix": "phase2"}' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    const body = recorder.find('PUT', DEPLOYMENT)[0]!.json as { properties: { parameters: unknown } };
    expect(body.properties.parameters).toEqual({
      namePrefix: { value: 'phase2' },
      mcpApiClientId: { value: '11111111-2222-3333-4444-555555555555' },
      agentIdentityEnabled: { value: true },
    });
  });

  it('validates the template', async () => {
    recorder.on('POST', `${DEPLOYMENT}/validate`, { body: { id: DEPLOYMENT, properties: { provisioningState: 'Succeeded', mode: 'Incremental' } } });
    const result = await runInProcess(run, { ...baseInputs(), mode: 'validate' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed, result.log).toBe(false);
    expect(result.outputs['provisioning-state']).toBe('Validated');
    expect(recorder.find('POST', `${DEPLOYMENT}/validate`)[0]!.query['api-version']).toBe('2026-06-01');
  });

  it('reports an invalid template with its nested reason', async () => {
    recorder.on('POST', `${DEPLOYMENT}/validate`, {
      status: 400,
      body: { error: { code: 'InvalidTemplateDeployment', message: 'The template deployment is not valid.', details: [{ code: 'SkuNotAvailable', message: 'Standard_D2s_v5 is not available in eastus2' }] } },
    });
    const result = await runInProcess(run, { ...baseInputs(), mode: 'validate' }, { GITHUB_WORKSPACE: fixtures });
    expect(result.failed).toBe(true);
    expect(result.log).toContain('SkuNotAvailable: Standard_D2s_v5 is not available in eastus2');
  });
});
