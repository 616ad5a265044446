import { describe, expect, it } from 'vitest';
import { backoffDelay, isTransientStatus, parseRetryAfter, retry } from '../src';

describe('retry', () => {
  it('retries transient failures and returns the first success', async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await retry(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('busy'), { status: 503 });
        return 'ok';
      },
      { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000, random: () => 1, retryable: () => true, sleep: async (ms) => void delays.push(ms) },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the last attempt and rethrows the failure', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, retryable: () => true, sleep: async () => {} },
      ),
    ).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  it('does not retry what the decision refuses, and honours a server-given delay', async () => {
    const delays: number[] = [];
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(calls === 1 ? 'throttled' : 'bad request');
        },
        {
          attempts: 5,
          baseDelayMs: 10,
          maxDelayMs: 5000,
          retryable: (e) => ((e as Error).message === 'throttled' ? { afterMs: 1500 } : false),
          sleep: async (ms) => void delays.push(ms),
        },
      ),
    ).rejects.toThrow('bad request');
    expect(delays).toEqual([1500]);
  });

  it('caps the exponential delay', () => {
    expect(backoffDelay(10, 100, 2000, () => 1)).toBe(2000);
    expect(backoffDelay(1, 100, 2000, () => 0.5)).toBe(50);
  });

  it('classifies statuses and parses Retry-After', () => {
    expect([408, 429, 500, 503].map(isTransientStatus)).toEqual([true, true, true, true]);
    expect([400, 401, 404, 409, 501].map(isTransientStatus)).toEqual([false, false, false, false, false]);
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
