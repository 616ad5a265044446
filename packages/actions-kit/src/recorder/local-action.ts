import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

export interface LocalActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  errors: string[];
  warnings: string[];
  summary: string;
}

// Anything the runner would set that must not leak into a local run.
const SCRUBBED = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS'];

/**
 * Runs an action's source the way a person does on a laptop: `npx local-action <dir> src/main.ts <env>`
 * (the @github/local-action CLI, which stubs @actions/core), with the given `.env` contents.
 */
export async function runLocalAction(options: {
  action: string;
  env: Record<string, string>;
  pathPrepend?: string;
  /** PEM certificates the child must trust (a https recorder's), via NODE_EXTRA_CA_CERTS. */
  trust?: string[];
  timeoutMs?: number;
}): Promise<LocalActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `local-action-${options.action}-`));
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(summaryFile, '');
  const envFile = join(dir, '.env');
  const lines = Object.entries({ GITHUB_STEP_SUMMARY: summaryFile, ...options.env }).map(([k, v]) => `${k}=${dotenvValue(v)}`);
  writeFileSync(envFile, lines.join('\n') + '\n');

  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const name of SCRUBBED) delete env[name];
  if (options.trust?.length) {
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, options.trust.join('\n'));
    env.NODE_EXTRA_CA_CERTS = caFile;
  }
  if (options.pathPrepend) env.PATH = `${options.pathPrepend}:${env.PATH ?? ''}`;

  const bin = join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');
  const child = spawn(process.execPath, [bin, `actions/${options.action}`, 'src/main.ts', envFile], { cwd: REPO_ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 110_000);
  const code = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  clearTimeout(timer);

  // eslint-disable-next-line no-control-regex
  const plain = stdout.replace(/\u001b\[[0-9;]*m/g, '');
  const outputs: Record<string, string> = {};
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const line of plain.split('\n')) {
    const output = /^::set-output name=([^:]+)::(.*)$/.exec(line);
    if (output) outputs[output[1]!] = output[2]!;
    const error = /^::error(?: [^:]*)?::(.*)$/.exec(line);
    if (error) errors.push(error[1]!);
    const warning = /^::warning(?: [^:]*)?::(.*)$/.exec(line);
    if (warning) warnings.push(warning[1]!);
  }
  return { code, stdout: plain, stderr, outputs, errors, warnings, summary: readFileSync(summaryFile, 'utf8') };
}

/** dotenv keeps single-quoted values literally (JSON inputs survive); double quotes only for newlines. */
function dotenvValue(value: string): string {
  if (!value.includes("'") && !value.includes('\n')) return `'${value}'`;
  if (!value.includes('"')) return `"${value.replace(/\n/g, '\\n')}"`;
  throw new Error(`cannot write this value to a .env file: ${value}`);
}
