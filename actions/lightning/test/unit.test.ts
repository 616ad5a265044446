import { describe, expect, it } from 'vitest';
import { decidePromotion, manifestMarkdown, parseCommands } from '../src/plan';
import { agreementVerdict } from '../src/judge-agreement';
import { agreementOf } from '@mcp-aks/lightning';

describe('parseCommands', () => {
  it('runs the commands in the loop order', () => {
    expect(parseCommands('promote, train label')).toEqual(['label', 'train', 'promote']);
    expect(parseCommands('build-dataset,sample-alternatives,judge-agreement,label')).toEqual(['label', 'judge-agreement', 'sample-alternatives', 'build-dataset']);
  });
  it('refuses unknown and empty lists', () => {
    expect(() => parseCommands('label,deploy')).toThrow(/unknown command\(s\) deploy/);
    expect(() => parseCommands(' , ')).toThrow(/empty/);
  });
});

describe('decidePromotion', () => {
  const succeeded = { id: 'run-1', status: 'succeeded', fineTunedModel: 'ft:x' };
  it('promotes a succeeded run with a model when allowed', () => {
    expect(decidePromotion(true, succeeded)).toEqual({ promote: true, reason: 'training run run-1 succeeded with ft:x' });
  });
  it('holds back otherwise, saying why', () => {
    expect(decidePromotion(false, succeeded).reason).toBe('not allowed (allow-promote is false)');
    expect(decidePromotion(true, undefined).reason).toBe('no training run to promote');
    expect(decidePromotion(true, { ...succeeded, status: 'running' }).reason).toBe('training run run-1 is running, not succeeded');
    expect(decidePromotion(true, { ...succeeded, fineTunedModel: null }).promote).toBe(false);
  });
});

describe('manifestMarkdown', () => {
  it('lists files, counts, filters and problems', () => {
    const text = manifestMarkdown({
      id: 'ds-1',
      format: 'supervised',
      valid: false,
      targetModel: 'm',
      validationPercent: 10,
      salt: 's',
      filters: { minReward: 0.5, include: [] },
      counts: { episodes: 12, kept: 3 },
      files: [{ name: 'train.jsonl', examples: 3, bytes: 900, sha256: 'a'.repeat(64) }],
      problems: ['at least 10 examples are required'],
    });
    expect(text).toContain('### Dataset ds-1 (supervised, NOT valid)');
    expect(text).toContain('| train.jsonl | 3 | 900 | `aaaaaaaaaaaaaaaa…` |');
    expect(text).toContain('| include | [] |');
    expect(text).toContain('- at least 10 examples are required');
  });
});

describe('agreementVerdict', () => {
  const pairs = (n: number, agreeing: number) => agreementOf(Array.from({ length: n }, (_, i) => ({ episodeId: `ep-${i}`, human: 0.9, judge: i < agreeing ? 0.7 : 0.1, version: 'judge-v2:m' })));
  const policy = { minAgreement: 0.7, minEpisodes: 20 };
  it('is ok at the minimum and poor below it', () => {
    expect(agreementVerdict(pairs(20, 14), policy).status).toBe('ok');
    expect(agreementVerdict(pairs(20, 13), policy)).toMatchObject({ status: 'poor', message: expect.stringContaining('13 of 20 episodes (0.65), below the minimum 0.7') });
  });
  it('does not judge below the minimum number of episodes, nor with none', () => {
    expect(agreementVerdict(pairs(19, 0), policy).status).toBe('too-few');
    expect(agreementVerdict(pairs(0, 0), { minAgreement: 0.7, minEpisodes: 1 }).status).toBe('too-few');
  });
});
