import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchIndex } from '../../src/adapters/local/embedded-search-index';

const run = promisify(execFile);
let work: string;
let writer: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'index-processes-'));
  writer = join(work, 'index-writer.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/index-writer.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: writer,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('embedded search index shared by processes', () => {
  it('keeps every upsert when three processes write to the same folder at once', async () => {
    const dir = join(work, 'search');
    const reader = new EmbeddedSearchIndex(dir);
    expect(await reader.count()).toBe(0);
    const startAt = String(Date.now() + 1500);
    await Promise.all(['a', 'b', 'c'].map((prefix) => run(process.execPath, [writer, dir, prefix, '15', startAt])));
    expect(await reader.count()).toBe(45);
    expect((await reader.search('written by b', { top: 50 })).filter((h) => h.instruction.id.startsWith('b-'))).toHaveLength(15);
    expect(await readdir(dir)).toEqual(['task-instructions.json']);
  });
});
