import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from './helpers/processes';

const run = promisify(execFile);
const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const STABLE_SUITE = join(modules, '@modelcontextprotocol/conformance/dist/index.js');
const NEXT_SUITE = join(modules, 'mcp-conformance-next/dist/index.js');
const INSPECTOR = join(modules, '@modelcontextprotocol/inspector/clients/launcher/build/index.js');

/** Runs a conformance CLI and returns its per-scenario summary and totals. */
async function conformance(cli: string, url: string, args: string[] = []) {
  const outDir = await mkdtemp(join(tmpdir(), 'conformance-'));
  try {
    const { stdout } = await run(process.execPath, [cli, 'server', '--url', url, '-o', outDir, ...args], { maxBuffer: 32 * 1024 * 1024, timeout: 240_000 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const summary = stdout.slice(stdout.indexOf('=== SUMMARY ==='));
    const scenarios = [...summary.matchAll(/^([✓✗]) (\S+): (\d+) passed, (\d+) failed/gmu)].map((m) => ({ ok: m[1] === '✓', name: m[2]!, passed: Number(m[3]), failed: Number(m[4]) }));
    const total = /Total: (\d+) passed, (\d+) failed/.exec(summary);
    return { scenarios, passed: Number(total?.[1] ?? 0), failed: Number(total?.[2] ?? -1), summary };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

describe('real MCP clients accept the server', () => {
  let server: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mcp-external-'));
    server = await spawnServer({ DATA_DIR: dataDir, MCP_CONFORMANCE_FIXTURES: 'true' });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  // The totals below are the README's "Tests and conformance" table: a scenario or check that stops
  // passing, or disappears, fails here.
  it('passes every scenario of the stable MCP conformance suite (0.1.16), active and pending', async () => {
    const active = await conformance(STABLE_SUITE, server.url);
    expect(active.summary).toContain('Total: 38 passed, 0 failed');
    expect(active.scenarios).toHaveLength(30);
    const all = await conformance(STABLE_SUITE, server.url, ['--suite', 'all']);
    expect(all.failed, all.summary).toBe(0);
    expect(all.scenarios).toHaveLength(32);
    expect(all.passed).toBe(42);
  }, 300_000);

  it('passes every 2025-11-25 scenario of the next conformance suite (0.2.0-alpha.12)', async () => {
    const result = await conformance(NEXT_SUITE, server.url, ['--spec-version', '2025-11-25', '--suite', 'all']);
    expect(result.failed, result.summary).toBe(0);
    expect(result.scenarios).toHaveLength(33);
    expect(result.passed).toBe(75);
  }, 300_000);

  it('passes every 2026-07-28 scenario of the next conformance suite, pending ones included', async () => {
    const result = await conformance(NEXT_SUITE, server.url, ['--spec-version', '2026-07-28', '--suite', 'all']);
    expect(result.scenarios.filter((s) => !s.ok)).toEqual([]);
    expect(result.failed, result.summary).toBe(0);
    expect(result.scenarios).toHaveLength(40);
    expect(result.passed).toBe(150);
  }, 300_000);

  it('meets the frozen 2026-07-28 requirements of the next conformance suite, the tasks extension included', async () => {
    const result = await conformance(NEXT_SUITE, server.url, ['--requirements', '2026-07-28']);
    expect(result.scenarios.filter((s) => !s.ok)).toEqual([]);
    expect(result.failed, result.summary).toBe(0);
    expect(result.scenarios).toHaveLength(50);
    expect(result.passed).toBe(194);
    expect(result.scenarios.map((s) => s.name)).toEqual(expect.arrayContaining(['input-required-result-tampered-state', 'tasks-lifecycle', 'tasks-mrtr-input', 'http-custom-header-server-validation']));
  }, 300_000);

  it('works with the MCP Inspector CLI: lists the tools, saves and reads a snippet', async () => {
    const env = { ...process.env, MCP_CATALOG_PATH: join(dataDir, 'inspector-catalog.json') };
    const inspect = async (...args: string[]) => JSON.parse((await run(process.execPath, [INSPECTOR, '--cli', server.url, ...args], { env, timeout: 60_000 })).stdout) as Record<string, unknown>;
    const listed = (await inspect('--method', 'tools/list')) as { tools: { name: string }[] };
    expect(listed.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['hello_mcp', 'save_snippet', 'get_snippet', 'list_snippets', 'delete_snippet', 'ask_foundry', 'next_best_action']));
    const saved = await inspect('--method', 'tools/call', '--tool-name', 'save_snippet', '--tool-arg', 'snippetname=inspector-note', 'snippet=saved by the inspector');
    expect(saved).toMatchObject({ structuredContent: { name: 'inspector-note' } });
    const got = await inspect('--method', 'tools/call', '--tool-name', 'get_snippet', '--tool-arg', 'snippetname=inspector-note');
    expect(got).toMatchObject({ content: [{ type: 'text', text: 'saved by the inspector' }] });
  }, 120_000);
});
