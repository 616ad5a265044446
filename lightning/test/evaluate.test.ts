import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '@mcp-aks/core';
import { addToEvalSet } from '../src/evaluate/eval-set';
import { currentEvalSet, listEvalSets } from '../src/evaluate/store';
import { EmbeddedStore, LightningStore } from '../src/store';
import { makeEpisode } from './helpers/fixtures';
import { decideGate } from '../src/evaluate/gate-decision';
import { combineScore, runChecks } from '../src/evaluate/graders';
import { promptHash } from '../src/evaluate/prompt';
import { meanInterval, normalQuantile, percentile, tQuantile, winTieLoss } from '../src/evaluate/stats';
import { parseResultCsv, thin } from '../src/training/results';
import { escapeXml } from '../src/report/svg';

describe('evaluation statistics', () => {
  it('matches the Student t and normal tables', () => {
    // Two-sided 95% critical values from the t table.
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 2);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.303, 3);
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.571, 2);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(tQuantile(0.95, 20)).toBeCloseTo(1.725, 3);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326, 3);
  });

  it('computes the mean interval of paired differences', () => {
    const i = meanInterval([0.1, 0.3, 0.2, 0.4, 0.0], 0.95);
    // mean 0.2, sd 0.1581, se 0.0707, t(0.975, 4) = 2.776
    expect(i.mean).toBeCloseTo(0.2, 10);
    expect(i.low).toBeCloseTo(0.2 - 2.776 * 0.0707, 2);
    expect(i.high).toBeCloseTo(0.2 + 2.776 * 0.0707, 2);
    expect(meanInterval([0.5])).toEqual({ n: 1, mean: 0.5, low: 0.5, high: 0.5 });
    expect(winTieLoss([0.5, 0.01, -0.2, -0.04])).toEqual({ wins: 1, ties: 2, losses: 1 });
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
  });

  it('passes the gate only when the lower bound clears the margin with enough examples', () => {
    const settings = { margin: 0, confidence: 0.95, minExamples: 5 };
    expect(decideGate(meanInterval([0.3, 0.2, 0.4, 0.3, 0.25]), settings).passed).toBe(true);
    // Better on average, but not with confidence.
    const noisy = decideGate(meanInterval([0.9, -0.6, 0.8, -0.5, 0.1]), settings);
    expect(noisy).toMatchObject({ passed: false });
    expect(noisy.reason).toMatch(/lower bound not above 0/);
    expect(decideGate(meanInterval([0.5, 0.5]), settings).reason).toBe('2 paired examples; the gate needs at least 5');
    expect(decideGate(meanInterval([0.3, 0.2, 0.4, 0.3, 0.25]), { ...settings, margin: 0.2 }).passed).toBe(false);
  });
});

describe('graders', () => {
  const item = { messages: [{ role: 'user' as const, content: 'Steps to rotate the key for ops@contoso.com?' }], reference: '1. Find the key\n2. Rotate it' };
  it('checks answers deterministically', () => {
    expect(runChecks(item, { content: '1. Open the vault\n2. Rotate', finishReason: 'stop' })).toEqual({ answered: true, complete: true, no_new_secret: true, shape: true });
    expect(runChecks(item, { content: 'Rotate it.', finishReason: 'length' })).toMatchObject({ complete: false, shape: false });
    expect(runChecks(item, { content: '1. Mail admin@fabrikam.com\n2. Also bob@fabrikam.com' }).no_new_secret).toBe(false);
    expect(runChecks({ ...item, reference: '{"steps":[]}' }, { content: '{"steps":["a"]}' }).shape).toBe(true);
    expect(runChecks(item, { content: '', error: 'HTTP 500' })).toMatchObject({ answered: false, shape: false });
  });
  it('combines the judge and the checks', () => {
    const all = { answered: true, complete: true, no_new_secret: true, shape: true };
    expect(combineScore(0.6, all)).toBeCloseTo(0.7, 10);
    expect(combineScore(null, { ...all, shape: false })).toBeCloseTo(0.5, 10);
    expect(combineScore(1, { ...all, answered: false })).toBe(-1);
  });
});

describe('prompt hash', () => {
  it('ignores case, spacing and the system prompt, not the conversation', () => {
    const a = promptHash([{ role: 'system', content: 'v1' }, { role: 'user', content: 'Scale  API-0 on AKS?' }]);
    expect(promptHash([{ role: 'system', content: 'v2' }, { role: 'user', content: 'scale api-0 on aks?' }])).toBe(a);
    expect(promptHash([{ role: 'user', content: 'scale api-1 on aks?' }])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('training result files', () => {
  // Columns as Azure OpenAI documents results.csv ("Analyze your customized model"); empty cells between validation steps.
  const csv = 'step,train_loss,train_mean_token_accuracy,valid_loss,validation_mean_token_accuracy\n1,2.5,0.4,,\n2,2.1,0.5,2.3,0.45\n3,1.7,0.6,,\n';
  it('reads the CSV, plain or base64-encoded', () => {
    const rows = parseResultCsv(csv);
    expect(rows).toEqual([
      { step: 1, trainLoss: 2.5, trainAccuracy: 0.4 },
      { step: 2, trainLoss: 2.1, trainAccuracy: 0.5, validLoss: 2.3, validAccuracy: 0.45 },
      { step: 3, trainLoss: 1.7, trainAccuracy: 0.6 },
    ]);
    expect(parseResultCsv(Buffer.from(csv).toString('base64'))).toEqual(rows);
    expect(parseResultCsv('step,full_valid_loss,valid_mean_token_accuracy\n7,N/A,0.9')).toEqual([{ step: 7, validAccuracy: 0.9 }]);
    expect(() => parseResultCsv('not,a,result\n1,2,3')).toThrow(/no "step" column/);
  });
  it('thins long runs evenly, keeping the ends', () => {
    const rows = Array.from({ length: 1001 }, (_, i) => i);
    const thinned = thin(rows, 11);
    expect(thinned).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
  it('escapes labels in charts', () => {
    expect(escapeXml(`<tool a="b">'&`)).toBe('&lt;tool a=&quot;b&quot;&gt;&#39;&amp;');
  });
});

describe('eval-set add', () => {
  it('refuses what would not fit one stored version, and a selection that finds no exchange', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lightning-evalset-'));
    const store = new LightningStore(new EmbeddedStore(dir));
    try {
      const ctx = { store, agentId: 'agent-e', logger: silentLogger };
      const long = 'x'.repeat(15_000);
      const big = Array.from({ length: 130 }, (_, i) => makeEpisode({ agentId: 'agent-e', input: { question: `${i} ${long}` } }));
      await store.putEpisodes(big);
      await expect(addToEvalSet(ctx, { to: '2030-01-01T00:00:00Z', limit: 200 })).rejects.toThrow(/one version adds at most 1800000/);
      await expect(addToEvalSet(ctx, { episodes: ['ep-missing'] })).rejects.toThrow(/none of the episodes ep-missing/);
      await expect(addToEvalSet(ctx, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).rejects.toThrow(/is after/);
      const small = await addToEvalSet(ctx, { episodes: [big[0]!.id, big[1]!.id], note: 'two' });
      expect(small).toMatchObject({ added: 2, evalSet: { version: 1, added: { note: 'two' } } });
      // Two adds at once: both keep their prompts, as versions 2 and 3.
      const [a, b] = await Promise.all([addToEvalSet(ctx, { episodes: [big[2]!.id, big[3]!.id] }), addToEvalSet(ctx, { episodes: [big[3]!.id, big[4]!.id] })]);
      expect(a.added + b.added).toBe(4);
      const current = await currentEvalSet(ctx);
      expect(current).toMatchObject({ version: 3 });
      expect(current!.items.map((i) => i.episodeId).sort()).toEqual([0, 1, 2, 3, 4].map((i) => big[i]!.id).sort());
      expect((await listEvalSets(ctx, 10)).map((s) => [s.version, s.items.length])).toEqual([[3, 5], [2, expect.any(Number)], [1, 2]]);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
