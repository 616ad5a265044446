import type { ReadinessReport } from './http/app';
import type { ReadinessNote } from './ports';

/** Throws when the backend is down; may resolve with a note (an empty search index) that keeps it ready. */
export type Probe = () => Promise<ReadinessNote | void>;

/**
 * Runs the backends' pings with a timeout each, and caches the report briefly so that probes from
 * kubelet and load balancers do not turn into load on the backends.
 */
export function readinessChecker(
  probes: Record<string, Probe>,
  options: { optional?: Record<string, Probe>; timeoutMs?: number; cacheMs?: number; now?: () => number } = {},
): () => Promise<ReadinessReport> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const cacheMs = options.cacheMs ?? 2000;
  const now = options.now ?? Date.now;
  let cached: { at: number; report: Promise<ReadinessReport> } | undefined;

  const run = async (): Promise<ReadinessReport> => {
    const optional = options.optional ?? {};
    const entries = await Promise.all(
      Object.entries({ ...probes, ...optional }).map(async ([name, probe]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const note = await Promise.race([probe(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)))]);
          return [name, note?.detail ? { ok: true, detail: note.detail } : { ok: true }] as const;
        } catch (error) {
          return [name, { ok: false, error: error instanceof Error ? error.message : String(error) }] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    return { ready: entries.every(([name, c]) => c.ok || name in optional), checks };
  };

  return () => {
    const at = now();
    if (!cached || at - cached.at > cacheMs) cached = { at, report: run() };
    return cached.report;
  };
}
