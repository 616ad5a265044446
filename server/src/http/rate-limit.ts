/**
 * A token bucket per client: `rate` tokens a second up to `burst`. The fallback behind APIM's own
 * rate-limit-by-key. Buckets are kept in insertion order and the oldest are evicted past `maxKeys`, so
 * a flood of distinct keys cannot grow memory without bound.
 */
import type { Refusal } from './respond';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until a token is available (when refused). */
  retryAfterSeconds: number;
  remaining: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get enabled(): boolean {
    return this.rate > 0;
  }

  /** What `take` would decide, without using a token. */
  peek(key: string, cost = 1): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0, remaining: Number.POSITIVE_INFINITY };
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.burst, bucket.tokens + ((this.now() - bucket.updatedMs) / 1000) * this.rate) : this.burst;
    if (tokens >= cost) return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(tokens - cost) };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - tokens) / this.rate)), remaining: 0 };
  }

  take(key: string, cost = 1): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0, remaining: Number.POSITIVE_INFINITY };
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.burst, updatedMs: now };
      if (this.buckets.size >= this.maxKeys) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    } else {
      this.buckets.delete(key); // re-inserted below: most recently used last
      bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.rate);
      bucket.updatedMs = now;
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.rate)), remaining: 0 };
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** The 429 for a client past its bucket, or undefined (and a token used) when it may go on. */
export function rateRefusal(limiter: TokenBucketLimiter, key: string): Refusal | undefined {
  const decision = limiter.take(key);
  if (decision.allowed) return undefined;
  return { status: 429, message: `Rate limit exceeded; retry in ${decision.retryAfterSeconds}s`, headers: { 'retry-after': String(decision.retryAfterSeconds) } };
}
