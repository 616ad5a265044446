import type { Refusal } from '../respond';
import type { TokenBucketLimiter } from '../rate-limit';

/**
 * Failed token checks per client address. Checking a signature costs far more than refusing, so an
 * address that has used up its failures is refused before its next token is checked. A request
 * without a token is not a failed check (clients start that way to discover the authorization server).
 */
export class AuthFailureLimit {
  constructor(private readonly bucket: TokenBucketLimiter) {}

  /** A 429 when the address may not have another token checked now. */
  refusal(address: string): Refusal | undefined {
    if (!this.bucket.enabled) return undefined;
    const decision = this.bucket.peek(address);
    if (decision.allowed) return undefined;
    return {
      status: 429,
      message: `Too many failed authentication attempts from this client; retry in ${decision.retryAfterSeconds}s`,
      headers: { 'retry-after': String(decision.retryAfterSeconds) },
    };
  }

  failed(address: string): void {
    if (this.bucket.enabled) this.bucket.take(address);
  }
}
