import { describe, expect, it } from 'vitest';
import { readinessChecker } from '../src/readiness';

describe('readiness', () => {
  it('is ready when every backend answers, and names the ones that do not', async () => {
    const check = readinessChecker(
      {
        store: async () => {},
        search: async () => {
          throw new Error('connection refused');
        },
        slow: () => new Promise<void>(() => {}),
      },
      { timeoutMs: 50, cacheMs: 0 },
    );
    expect(await check()).toEqual({
      ready: false,
      checks: { store: { ok: true }, search: { ok: false, error: 'connection refused' }, slow: { ok: false, error: 'no answer within 50 ms' } },
    });
  });

  it('caches the report so probes do not load the backends', async () => {
    let now = 0;
    let pings = 0;
    const check = readinessChecker({ store: async () => void pings++ }, { cacheMs: 2000, now: () => now });
    await check();
    await check();
    expect(pings).toBe(1);
    now = 2500;
    expect((await check()).ready).toBe(true);
    expect(pings).toBe(2);
  });
});

describe('optional readiness checks', () => {
  it('reports an optional backend but stays ready without it', async () => {
    const check = readinessChecker(
      { store: async () => {} },
      {
        optional: {
          lightning: async () => {
            throw new Error('episode store unreachable');
          },
        },
        cacheMs: 0,
      },
    );
    expect(await check()).toEqual({ ready: true, checks: { store: { ok: true }, lightning: { ok: false, error: 'episode store unreachable' } } });
  });
});

describe('a reachable but empty backend', () => {
  it('is ready and says why searches find nothing', async () => {
    const check = readinessChecker({ store: async () => {}, search: async () => ({ detail: 'index "task-instructions" does not exist yet (empty)' }) }, { cacheMs: 0 });
    expect(await check()).toEqual({ ready: true, checks: { store: { ok: true }, search: { ok: true, detail: 'index "task-instructions" does not exist yet (empty)' } } });
  });
});
