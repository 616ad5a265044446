import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflowsDir = join(root, '.github/workflows');

interface Step {
  id?: string;
  uses?: string;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}

/** Every `steps.<id>.outputs.<name>` a job reads, with the local action (`./actions/x`) that step runs. */
export function outputReads(workflowText: string): { job: string; step: string; uses: string; output: string }[] {
  const workflow = parse(workflowText) as Workflow;
  const reads: { job: string; step: string; uses: string; output: string }[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const text = JSON.stringify(job);
    const steps = new Map((job.steps ?? []).filter((s) => s.id).map((s) => [s.id!, s.uses ?? '']));
    for (const match of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      reads.push({ job: jobName, step: match[1]!, uses: steps.get(match[1]!) ?? '', output: match[2]! });
    }
  }
  return reads;
}

function declaredOutputs(actionPath: string): string[] {
  const meta = parse(readFileSync(join(root, actionPath, 'action.yml'), 'utf8')) as { outputs?: Record<string, unknown> };
  return Object.keys(meta.outputs ?? {});
}

describe('step outputs the workflows read', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it('finds the reads it checks (the parser itself)', () => {
    const reads = outputReads('jobs:\n  a:\n    steps:\n      - id: p\n        uses: ./actions/provision\n      - run: echo ${{ steps.p.outputs.aksName }}\n');
    expect(reads).toEqual([{ job: 'a', step: 'p', uses: './actions/provision', output: 'aksName' }]);
  });

  it.each(files)('%s reads only outputs its local actions declare in action.yml', (file) => {
    const reads = outputReads(readFileSync(join(workflowsDir, file), 'utf8'));
    const undeclared = reads
      .filter((r) => r.uses.startsWith('./actions/'))
      .filter((r) => !declaredOutputs(r.uses).includes(r.output))
      .map((r) => `${r.job}: steps.${r.step}.outputs.${r.output} (${r.uses}/action.yml)`);
    expect(undeclared).toEqual([]);
    // A read of a step that does not exist (or has no id) is a typo that evaluates to ''.
    const orphans = reads.filter((r) => r.uses === '').map((r) => `${r.job}: steps.${r.step}.outputs.${r.output}`);
    expect(orphans).toEqual([]);
  });
});

describe('provision action.yml outputs', () => {
  it('declares, besides its own outputs, only outputs the template has', () => {
    const own = ['provisioning-state', 'deployment-id', 'outputs-json', 'what-if-counts', 'blueprint-app-id', 'agent-identity-id', 'agent-identity-app-id'];
    const template = JSON.parse(readFileSync(join(root, 'infra/bicep/main.json'), 'utf8')) as { outputs: Record<string, unknown> };
    const stray = declaredOutputs('actions/provision').filter((name) => !own.includes(name) && !(name in template.outputs));
    expect(stray).toEqual([]);
  });
});
