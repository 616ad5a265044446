import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stand-ins for the Azure CLI (`az`) and the GitHub CLI (`gh`) that scripts/setup-oidc.sh drives, sharing
 * one state file, so a test can seed a tenant and a repository, run the real script, and read what it left.
 * They answer the way the tools and services document:
 * - az prints JSON for `-o json` and nothing for `-o none`; `az ad sp show` of an unknown id fails (exit 3,
 *   "does not exist"); `az ad app federated-credential` list/create/update/delete keep the credentials of an
 *   app (https://learn.microsoft.com/cli/azure/ad/app/federated-credential);
 * - `az rest --method PATCH` on graph applications/{id} updates the properties it names and leaves the rest
 *   (https://learn.microsoft.com/graph/api/application-update); nested api properties merge likewise;
 * - `az role definition create` returns the definition with its GUID in `name` and its display name in
 *   `roleName` (https://learn.microsoft.com/cli/azure/role/definition);
 * - gh api: GET/PUT repos/{owner}/{repo}/environments/{name} (PUT replaces reviewers, wait timer and branch
 *   policy), the deployment-branch-policies endpoints answer 404 unless the environment has
 *   custom_branch_policies: true (https://docs.github.com/rest/deployments/branch-policies), and a branch
 *   policy of protected_branches and custom_branch_policies both true is a 422
 *   (https://docs.github.com/rest/deployments/environments).
 */
export interface FakeApp {
  appId: string;
  id: string;
  displayName: string;
  signInAudience?: string;
  identifierUris?: string[];
  api?: Record<string, unknown>;
  appRoles?: { id: string; value: string }[];
  publicClient?: { redirectUris: string[] };
  isFallbackPublicClient?: boolean;
  requiredResourceAccess?: unknown[];
  federatedIdentityCredentials: { id: string; name: string; issuer: string; subject: string; audiences: string[] }[];
}

export interface FakeEnvironment {
  protection_rules: Record<string, unknown>[];
  deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branch_policies: { id: number; name: string; type: string }[];
}

export interface FakeRepo {
  id: number;
  owner: { login: string; id: number };
  name: string;
  created_at: string;
  oidc_sub: { use_default: boolean; include_claim_keys?: string[] };
  environments: Record<string, FakeEnvironment>;
  variables: Record<string, string>;
}

export interface FakeState {
  account: { id: string; tenantId: string };
  signedIn: boolean;
  groups: Record<string, { id: string; location: string }>;
  apps: FakeApp[];
  servicePrincipals: { id: string; appId: string; appRoles?: { id: string; value: string }[]; appRoleAssignments: { principalId: string; resourceId: string; appRoleId: string }[] }[];
  roleDefinitions: { name: string; roleName: string; assignableScopes: string[]; actions: string[]; dataActions: string[] }[];
  roleAssignments: { id: string; principalId: string; roleDefinitionId: string; scope: string; condition?: string }[];
  github: { authenticated: boolean; repos: Record<string, FakeRepo> };
  counter: number;
}

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export function emptyState(): FakeState {
  return {
    account: { id: '00000000-0000-0000-0000-0000000000aa', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    signedIn: true,
    groups: {},
    apps: [],
    servicePrincipals: [
      {
        id: 'graph-sp',
        appId: GRAPH_APP_ID,
        appRoles: [
          ...['AgentIdentity.CreateAsManager', 'AgentIdentity.Read.All', 'AgentIdentityBlueprint.Read.All', 'AgentIdentityBlueprint.ReadWrite.All', 'AgentIdentityBlueprintPrincipal.Create', 'AgentIdentityBlueprintPrincipal.Read.All'].map(
            (value, i) => ({ id: `graph-permission-${i}`, value }),
          ),
        ],
        appRoleAssignments: [],
      },
    ],
    roleDefinitions: [],
    roleAssignments: [],
    github: { authenticated: true, repos: {} },
    counter: 0,
  };
}

const SCRIPT = String.raw`#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const tool = path.basename(process.argv[1]);
const args = process.argv.slice(2);
const dir = process.env.FAKE_CLI_DIR;
const statePath = path.join(dir, 'state.json');
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify([tool, ...args]) + '\n');
const save = () => fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
const fail = (code, message) => { process.stderr.write(message + '\n'); process.exit(code); };
const next = (prefix) => prefix + '-' + String(++state.counter).padStart(4, '0');
const guid = () => { const n = String(++state.counter).padStart(12, '0'); return '00000000-0000-4000-8000-' + n; };

const words = []; const opts = {}; const repeated = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('-') && a !== '-') {
    const value = args[i + 1];
    i++;
    opts[a] = value;
    (repeated[a] = repeated[a] || []).push(value);
  } else words.push(a);
}
const out = (value) => { if ((opts['-o'] || opts['--output'] || 'json') !== 'none') process.stdout.write(JSON.stringify(value, null, 2) + '\n'); save(); process.exit(0); };
const done = () => { save(); process.exit(0); };
const merge = (target, patch) => {
  for (const [k, v] of Object.entries(patch)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && target[k] && typeof target[k] === 'object' && !Array.isArray(target[k])) merge(target[k], v);
    else target[k] = v;
  }
};
const appOf = (id) => state.apps.find((a) => a.appId === id || a.id === id);
const spOf = (id) => state.servicePrincipals.find((s) => s.appId === id || s.id === id);
const command = words.join(' ');

if (tool === 'az') {
  if (command === 'account show') { if (!state.signedIn) fail(1, 'ERROR: Please run az login to setup account.'); out({ ...state.account, name: 'subscription', user: { name: 'admin@contoso.example', type: 'user' } }); }
  if (command === 'account set') { state.account.id = opts['--subscription']; done(); }
  if (command === 'group create') { const name = opts['--name']; state.groups[name] = state.groups[name] || { id: '/subscriptions/' + state.account.id + '/resourceGroups/' + name, location: opts['--location'] }; out({ name, ...state.groups[name] }); }
  if (command === 'group show') { const g = state.groups[opts['--name']]; if (!g) fail(3, "ERROR: Resource group '" + opts['--name'] + "' could not be found."); out({ name: opts['--name'], ...g }); }
  if (command === 'ad app list') out(state.apps.filter((a) => a.displayName === opts['--display-name']).map(({ federatedIdentityCredentials, ...a }) => a));
  if (command === 'ad app create') { const app = { appId: guid(), id: guid(), displayName: opts['--display-name'], signInAudience: opts['--sign-in-audience'], federatedIdentityCredentials: [] }; state.apps.push(app); out(app); }
  if (command === 'ad app show') { const app = appOf(opts['--id']); if (!app) fail(3, "ERROR: Resource '" + opts['--id'] + "' does not exist or one of its queried reference-property objects are not present."); const { federatedIdentityCredentials, ...rest } = app; out(rest); }
  if (command === 'ad sp show') { const sp = spOf(opts['--id']); if (!sp) fail(3, "ERROR: Resource '" + opts['--id'] + "' does not exist or one of its queried reference-property objects are not present."); const { appRoleAssignments, ...rest } = sp; out(rest); }
  if (command === 'ad sp create') { if (!appOf(opts['--id'])) fail(3, 'ERROR: application not found'); const sp = { id: guid(), appId: appOf(opts['--id']).appId, appRoleAssignments: [] }; state.servicePrincipals.push(sp); out(sp); }
  if (command.startsWith('ad app federated-credential')) {
    const app = appOf(opts['--id']); if (!app) fail(3, 'ERROR: application not found');
    const sub = words[3];
    if (sub === 'list') out(app.federatedIdentityCredentials);
    const find = () => app.federatedIdentityCredentials.findIndex((c) => c.id === opts['--federated-credential-id'] || c.name === opts['--federated-credential-id']);
    if (sub === 'create') { const p = JSON.parse(opts['--parameters']); if (app.federatedIdentityCredentials.some((c) => c.name === p.name)) fail(1, 'ERROR: FederatedIdentityCredential with name ' + p.name + ' already exists.'); if (app.federatedIdentityCredentials.some((c) => c.issuer === p.issuer && c.subject === p.subject)) fail(1, 'ERROR: a credential with this issuer and subject exists'); const c = { id: guid(), ...p }; app.federatedIdentityCredentials.push(c); out(c); }
    if (sub === 'update') { const i = find(); if (i < 0) fail(3, 'ERROR: credential not found'); const p = JSON.parse(opts['--parameters']); if (p.name !== app.federatedIdentityCredentials[i].name) fail(1, 'ERROR: the name of a credential cannot change'); app.federatedIdentityCredentials[i] = { ...app.federatedIdentityCredentials[i], ...p }; done(); }
    if (sub === 'delete') { const i = find(); if (i < 0) fail(3, 'ERROR: credential not found'); app.federatedIdentityCredentials.splice(i, 1); done(); }
  }
  if (command === 'role definition list') out(state.roleDefinitions.filter((d) => (d.roleName === opts['--name'] || d.name === opts['--name']) && (!opts['--scope'] || d.assignableScopes.includes(opts['--scope']))));
  if (command === 'role definition create') {
    const def = JSON.parse(opts['--role-definition']);
    if (!def.Name || !Array.isArray(def.AssignableScopes) || def.AssignableScopes.length === 0) fail(1, 'ERROR: a role definition needs Name and AssignableScopes');
    if (state.roleDefinitions.some((d) => d.roleName === def.Name)) fail(1, 'ERROR: RoleDefinitionWithSameNameExists');
    const d = { name: guid(), roleName: def.Name, assignableScopes: def.AssignableScopes, actions: def.Actions || [], dataActions: def.DataActions || [] };
    state.roleDefinitions.push(d); out({ ...d, id: '/subscriptions/' + state.account.id + '/providers/Microsoft.Authorization/roleDefinitions/' + d.name, roleType: 'CustomRole' });
  }
  if (command === 'role assignment list') out(state.roleAssignments.filter((r) => (!opts['--assignee'] || r.principalId === opts['--assignee']) && (!opts['--role'] || r.roleDefinitionId === opts['--role']) && (!opts['--scope'] || r.scope === opts['--scope'])));
  if (command === 'role assignment create') {
    const r = { id: guid(), principalId: opts['--assignee-object-id'], roleDefinitionId: opts['--role'], scope: opts['--scope'] };
    if (opts['--condition']) { if (opts['--condition-version'] !== '2.0') fail(1, 'ERROR: --condition needs --condition-version 2.0'); r.condition = opts['--condition']; }
    if (state.roleAssignments.some((x) => x.principalId === r.principalId && x.roleDefinitionId === r.roleDefinitionId && x.scope === r.scope)) fail(1, 'ERROR: The role assignment already exists.');
    state.roleAssignments.push(r); out(r);
  }
  if (command === 'rest') {
    const uri = opts['--uri'].replace('https://graph.microsoft.com/v1.0/', '');
    const method = (opts['--method'] || 'GET').toUpperCase();
    let m;
    if (method === 'PATCH' && (m = /^applications\/([^/]+)$/.exec(uri))) { const app = appOf(m[1]); if (!app || app.id !== m[1]) fail(1, 'ERROR: Not Found({"error":{"code":"Request_ResourceNotFound"}})'); merge(app, JSON.parse(opts['--body'])); done(); }
    if ((m = /^servicePrincipals\/([^/]+)\/appRoleAssignments$/.exec(uri))) {
      const sp = spOf(m[1]); if (!sp) fail(1, 'ERROR: Not Found');
      if (method === 'GET') out({ value: sp.appRoleAssignments });
      if (method === 'POST') { const body = JSON.parse(opts['--body']); sp.appRoleAssignments.push(body); out({ id: guid(), ...body }); }
    }
  }
  fail(2, 'fake az: unsupported command ' + args.join(' '));
}

if (tool === 'gh') {
  if (command === 'auth status') { if (!state.github.authenticated) fail(1, 'You are not logged into any GitHub hosts. To log in, run: gh auth login'); done(); }
  if (words[0] === 'variable' && words[1] === 'set') { const repo = state.github.repos[opts['--repo']]; if (!repo) fail(1, 'HTTP 404: Not Found'); repo.variables[words[2]] = opts['--body']; done(); }
  if (words[0] === 'api') {
    const method = (opts['-X'] || opts['--method'] || ((repeated['-f'] || repeated['-F']) ? 'POST' : 'GET')).toUpperCase();
    const route = words[1];
    const notFound = () => fail(1, 'gh: Not Found (HTTP 404)');
    const m = /^repos\/([^/]+\/[^/]+)(?:\/(.*))?$/.exec(route);
    if (!m) notFound();
    const repo = state.github.repos[m[1]];
    if (!repo) notFound();
    const rest = m[2] || '';
    const print = (v) => { process.stdout.write(JSON.stringify(v) + '\n'); save(); process.exit(0); };
    const body = () => opts['--input'] === '-' ? JSON.parse(fs.readFileSync(0, 'utf8')) : Object.fromEntries((repeated['-f'] || []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    if (rest === '' && method === 'GET') print({ id: repo.id, name: repo.name, full_name: m[1], owner: repo.owner, created_at: repo.created_at });
    if (rest === 'actions/oidc/customization/sub' && method === 'GET') print(repo.oidc_sub);
    let e;
    if ((e = /^environments\/([^/]+)$/.exec(rest))) {
      const name = e[1];
      if (method === 'GET') { const env = repo.environments[name]; if (!env) notFound(); print({ name, protection_rules: env.protection_rules, deployment_branch_policy: env.deployment_branch_policy }); }
      if (method === 'PUT') {
        const b = body();
        const policy = b.deployment_branch_policy ?? null;
        if (policy && policy.protected_branches === policy.custom_branch_policies) fail(1, 'gh: Validation Failed (HTTP 422)');
        const rules = [];
        if (b.wait_timer) rules.push({ id: 1, type: 'wait_timer', wait_timer: b.wait_timer });
        if ((b.reviewers || []).length > 0) rules.push({ id: 2, type: 'required_reviewers', prevent_self_review: Boolean(b.prevent_self_review), reviewers: b.reviewers.map((r) => ({ type: r.type, reviewer: { id: r.id } })) });
        if (policy) rules.push({ id: 3, type: 'branch_policy' });
        const env = repo.environments[name] || { branch_policies: [] };
        repo.environments[name] = { ...env, protection_rules: rules, deployment_branch_policy: policy, branch_policies: policy && policy.custom_branch_policies ? env.branch_policies : [] };
        print({ name, protection_rules: rules, deployment_branch_policy: policy });
      }
    }
    if ((e = /^environments\/([^/]+)\/deployment-branch-policies(?:\/(\d+))?$/.exec(rest))) {
      const env = repo.environments[e[1]];
      if (!env || !env.deployment_branch_policy || !env.deployment_branch_policy.custom_branch_policies) notFound();
      if (method === 'GET' && !e[2]) print({ total_count: env.branch_policies.length, branch_policies: env.branch_policies });
      if (method === 'POST' && !e[2]) { const b = body(); if (env.branch_policies.some((p) => p.name === b.name && p.type === (b.type || 'branch'))) fail(1, 'gh: Validation Failed (HTTP 422)'); const p = { id: ++state.counter, name: b.name, type: b.type || 'branch' }; env.branch_policies.push(p); print(p); }
      if (method === 'DELETE' && e[2]) { const i = env.branch_policies.findIndex((p) => String(p.id) === e[2]); if (i < 0) notFound(); env.branch_policies.splice(i, 1); save(); process.exit(0); }
    }
    fail(1, 'gh: fake does not serve ' + method + ' ' + route);
  }
  fail(2, 'fake gh: unsupported command ' + args.join(' '));
}
`;

export interface FakeCli {
  /** Put first on PATH. */
  binDir: string;
  /** Environment for the script: PATH with the fakes first, and where they keep their state. */
  env: NodeJS.ProcessEnv;
  state(): FakeState;
  /** Every call, as [tool, ...args]. */
  calls(): string[][];
}

/** Installs `az` and, unless `gh: false`, `gh` in dir/bin, seeded with `state`. */
export function installFakeCli(dir: string, seed: FakeState, options: { gh?: boolean } = {}): FakeCli {
  const binDir = join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  writeFileSync(join(dir, 'state.json'), JSON.stringify(seed, null, 2));
  for (const tool of options.gh === false ? ['az'] : ['az', 'gh']) {
    writeFileSync(join(binDir, tool), SCRIPT);
    chmodSync(join(binDir, tool), 0o755);
  }
  const log = join(dir, 'calls.jsonl');
  // PATH holds the fakes and links to the few tools the script needs, never a real az or gh the machine has.
  const toolsDir = join(dir, 'tools');
  mkdirSync(toolsDir, { recursive: true });
  symlinkSync(process.execPath, join(toolsDir, 'node'));
  for (const tool of ['bash', 'jq', 'sed', 'awk', 'cat', 'env', 'head', 'tr', 'sort', 'printf']) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (found.startsWith('/')) symlinkSync(found, join(toolsDir, tool));
  }
  return {
    binDir,
    env: { PATH: `${binDir}:${toolsDir}`, HOME: dir, FAKE_CLI_DIR: dir, LANG: 'C.UTF-8' },
    state: () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as FakeState,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as string[])
        : [],
  };
}
