import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputFile } from '../step-outputs';

export interface InProcessRun {
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
  /** Everything the action wrote to stdout (workflow commands included). */
  log: string;
}

export { parseOutputFile } from '../step-outputs';

/**
 * Runs an action's `run()` in this process with the environment the runner gives a step: INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The environment and exit code are restored.
 */
let summaryFile: string | undefined;

export async function runInProcess(run: () => Promise<void>, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<InProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(dir, 'output');
  // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it saw: one file per process.
  summaryFile ??= join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const name of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    if (!(name in env)) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
  }
  Object.assign(process.env, env);
  const savedExit = process.exitCode;
  process.exitCode = undefined;
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
  }
  const failed = process.exitCode === 1;
  process.exitCode = savedExit;
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), failed, log: chunks.join('') };
}
