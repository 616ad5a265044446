import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli';
import { EmbeddedStore, LightningStore } from '../src/store';
import { makeEpisode } from './helpers/fixtures';

describe('lightning CLI', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-cli-'));
    env = { DATA_DIR: dir, LIGHTNING_AGENT_ID: 'cli-agent' };
    const store = new LightningStore(new EmbeddedStore(join(dir, 'lightning')));
    await store.putEpisodes(Array.from({ length: 12 }, (_, i) => makeEpisode({ agentId: 'cli-agent', input: { question: `cli ${i}` } })));
    await store.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints help, and refuses unknown commands and flags with exit code 2', async () => {
    expect((await cli(['--help'], env)).out).toMatch(/Usage: lightning <command>/);
    expect((await cli([], env)).code).toBe(2);
    for (const name of ['label', 'build-dataset', 'train', 'status', 'promote', 'rollback', 'deactivate', 'list']) {
      const help = await cli([name, '--help'], env);
      expect(help.code, name).toBe(0);
      expect(help.out, name).toMatch(new RegExp(`Usage: lightning ${name}`));
      expect(help.out, name).toMatch(/--json/);
    }
    expect(await cli(['nope'], env)).toMatchObject({ code: 2 });
    expect(await cli(['label', '--bogus'], env)).toMatchObject({ code: 2 });
    const bad = await cli(['build-dataset', '--min-reward', 'high'], env);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toMatch(/--min-reward expects a number/);
    const range = await cli(['build-dataset', '--validation-percent', '90'], env);
    expect(range.code).toBe(2);
    expect(range.err).toMatch(/validationPercent/);
    expect(range.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names the variable when the configuration is bad (exit 3)', async () => {
    const result = await cli(['label'], { ...env, COSMOS_ACCOUNT_URI: 'not a url' });
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/COSMOS_ACCOUNT_URI/);
  });

  it('dry runs write nothing; the real run labels and builds', async () => {
    const dry = await cli(['label', '--dry-run', '--json'], env);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, heuristic: { written: 12 } });
    expect(JSON.parse((await cli(['list', 'rewards', '--json'], env)).out)).toEqual([]);
    const labeled = await cli(['label', '--quiet'], env);
    expect(labeled.code).toBe(0);
    expect(labeled.err).toBe('');
    expect(labeled.out).toMatch(/12 heuristic rewards written/);
    // Heuristics alone make no example: the build says why and exits 5 (dataset not valid).
    const unrated = await cli(['build-dataset', '--dry-run', '--json', '--validation-percent', '0'], env);
    expect(unrated.code).toBe(5);
    expect(JSON.parse(unrated.out)).toMatchObject({ valid: false, counts: { excluded_unrated: 12 } });
    const built = await cli(['build-dataset', '--dry-run', '--json', '--validation-percent', '0', '--allow-heuristic-only', '--min-reward', '0.5'], env);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.out)).toMatchObject({ valid: true, counts: { train: 12 } });
    expect(JSON.parse((await cli(['list', 'datasets', '--json'], env)).out)).toEqual([]);
    const listed = JSON.parse((await cli(['list', 'episodes', '--limit', '3', '--json'], env)).out) as { id: string; reward: unknown }[];
    expect(listed).toHaveLength(3);
    for (const episode of listed) expect(episode.reward).toEqual({ combined: 0.5, basis: 'heuristic', sources: { heuristic: 0.5 }, trainable: false });
  });

  it('exit codes for nothing to do: no run to follow, nothing to roll back to', async () => {
    expect((await cli(['rollback'], env)).code).toBe(4);
    const promote = await cli(['promote'], env);
    expect(promote.code).toBe(3);
    expect(promote.err).toMatch(/OPENAI_BASE_URL/);
    const invalid = await cli(['build-dataset', '--min-reward', '1'], env);
    expect(invalid.code).toBe(5);
  });
});
