import type { ServerResponse } from 'node:http';
import type { AuthInfo, CallToolResult, JSONRPCMessage, RequestId } from '@modelcontextprotocol/server';
import { cancelled, timedOut } from '../ending';
import { callerKeyOf, requestContextOfAuth, type RequestContext } from '../request-context';
import type { Invocation, ToolRunner } from '../tool-runner';
import type { StandardHeaders } from '../modern-route';
import { legacyLaneCall, modernLaneCall, type LaneCall } from './eligibility';
import { answer, checkedResult, invalidResult, outputProblem, toolError } from './encode';
import { EnvelopeMemo } from './envelope-memo';

/** Where a lane call's answer goes; the same writer the SDK's path answers through. */
export interface LaneSink {
  /** A message about the call before its answer (progress): the answer then ends an SSE stream. */
  related(message: JSONRPCMessage): void;
  /** The answer; always HTTP 200 (the lane takes no call the revision would refuse at the HTTP level). */
  final(message: JSONRPCMessage, httpStatus: number): void;
  readonly finished: boolean;
}

/** What differs between the revisions once a call has run: the SDK's projection and the wire encoding. */
export interface LaneEra {
  /** The SDK's SEP-2106 projection of a result (`Server.projectCallToolResult` of the instance serving the era). */
  project(result: CallToolResult, advertisedOutputSchema: Record<string, unknown> | undefined): CallToolResult;
  /** The era codec's encoding of a `tools/call` result. */
  encode(result: Record<string, unknown>): Record<string, unknown>;
  /** Counts the calls the lane took for this era. */
  taken: { inc(): void };
}

export interface LaneTool {
  runner: ToolRunner;
  /** The output schema as `tools/list` advertises it (the SDK projects results against it). */
  advertisedOutputSchema: Record<string, unknown> | undefined;
}

/** One call in flight: its deadline, its cancellation (the abort signal is made only if the tool reads it). */
class LaneExchange implements Invocation {
  readonly request: RequestContext | undefined;
  readonly fallbackRequestId: string;
  ended = false;
  readonly progress?: (message: string) => void;
  private controller?: AbortController;
  private reported = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly call: LaneCall,
    readonly authInfo: AuthInfo | undefined,
    private readonly sink: LaneSink,
    private readonly lane: FastLane,
    timeoutMs: number,
  ) {
    this.request = requestContextOfAuth(authInfo);
    this.fallbackRequestId = String(call.id);
    this.timer = setTimeout(() => this.end(timedOut(call.id, timeoutMs)), timeoutMs);
    this.timer.unref();
    const token = call.progressToken;
    if (token !== undefined) this.progress = (message) => this.report(token, message);
  }

  /** One progress notification, as the SDK sends it for `ctx.mcpReq.notify` (see ../progress.ts). */
  private report(progressToken: string | number, message: string): void {
    if (this.ended) return;
    this.sink.related({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken, progress: ++this.reported, message } });
  }

  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  /** Ends the exchange early: the client gets `message` (if it is still there) and the work is aborted. */
  end(message: JSONRPCMessage | undefined): void {
    if (!this.finish()) return;
    this.controller?.abort(new Error(message && 'error' in message ? message.error.message : 'The HTTP client disconnected'));
    if (message) this.sink.final(message, 200);
  }

  /** Marks the exchange over; false when it already was. */
  finish(): boolean {
    if (this.ended) return false;
    this.ended = true;
    clearTimeout(this.timer);
    this.lane.forget(this);
    return true;
  }
}

/**
 * Serves a plain `tools/call` straight into its tool: the SDK's per-message dispatch (message
 * classification, per-request context, abort controller and promise chain, request schema parse) is
 * what a call spends most of its server time in, and for a call that certainly passes every check it
 * decides nothing. Which calls qualify is `eligibility.ts`; the tool runs through the same ToolRunner
 * as on the SDK's path; its input is validated with the same schema first (a call that fails goes to
 * the SDK's path, which words the error), its output after, and the answer is encoded as the SDK
 * encodes it (`encode.ts`). Like the multiplexer, every call ends: with its answer, at its deadline,
 * or when its client cancels it or goes away.
 */
export class FastLane {
  private readonly inflight = new Set<LaneExchange>();
  private readonly names: ReadonlySet<string>;
  private readonly envelopes = new EnvelopeMemo();
  private readonly envelopeAccepted = (envelope: Record<string, unknown>) => this.envelopes.accepts(envelope);

  constructor(
    private readonly tools: ReadonlyMap<string, LaneTool>,
    private readonly eras: { legacy: LaneEra; modern: LaneEra },
    private readonly timeoutMs: number,
    /** Told of a failure to write an answer (the call itself has already been answered or abandoned). */
    private readonly onerror: (error: Error) => void,
  ) {
    this.names = new Set(tools.keys());
  }

  /** Takes a 2025-era request when it qualifies (true: the lane answers it); false leaves it to the SDK. */
  takeLegacy(message: { id: RequestId; method: string; params?: Record<string, unknown> }, sink: LaneSink, res: ServerResponse, authInfo: AuthInfo | undefined): boolean {
    const call = legacyLaneCall(message, this.names);
    return call !== undefined && this.start(call, this.eras.legacy, sink, res, authInfo);
  }

  /** Takes a 2026-07-28 request when it qualifies (true: the lane answers it); false leaves it to the SDK. */
  takeModern(body: unknown, headers: StandardHeaders, sink: LaneSink, res: ServerResponse, authInfo: AuthInfo | undefined): boolean {
    const call = modernLaneCall(body, headers, this.names, this.envelopeAccepted);
    return call !== undefined && this.start(call, this.eras.modern, sink, res, authInfo);
  }

  /**
   * Starts the call when its arguments pass the tool's input schema; false (nothing done) when they do
   * not, or the schema checks asynchronously, so that the SDK's path answers it.
   */
  private start(call: LaneCall, era: LaneEra, sink: LaneSink, res: ServerResponse, authInfo: AuthInfo | undefined): boolean {
    const tool = this.tools.get(call.tool)!;
    const checked = tool.runner.tool.inputSchema['~standard'].validate(call.args ?? {});
    if (checked instanceof Promise || (checked.issues && checked.issues.length > 0)) return false;
    era.taken.inc();
    const exchange = new LaneExchange(call, authInfo, sink, this, this.timeoutMs);
    this.inflight.add(exchange);
    res.once('close', () => exchange.end(undefined));
    this.run(tool, exchange, era, sink, (checked as { value: unknown }).value).catch((error: unknown) => this.onerror(error instanceof Error ? error : new Error(String(error))));
    return true;
  }

  /** The caller's own calls in flight with this JSON-RPC id (for a 2025 client's cancellation). */
  callsOf(requestId: RequestId, authInfo: AuthInfo | undefined): { cancel(): void }[] {
    const found: { cancel(): void }[] = [];
    let sender: string | undefined;
    for (const exchange of this.inflight) {
      if (exchange.call.id !== requestId) continue;
      sender ??= callerKeyOf(authInfo);
      if (callerKeyOf(exchange.authInfo) === sender) found.push({ cancel: () => exchange.end(cancelled(requestId)) });
    }
    return found;
  }

  forget(exchange: LaneExchange): void {
    this.inflight.delete(exchange);
  }

  private async run(tool: LaneTool, exchange: LaneExchange, era: LaneEra, sink: LaneSink, input: unknown): Promise<void> {
    const { name, outputSchema } = tool.runner.tool;
    let result: CallToolResult;
    try {
      const ran = await tool.runner.run(input, exchange);
      const problem = await outputProblem(name, outputSchema, ran);
      result = problem === undefined ? era.project(ran, tool.advertisedOutputSchema) : toolError(problem);
    } catch (error) {
      result = toolError(error instanceof Error ? error.message : String(error));
    }
    if (!exchange.finish()) return; // past its deadline, cancelled, or its client is gone
    const checked = checkedResult(result);
    sink.final(checked.ok ? answer(exchange.call.id, era.encode(checked.value)) : invalidResult(exchange.call.id, checked.message), 200);
  }
}
