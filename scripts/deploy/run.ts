import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseOutputFile } from '@mcp-aks/actions-kit';
import { localImageTag, parseDeployArgs, planDeploy, USAGE, type DeployArgs, type DeployStep, type Resolved, type StepOutputs } from './plan';

const exec = promisify(execFile);
export const CHECKOUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface DeployIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The actions' own entry points: the same code the workflow's steps run. */
const ACTIONS: Record<DeployStep['action'], () => Promise<() => Promise<void>>> = {
  provision: async () => (await import('../../actions/provision/src/main')).run,
  'deploy-aks': async () => (await import('../../actions/deploy-aks/src/main')).run,
  verify: async () => (await import('../../actions/verify/src/main')).run,
};

async function az(args: string[]): Promise<string> {
  const { stdout } = await exec('az', args, { encoding: 'utf8' });
  return stdout.trim();
}

/** What the arguments leave open, from the Azure CLI sign-in and git (as a person would look them up). */
async function resolveMissing(args: DeployArgs, workspace: string, now: Date): Promise<Resolved> {
  const subscriptionId = args.subscriptionId ?? (await az(['account', 'show', '--query', 'id', '-o', 'tsv']).catch(() => ''));
  if (!subscriptionId) throw new Error("no subscription: pass --subscription or sign in with 'az login'");
  const deployerPrincipalId =
    args.deployerPrincipalId ?? (args.phases.includes('provision') ? await az(['ad', 'signed-in-user', 'show', '--query', 'id', '-o', 'tsv']).catch(() => '') : '');
  if (args.phases.includes('provision') && !deployerPrincipalId) throw new Error('no deployer principal: pass --deployer-principal-id (a service principal signed in to az has no signed-in user)');
  const commit = await exec('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).then((r) => r.stdout.trim(), () => undefined);
  return { subscriptionId, deployerPrincipalId, imageTag: args.imageTag ?? localImageTag(commit, now) };
}

/**
 * Runs one action's run() as the runner runs a step: INPUT_* variables, a GITHUB_OUTPUT file, the checkout as
 * GITHUB_WORKSPACE, and no GitHub OIDC variables, so the actions sign in with the Azure CLI.
 */
export async function runActionStep(run: () => Promise<void>, inputs: Record<string, string>, workspace: string): Promise<{ failed: boolean; outputs: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-aks-deploy-'));
  const outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_') || name.startsWith('ACTIONS_ID_TOKEN_REQUEST_') || name === 'GITHUB_STEP_SUMMARY') delete process.env[name];
  process.env.GITHUB_OUTPUT = outputFile;
  process.env.GITHUB_WORKSPACE = workspace;
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    await run();
    return { failed: process.exitCode === 1, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
  } finally {
    process.exitCode = exitCode;
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `./dev deploy` command: returns the exit status instead of exiting, so tests can call it. */
export async function runDeploy(
  argv: string[],
  env: Record<string, string | undefined>,
  io: DeployIO,
  options: { workspace?: string; now?: Date } = {},
): Promise<number> {
  const parsed = parseDeployArgs(argv, env);
  if ('help' in parsed && parsed.help) {
    io.out(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.err(`deploy: ${parsed.error}`);
    io.err(USAGE);
    return 2;
  }
  const { args } = parsed as { args: DeployArgs };
  const workspace = options.workspace ?? CHECKOUT;
  let steps: DeployStep[];
  try {
    steps = planDeploy(args, await resolveMissing(args, workspace, options.now ?? new Date()));
  } catch (error) {
    io.err(`deploy: ${(error as Error).message}`);
    return 2;
  }
  const outputs: StepOutputs = {};
  for (const step of steps) {
    io.out(`\n== ${step.phases.join(' + ')} (${step.action}) ==`);
    let inputs: Record<string, string>;
    try {
      inputs = step.inputs(outputs);
    } catch (error) {
      io.err(`deploy: ${(error as Error).message}`);
      return 1;
    }
    const result = await runActionStep(await ACTIONS[step.action](), inputs, workspace);
    if (result.failed) {
      io.err(`deploy: ${step.phases.join(' + ')} failed (see the error above); later phases were not run`);
      return 1;
    }
    outputs[step.action] = result.outputs;
  }
  const url = outputs['deploy-aks']?.['mcp-url'];
  io.out(`\ndeploy: ${args.phases.join(', ')} done${url ? `; MCP endpoint ${url}` : ''}`);
  return 0;
}
