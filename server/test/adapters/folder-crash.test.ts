import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderBlobStore } from '../../src/adapters/local/folder-blob-store';
import { completeVersion, versionedContent } from './support/versioned-content';

const DOCS = 3;
const SIZE = 4 * 1024 * 1024;
const ROUNDS = 4;

let work: string;
let writer: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'folder-crash-'));
  writer = join(work, 'crash-writer.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/crash-writer.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: writer,
    logLevel: 'silent',
    // CommonJS dependencies in an ESM bundle need a require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs the writer until it has finished `writes` puts, then kills it with SIGKILL a moment later. */
function runAndKill(dir: string, firstVersion: number, writes: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(firstVersion), String(DOCS), String(SIZE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      lines += d.toString().split('\n').length - 1;
      if (!killing && lines >= writes) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killing) resolve(lines);
      else reject(new Error(`writer ended on its own (code ${code}, signal ${signal}): ${stderr.slice(-1000)}`));
    });
  });
}

describe('local folder store under kill -9', () => {
  it('leaves every document whole (old or new) and never lists a temp file', async () => {
    const dir = join(work, 'container');
    const store = new FolderBlobStore(dir);
    for (let k = 0; k < DOCS; k++) await store.put(`doc-${k}`, versionedContent(0, k, SIZE));

    const current = Array.from({ length: DOCS }, () => 0);
    let tempFilesSeen = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const firstVersion = round * 100;
      await runAndKill(dir, firstVersion, 2 + round, round * 3);
      for (let k = 0; k < DOCS; k++) {
        const doc = await new FolderBlobStore(dir).get(`doc-${k}`);
        expect(doc, `doc-${k} after round ${round}`).toBeDefined();
        const version = completeVersion(doc?.content ?? '', k);
        expect(version, `doc-${k} torn after round ${round}`).toBeDefined();
        // Either the version it had before this round or one this round's writer completed.
        const fresh = version !== undefined && version >= firstVersion && version < firstVersion + 100;
        expect(version === current[k] || fresh, `doc-${k} went back to version ${version}`).toBe(true);
        current[k] = version ?? -1;
      }
      expect((await new FolderBlobStore(dir).list()).map((d) => d.name)).toEqual(Array.from({ length: DOCS }, (_, k) => `doc-${k}`));
      tempFilesSeen += (await readdir(dir)).filter((f) => f.startsWith('.~tmp.')).length;
    }

    // A restarted store removes what killed writers left behind (stale after 0 ms here).
    await new FolderBlobStore(dir, { staleTempMs: 0 }).list();
    expect((await readdir(dir)).filter((f) => f.startsWith('.~tmp.'))).toEqual([]);
    console.info(`kill -9 rounds left ${tempFilesSeen} temp file(s) behind; all removed on restart`);
  });
});
