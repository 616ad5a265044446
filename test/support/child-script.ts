import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/** Bundles a TypeScript entry point into one ESM file that `node` runs as a child process. */
export async function bundleChildScript(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

/**
 * For a test file whose tests run `entry` as child processes: a temporary folder made before the
 * file's tests and removed after them, the bundled script in it, and a fresh sub-folder per case.
 */
export function childScriptWorkspace(entry: string, prefix: string): { readonly script: string; freshDir(): Promise<string> } {
  let work = '';
  let script = '';
  let cases = 0;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), prefix));
    script = await bundleChildScript(entry, work);
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  return {
    get script() {
      return script;
    },
    async freshDir() {
      const dir = join(work, `case-${++cases}`);
      await mkdir(dir);
      return dir;
    },
  };
}

/** Runs a bundled child to its end; rejects with its stderr when it exits with an error. */
export function runChild(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve(out) : reject(new Error(`${basename(script)} ${args.join(' ')} ended with ${code ?? signal}: ${err}`))));
  });
}

/** Starts a bundled child and resolves once it has written `line` to stdout (it keeps running). */
export function startChildUntil(script: string, args: string[], line: string, timeoutMs = 15_000): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${basename(script)} did not say "${line}" within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').includes(line)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${basename(script)} ended (${code ?? signal}) before saying "${line}": ${err}`));
    });
  });
}

/** Kills a child with SIGKILL (no clean-up runs in it) and waits until it is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
