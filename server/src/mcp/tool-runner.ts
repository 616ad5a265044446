import type { CallToolResult } from '@modelcontextprotocol/server';
import { AppError, errorResult, type AnyToolDefinition, type Caller, type Logger, type ModelCallRecord, type ToolCallObserver, type ToolContext, type ToolResult } from '@mcp-aks/core';
import type { ServerMetrics } from '../http/metrics';
import type { RequestContext } from './request-context';

export const EPISODE_ID_META_KEY = 'lightning/episode_id';

/** What a tool call runs with, wherever it came from (the SDK's handler or the fast lane). */
export interface Invocation {
  /** What the HTTP layer knows about the request; absent for calls without one (tests, tasks resumed). */
  readonly request: RequestContext | undefined;
  /** The request id a call without a RequestContext goes by. */
  readonly fallbackRequestId: string;
  /** Read only by tools that can stop early; a caller may create it on first read. */
  readonly signal: AbortSignal;
  readonly progress?: (message: string) => void;
  readonly runningAsTask?: boolean;
}

export interface RunnerRuntime {
  metrics: ServerMetrics;
  logger: Logger;
  observer?: ToolCallObserver;
  /** Capture every tool call, not only those whose definitions ask for it. */
  captureAll: boolean;
  /** The id capture gives a call's episode, returned to the caller in `_meta` so it can be rated. */
  episodeId?: (requestId: string, tool: string) => string;
}

const UNKNOWN_CALLER: Caller = { scopes: [], sessionHash: 'unknown' };

/** Never captured: calls that drive Lightning itself would only teach the model to drive Lightning. */
const isLightningTool = (name: string) => name.startsWith('lightning_') || name === 'submit_feedback';

export function shouldCapture(tool: AnyToolDefinition, captureAll: boolean): boolean {
  if (isLightningTool(tool.name)) return false;
  return captureAll || tool.captureByDefault === true;
}

/**
 * The context a tool handler sees. A class so that creating one per call is cheap: the child logger
 * (which costs more than a tool call that never logs) and the abort signal are made on first use.
 */
class CallContext implements ToolContext {
  readonly requestId: string;
  readonly caller: Caller;
  readonly modelCalls: ModelCallRecord[] = [];
  readonly progress?: (message: string) => void;
  readonly runningAsTask?: boolean;
  private child?: Logger;

  constructor(
    private readonly invocation: Invocation,
    private readonly tool: string,
    private readonly parentLogger: Logger,
  ) {
    this.requestId = invocation.request?.requestId ?? invocation.fallbackRequestId;
    this.caller = invocation.request?.caller ?? UNKNOWN_CALLER;
    if (invocation.progress) this.progress = invocation.progress;
    if (invocation.runningAsTask) this.runningAsTask = true;
  }

  get logger(): Logger {
    return (this.child ??= (this.invocation.request?.logger ?? this.parentLogger).child({ tool: this.tool }));
  }

  get signal(): AbortSignal {
    return this.invocation.signal;
  }
}

/**
 * Runs one tool definition: metrics, error mapping (a thrown error becomes an `isError` result that
 * says what failed, never a protocol error), and Lightning capture. The one home of what happens
 * around a tool's handler, whichever path delivered the call.
 */
export class ToolRunner {
  private readonly capture: boolean;
  private readonly calls: { ok: { inc(): void }; error: { inc(): void } };
  private readonly duration: { observe(value: number): void };

  constructor(
    readonly tool: AnyToolDefinition,
    private readonly runtime: RunnerRuntime,
  ) {
    this.capture = runtime.observer !== undefined && shouldCapture(tool, runtime.captureAll);
    // Label children resolved once: looking labels up on every call is measurable on the hot path.
    this.calls = { ok: runtime.metrics.toolCalls.labels(tool.name, 'ok'), error: runtime.metrics.toolCalls.labels(tool.name, 'error') };
    this.duration = runtime.metrics.toolDuration.labels(tool.name);
  }

  async run(input: unknown, invocation: Invocation): Promise<CallToolResult> {
    const { tool, runtime } = this;
    const context = new CallContext(invocation, tool.name, runtime.logger);
    const startedAt = this.capture ? new Date() : undefined;
    const started = performance.now();
    let result: ToolResult<unknown>;
    let errorKind: string | undefined;
    try {
      result = await tool.handler(input, context);
      if (result.isError) errorKind = 'tool_error';
    } catch (error) {
      if (error instanceof AppError) {
        errorKind = error.code;
        result = errorResult(error.message);
        context.logger.warn({ requestId: context.requestId, code: error.code, err: error.cause }, error.message);
      } else {
        errorKind = 'internal';
        result = errorResult(`The tool ${tool.name} failed unexpectedly (request ${context.requestId}).`);
        context.logger.error({ requestId: context.requestId, err: error }, 'tool failed');
      }
    }
    const latencyMs = performance.now() - started;
    this.calls[result.isError ? 'error' : 'ok'].inc();
    this.duration.observe(latencyMs / 1000);
    if (startedAt) {
      if (runtime.episodeId) result = { ...result, _meta: { ...result._meta, [EPISODE_ID_META_KEY]: runtime.episodeId(context.requestId, tool.name) } };
      runtime.observer!.observe({
        requestId: context.requestId,
        tool: tool.name,
        input,
        result,
        isError: result.isError === true,
        ...(errorKind ? { errorKind } : {}),
        caller: context.caller,
        startedAt: startedAt.toISOString(),
        endedAt: new Date().toISOString(),
        latencyMs,
        modelCalls: context.modelCalls,
      });
    }
    return result as CallToolResult;
  }
}
