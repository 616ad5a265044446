import { classifyInboundRequest } from '@modelcontextprotocol/server';
import { FIRST_MODERN_REVISION } from '../../http/classify';

/** Whether the SDK's own inbound ladder accepts this `_meta` as a 2026-07-28 request envelope. */
export function sdkAcceptsEnvelope(meta: Record<string, unknown>): boolean {
  const outcome = classifyInboundRequest({
    httpMethod: 'POST',
    protocolVersionHeader: FIRST_MODERN_REVISION,
    mcpMethodHeader: 'ping',
    body: { jsonrpc: '2.0', id: 0, method: 'ping', params: { _meta: meta } },
  });
  return outcome.kind === 'modern' && outcome.messageKind === 'request' && outcome.classification.revision === FIRST_MODERN_REVISION;
}

/**
 * The SDK's envelope verdict, remembered per distinct envelope. A client sends the same envelope
 * (its identity and capabilities) with every request, and the verdict depends on nothing else, so it
 * is asked once per envelope text instead of once per request. Bounded: a client cycling through
 * envelopes only empties the memory, each new one costing what every request cost without it.
 */
export class EnvelopeMemo {
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly check: (meta: Record<string, unknown>) => boolean = sdkAcceptsEnvelope,
    private readonly capacity = 512,
  ) {}

  accepts(meta: Record<string, unknown>): boolean {
    const key = JSON.stringify(meta);
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.check(meta);
      if (this.verdicts.size >= this.capacity) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}
