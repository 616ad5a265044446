import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bicepDir, findBicepCli, repoRoot } from './bicep-cli';

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

  it('trusts the repository\'s environment and branch with the GitHub issuer', () => {
    const setup = readFileSync(file, 'utf8');
    expect(setup).toContain('"repo:$repo:environment:$environment"');
    expect(setup).toContain('"repo:$repo:ref:refs/heads/$branch"');
    expect(setup).toContain('issuer: "https://token.actions.githubusercontent.com"');
    expect(setup).toContain('audiences: ["api://AzureADTokenExchange"]');
  });
});
