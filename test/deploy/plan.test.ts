import { describe, expect, it } from 'vitest';
import { localImageTag, parseDeployArgs, planDeploy, type DeployArgs } from '../../scripts/deploy/plan';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const API = '11111111-2222-3333-4444-555555555555';
const base = ['--resource-group', 'rg-mcp', '--location', 'eastus2', '--mcp-api-client-id', API];
const resolved = { subscriptionId: SUB, deployerPrincipalId: 'aaaaaaaa-0000-0000-0000-000000000001', imageTag: 'local-abc-20261202' };

function args(argv: string[], env: Record<string, string> = {}): DeployArgs {
  const parsed = parseDeployArgs(argv, env);
  if (!('args' in parsed)) throw new Error(JSON.stringify(parsed));
  return parsed.args;
}

describe('./dev deploy arguments', () => {
  it('runs every phase by default, with values from the flags or the environment the workflow uses', () => {
    expect(args(base)).toEqual({ resourceGroup: 'rg-mcp', location: 'eastus2', mcpApiClientId: API, phases: ['provision', 'build', 'deploy', 'verify'] });
    expect(args([], { AZURE_RESOURCE_GROUP: 'rg-env', AZURE_LOCATION: 'swedencentral', MCP_API_CLIENT_ID: API, AZURE_SUBSCRIPTION_ID: SUB })).toMatchObject({ resourceGroup: 'rg-env', subscriptionId: SUB });
    expect(args([...base, '--resource-group', 'rg-flag'], { AZURE_RESOURCE_GROUP: 'rg-env' }).resourceGroup).toBe('rg-flag');
  });

  it('names every missing or malformed value at once', () => {
    expect(parseDeployArgs([], {})).toEqual({ error: '--resource-group (or AZURE_RESOURCE_GROUP) is required; --location (or AZURE_LOCATION) is required; --mcp-api-client-id (or MCP_API_CLIENT_ID) is required' });
    expect(parseDeployArgs([...base, '--subscription', 'nope', '--parameters', '[1]'], {})).toEqual({ error: '--subscription must be a GUID, got "nope"; --parameters must be a JSON object' });
    expect(parseDeployArgs([...base, '--bogus'], {})).toMatchObject({ error: expect.stringMatching(/Unknown option '--bogus'/) });
    expect(parseDeployArgs(['-h'], {})).toEqual({ help: true });
  });

  it('takes phases in the workflow order only, and build only as part of deploy', () => {
    expect(args([...base, '--phases', 'provision,verify']).phases).toEqual(['provision', 'verify']);
    expect(parseDeployArgs([...base, '--phases', 'verify,provision'], {})).toEqual({ error: 'phases run in the order provision,build,deploy,verify; got verify,provision' });
    expect(parseDeployArgs([...base, '--phases', 'build'], {})).toEqual({ error: 'build runs as part of deploy: add the deploy phase' });
    expect(parseDeployArgs([...base, '--phases', 'deploy'], {})).toEqual({ error: 'deploying without build needs --image-tag (an image that is in the registry)' });
    expect(parseDeployArgs([...base, '--phases', 'teleport'], {})).toMatchObject({ error: expect.stringMatching(/^unknown phase\(s\) teleport/) });
  });
});

describe('./dev deploy plan', () => {
  it('is the deploy workflow: provision, then deploy-aks building the image with the provision outputs, then verify', () => {
    const steps = planDeploy(args([...base, '--parameters', '{"apimSku":"BasicV2"}']), resolved);
    expect(steps.map((s) => [s.action, s.phases.join('+')])).toEqual([
      ['provision', 'provision'],
      ['deploy-aks', 'build+deploy'],
      ['verify', 'verify'],
    ]);
    expect(steps[0]!.inputs({})).toEqual({
      'subscription-id': SUB,
      'resource-group': 'rg-mcp',
      location: 'eastus2',
      mode: 'deploy',
      parameters: JSON.stringify({ mcpApiClientId: API, deployerPrincipalId: resolved.deployerPrincipalId }),
      'parameter-overrides': '{"apimSku":"BasicV2"}',
    });
    const outputsJson = JSON.stringify({ aksName: 'aks-demo', staticIpAddress: '20.1.2.3', mcpResourceUrl: 'https://apim/mcp' });
    expect(steps[1]!.inputs({ provision: { 'outputs-json': outputsJson } })).toEqual({
      'subscription-id': SUB,
      'resource-group': 'rg-mcp',
      'deployment-outputs': outputsJson,
      'image-tag': 'local-abc-20261202',
      build: 'true',
    });
    expect(steps[2]!.inputs({ provision: { 'outputs-json': outputsJson }, 'deploy-aks': { 'mcp-url': 'https://apim/mcp' } })).toEqual({
      'subscription-id': SUB,
      'resource-group': 'rg-mcp',
      'mcp-url': 'https://apim/mcp',
      audience: `api://${API}`,
      'cluster-name': 'aks-demo',
      'expected-ip': '20.1.2.3',
    });
  });

  it('deploys an existing image without provision (deploy-aks then reads the deployment as it is)', () => {
    const steps = planDeploy(args([...base, '--phases', 'deploy', '--image-tag', 'v1']), { ...resolved, imageTag: 'v1' });
    expect(steps).toHaveLength(1);
    expect(steps[0]!.inputs({})).toEqual({ 'subscription-id': SUB, 'resource-group': 'rg-mcp', 'image-tag': 'v1', build: 'false' });
  });

  it('refuses to verify without an MCP URL from this run', () => {
    const [verify] = planDeploy(args([...base, '--phases', 'verify']), resolved);
    expect(() => verify!.inputs({})).toThrow(/the deploy-aks step did not output mcp-url/);
  });

  it('tags a laptop image with the commit and the UTC time', () => {
    expect(localImageTag('0123456789abcdef0123', new Date('2026-12-02T06:20:31.456Z'))).toBe('local-0123456789ab-20261202062031');
    expect(localImageTag(undefined, new Date('2026-12-02T06:20:31Z'))).toBe('local-nogit-20261202062031');
  });
});
