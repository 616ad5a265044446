import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_REDIRECT_URIS } from '../../server/src/oauth/redirect-uris';
import { bicepDir, findBicepCli, repoRoot } from './bicep-cli';
import { emptyState, installFakeCli, type FakeRepo, type FakeState } from './fake-cli';

const script = (name: string) => join(repoRoot, 'scripts', name);
const run = (file: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync('bash', [file, ...args], { encoding: 'utf8', env, timeout: 60_000 });

describe('scripts/install-bicep.sh', () => {
  it('is quick and idempotent once installed, printing the binary the tests use', () => {
    const expected = findBicepCli();
    const started = Date.now();
    const result = run(script('install-bicep.sh'), []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(expected);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('scripts/install-chromium.sh', () => {
  it('is valid bash, and quick and silent once Chromium is installed', () => {
    const file = script('install-chromium.sh');
    expect(spawnSync('bash', ['-n', file], { encoding: 'utf8' }).status).toBe(0);
    if (!existsSync('/usr/bin/chromium')) return;
    const started = Date.now();
    const result = run(file, []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr + result.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('scripts/setup-oidc.sh', () => {
  const file = script('setup-oidc.sh');

  it('is valid bash', () => {
    const result = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('documents its options', () => {
    const result = run(file, ['--help']);
    expect(result.status).toBe(0);
    for (const option of ['--repo', '--resource-group', '--environment', '--set-github-variables']) expect(result.stdout).toContain(option);
  });

  it.each([
    [[], '--repo OWNER/NAME is required'],
    [['--repo', 'not a repo', '--resource-group', 'rg'], '--repo must look like OWNER/NAME'],
    [['--repo', 'o/n'], '--resource-group is required'],
    [['--repo', 'o/n', '--resource-group', 'rg', '--bogus'], 'unknown argument: --bogus'],
    [['--repo', 'o@x/n', '--resource-group', 'rg'], '--repo must look like OWNER/NAME (or OWNER@OWNER_ID/NAME@REPO_ID)'],
    [['--repo', 'o/n', '--resource-group', 'rg', '--subject-prefix', 'repo:o/n:ref:refs/heads/main'], '--subject-prefix must look like'],
    [['--repo', 'o/n', '--resource-group', 'rg', '--subject-prefix', 'repo:other@1/n@2'], '--subject-prefix names other/n, not o/n'],
  ])('refuses bad arguments %j before touching Azure', (args, message) => {
    const result = run(file, args as string[]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('lets the deployer assign exactly the roles the Bicep assigns (roles.bicep, and network.bicep for the cluster)', () => {
    const roles = readFileSync(join(bicepDir, 'modules', 'roles.bicep'), 'utf8');
    const block = /var role = \{([\s\S]*?)\n\}/.exec(roles)?.[1] ?? '';
    const network = readFileSync(join(bicepDir, 'modules', 'network.bicep'), 'utf8');
    const networkRole = /var networkContributor = '([0-9a-f-]{36})'/.exec(network)?.[1];
    const bicepRoles = [...[...block.matchAll(/'([0-9a-f-]{36})'/g)].map((m) => m[1]), networkRole].sort();
    const setup = readFileSync(file, 'utf8');
    const list = /assignable_roles=\(([\s\S]*?)\n\)/.exec(setup)?.[1] ?? '';
    const scriptRoles = [...list.matchAll(/^\s*([0-9a-f-]{36})/gm)].map((m) => m[1]).sort();
    expect(bicepRoles.length).toBeGreaterThan(5);
    expect(scriptRoles).toEqual(bicepRoles);
  });

});

/*
 * The script end to end against stand-ins of az and gh (test/infra/fake-cli.ts) that keep a tenant and a
 * repository as state. Subjects: GitHub's OIDC reference, "Immutable subject claims"
 * (https://docs.github.com/actions/reference/security/oidc): repositories created on or after 2026-07-15
 * send repo:OWNER@OWNER_ID/NAME@REPO_ID:..., older ones repo:OWNER/NAME:....
 */
describe('scripts/setup-oidc.sh against a tenant and a repository', { timeout: 180_000 }, () => {
  const file = script('setup-oidc.sh');
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const ISSUER = 'https://token.actions.githubusercontent.com';
  const LIGHTNING_READS = ['Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Resources/deployments/read'];

  const repo = (createdAt: string, extra: Partial<FakeRepo> = {}): FakeRepo => ({
    id: 2002,
    owner: { login: 'octo', id: 1001 },
    name: 'agents',
    created_at: createdAt,
    oidc_sub: { use_default: true },
    environments: {},
    variables: {},
    ...extra,
  });
  const seeded = (repos: Record<string, FakeRepo> = {}, edit: (s: FakeState) => void = () => undefined) => {
    const state = emptyState();
    state.github.repos = repos;
    edit(state);
    return state;
  };
  const setup = (state: FakeState, args: string[], options: { gh?: boolean } = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'setup-oidc-'));
    dirs.push(dir);
    const cli = installFakeCli(dir, state, options);
    const result = spawnSync(join(cli.binDir, '..', 'tools', 'bash'), [file, '--resource-group', 'rg-mcp', ...args], { encoding: 'utf8', env: cli.env, timeout: 120_000 });
    return { ...result, cli, state: cli.state() };
  };
  const app = (state: FakeState, name: string) => {
    const found = state.apps.find((a) => a.displayName === name);
    expect(found, `app registration ${name}`).toBeDefined();
    return found!;
  };
  const sp = (state: FakeState, appId: string) => state.servicePrincipals.find((s) => s.appId === appId)!.id;
  const subjects = (state: FakeState, name: string) => Object.fromEntries(app(state, name).federatedIdentityCredentials.map((c) => [c.name, c.subject]));
  // One full run serves several tests: each run starts a few dozen az and gh processes.
  let immutable: ReturnType<typeof setup> | undefined;
  // The production environment already has a reviewer and a release/* branch rule someone set by hand.
  const protectedByHand = {
    production: {
      protection_rules: [{ id: 2, type: 'required_reviewers', prevent_self_review: true, reviewers: [{ type: 'User', reviewer: { id: 77 } }] }],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      branch_policies: [{ id: 9, name: 'release/*', type: 'branch' }],
    },
  };
  const immutableRun = () =>
    (immutable ??= setup(seeded({ 'octo/agents': repo('2026-08-03T09:00:00Z', { environments: protectedByHand }) }), ['--repo', 'octo/agents', '--set-github-variables']));
  let legacy: ReturnType<typeof setup> | undefined;
  const legacyRun = () => (legacy ??= setup(seeded({ 'octo/agents': repo('2024-05-01T09:00:00Z') }), ['--repo', 'octo/agents']));

  it('reads the immutable subject format of a new repository through gh and trusts exactly that', () => {
    const run = immutableRun();
    expect(run.status, run.stderr).toBe(0);
    expect(subjects(run.state, 'github-mcp-aks-deployer')).toEqual({
      'github-environment-production': 'repo:octo@1001/agents@2002:environment:production',
      'github-branch-main': 'repo:octo@1001/agents@2002:ref:refs/heads/main',
    });
    for (const cred of app(run.state, 'github-mcp-aks-deployer').federatedIdentityCredentials) {
      expect(cred).toMatchObject({ issuer: ISSUER, audiences: ['api://AzureADTokenExchange'] });
    }
    expect(subjects(run.state, 'github-mcp-aks-lightning')).toEqual({ 'github-environment-lightning': 'repo:octo@1001/agents@2002:environment:lightning' });
    expect(run.stderr).toContain('OIDC subjects start with repo:octo@1001/agents@2002');
    // Phase two's Graph permissions, granted to the deployer only.
    const deployer = sp(run.state, app(run.state, 'github-mcp-aks-deployer').appId);
    const granted = run.state.servicePrincipals.find((s) => s.id === deployer)!.appRoleAssignments.filter((a) => a.resourceId === 'graph-sp');
    expect(granted.map((a) => a.appRoleId).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `graph-permission-${i}`));
    const lightning = sp(run.state, app(run.state, 'github-mcp-aks-lightning').appId);
    expect(run.state.servicePrincipals.find((s) => s.id === lightning)!.appRoleAssignments).toEqual([]);
  });

  it('keeps the name form for a repository created before immutable subjects', () => {
    const run = legacyRun();
    expect(run.status, run.stderr).toBe(0);
    expect(subjects(run.state, 'github-mcp-aks-deployer')).toEqual({
      'github-environment-production': 'repo:octo/agents:environment:production',
      'github-branch-main': 'repo:octo/agents:ref:refs/heads/main',
    });
  });

  it('takes the subject from --subject-prefix or an id-qualified --repo when gh is absent, and says how to protect the environments', () => {
    const withPrefix = setup(seeded(), ['--repo', 'octo/agents', '--subject-prefix', 'repo:octo@1001/agents@2002'], { gh: false });
    expect(withPrefix.status, withPrefix.stderr).toBe(0);
    expect(subjects(withPrefix.state, 'github-mcp-aks-deployer')['github-branch-main']).toBe('repo:octo@1001/agents@2002:ref:refs/heads/main');
    expect(withPrefix.stdout).toContain("for each of\n'production' and 'lightning'");
    expect(withPrefix.stdout).toContain('Name pattern: main');
    expect(withPrefix.cli.calls().some(([tool]) => tool === 'gh')).toBe(false);

    const withIds = setup(seeded(), ['--repo', 'octo@1001/agents@2002'], { gh: false });
    expect(withIds.status, withIds.stderr).toBe(0);
    expect(subjects(withIds.state, 'github-mcp-aks-lightning')['github-environment-lightning']).toBe('repo:octo@1001/agents@2002:environment:lightning');

    const neither = setup(seeded(), ['--repo', 'octo/agents'], { gh: false });
    expect(neither.status).toBe(1);
    expect(neither.stderr).toContain('without the GitHub CLI, pass --subject-prefix: repo:octo@<owner id>/agents@<repository id>');
    expect(neither.cli.calls()).toEqual([]); // refused before touching Azure
  });

  it('refuses a custom subject template it cannot match', () => {
    const run = setup(seeded({ 'octo/agents': repo('2026-08-03T09:00:00Z', { oidc_sub: { use_default: false, include_claim_keys: ['repo', 'context', 'job_workflow_ref'] } }) }), ['--repo', 'octo/agents']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('uses a custom OIDC subject template');
    expect(run.cli.calls().filter(([tool]) => tool === 'az')).toEqual([]);
  });

  it('gives the Lightning workflow its own identity with no deployer rights', () => {
    const run = immutableRun();
    expect(run.status, run.stderr).toBe(0);
    const deployer = sp(run.state, app(run.state, 'github-mcp-aks-deployer').appId);
    const lightning = sp(run.state, app(run.state, 'github-mcp-aks-lightning').appId);
    expect(lightning).not.toBe(deployer);
    const rg = run.state.groups['rg-mcp']!.id;
    const lightningRoles = run.state.roleAssignments.filter((r) => r.principalId === lightning);
    expect(lightningRoles).toHaveLength(1);
    const role = run.state.roleDefinitions.find((d) => d.name === lightningRoles[0]!.roleDefinitionId)!;
    expect(role).toMatchObject({ assignableScopes: [rg], dataActions: [] });
    expect(role.actions.sort()).toEqual([...LIGHTNING_READS].sort());
    expect(lightningRoles[0]!.scope).toBe(rg);
    // The deployer is no longer trusted by the lightning environment.
    expect(Object.values(subjects(run.state, 'github-mcp-aks-deployer')).some((s) => s.endsWith(':environment:lightning'))).toBe(false);
    const variables = run.state.github.repos['octo/agents']!.variables;
    expect(variables.LIGHTNING_CLIENT_ID).toBe(app(run.state, 'github-mcp-aks-lightning').appId);
    expect(variables.LIGHTNING_PRINCIPAL_ID).toBe(lightning);
    expect(variables.AZURE_CLIENT_ID).toBe(app(run.state, 'github-mcp-aks-deployer').appId);
  });

  it('lets only main deploy to production and lightning, keeping the reviewers someone set', () => {
    const run = immutableRun();
    expect(run.status, run.stderr).toBe(0);
    const environments = run.state.github.repos['octo/agents']!.environments;
    for (const name of ['production', 'lightning']) {
      expect(environments[name]!.deployment_branch_policy, name).toEqual({ protected_branches: false, custom_branch_policies: true });
      expect(environments[name]!.branch_policies.map((p) => [p.name, p.type]), name).toEqual([['main', 'branch']]);
    }
    expect(environments.production!.protection_rules).toContainEqual({ id: 2, type: 'required_reviewers', prevent_self_review: true, reviewers: [{ type: 'User', reviewer: { id: 77 } }] });
  });

  it('creates the public client app MCP clients sign in with: their redirect URIs, the MCP scope, no consent prompt', () => {
    const run = immutableRun();
    expect(run.status, run.stderr).toBe(0);
    const api = app(run.state, 'mcp-aks-api');
    const client = app(run.state, 'mcp-aks-clients');
    const scope = (api.api!.oauth2PermissionScopes as { id: string; value: string }[]).find((s) => s.value === 'mcp.tools')!;
    expect(client.isFallbackPublicClient).toBe(true);
    // The same list the server's OAuth façade accepts.
    expect(client.publicClient!.redirectUris).toEqual([...DEFAULT_CLIENT_REDIRECT_URIS]);
    expect(client.requiredResourceAccess).toEqual([{ resourceAppId: api.appId, resourceAccess: [{ id: scope.id, type: 'Scope' }] }]);
    const preAuthorized = (api.api!.preAuthorizedApplications as { appId: string; delegatedPermissionIds: string[] }[]);
    expect(preAuthorized).toContainEqual({ appId: client.appId, delegatedPermissionIds: [scope.id] });
    expect(api.api!.requestedAccessTokenVersion).toBe(2);
    expect(run.state.github.repos['octo/agents']!.variables.MCP_PUBLIC_CLIENT_ID).toBe(client.appId);
    expect(run.stdout).toContain(`MCP client app (public client) for agents: ${client.appId}`);
  });

  it('repairs on a second run: the subject moved to the immutable form, a stale deployer credential goes, nothing is created twice', () => {
    const first = legacyRun();
    expect(first.status, first.stderr).toBe(0);
    const state = structuredClone(first.state);
    // The repository was renamed after 2026-07-15 (now immutable), and an older set-up trusted lightning on the deployer.
    state.github.repos['octo/agents']!.created_at = '2026-09-01T00:00:00Z';
    app(state, 'github-mcp-aks-deployer').federatedIdentityCredentials.push({ id: 'old', name: 'github-environment-lightning', issuer: ISSUER, subject: 'repo:octo/agents:environment:lightning', audiences: ['api://AzureADTokenExchange'] });
    const second = setup(state, ['--repo', 'octo/agents']);
    expect(second.status, second.stderr).toBe(0);
    expect(subjects(second.state, 'github-mcp-aks-deployer')).toEqual({
      'github-environment-production': 'repo:octo@1001/agents@2002:environment:production',
      'github-branch-main': 'repo:octo@1001/agents@2002:ref:refs/heads/main',
    });
    expect(second.state.apps).toHaveLength(first.state.apps.length);
    expect(second.state.roleAssignments).toHaveLength(first.state.roleAssignments.length);
    expect(second.state.roleDefinitions).toHaveLength(1);
    // az group create is idempotent by design (it updates an existing group); everything else is created once.
    const creates = second.cli.calls().filter((c) => (c.includes('create') && c[2] !== 'create') || c.join(' ').includes('-X POST'));
    expect(creates.map((c) => c.slice(0, 5).join(' '))).toEqual([]);
  });
});
