import type { McpServer, CallToolResult, RequestStateCodec, ServerContext } from '@modelcontextprotocol/server';
import { AppError, errorResult, type AnyToolDefinition, type Logger, type ToolCallObserver, type ToolContext, type ToolResult } from '@mcp-aks/core';
import type { ServerMetrics } from '../http/metrics';
import { confirmBeforeActing } from './confirmation';
import { progressOf } from './progress';
import { requestContextOf } from './request-context';
import { declareTaskTools, startOrRun, type TaskManager, type TaskWork } from './tasks';

export interface ToolRuntime {
  metrics: ServerMetrics;
  logger: Logger;
  observer?: ToolCallObserver;
  /** Capture every tool call, not only those whose definitions ask for it. */
  captureAll: boolean;
  /** The id capture gives a call's episode, returned to the caller in `_meta` so it can be rated. */
  episodeId?: (requestId: string, tool: string) => string;
  /** Signs the state of confirmations (destructive tools ask before they act). */
  requestState?: RequestStateCodec;
  /** Runs long operations as MCP tasks for clients that negotiated the extension. */
  tasks?: TaskManager;
}

export const EPISODE_ID_META_KEY = 'lightning/episode_id';

/** Never captured: calls that drive Lightning itself would only teach the model to drive Lightning. */
const isLightningTool = (name: string) => name.startsWith('lightning_') || name === 'submit_feedback';

export function shouldCapture(tool: AnyToolDefinition, captureAll: boolean): boolean {
  if (isLightningTool(tool.name)) return false;
  return captureAll || tool.captureByDefault === true;
}

/** Registers our tool definitions on an SDK server, adding metrics, logging, error mapping and capture. */
export function registerTools(server: McpServer, tools: AnyToolDefinition[], runtime: ToolRuntime): void {
  const taskTools: Parameters<typeof declareTaskTools>[1] = [];
  for (const tool of tools) {
    const capture = runtime.observer !== undefined && shouldCapture(tool, runtime.captureAll);
    // Label children resolved once: looking labels up on every call is measurable on the hot path.
    const calls = { ok: runtime.metrics.toolCalls.labels(tool.name, 'ok'), error: runtime.metrics.toolCalls.labels(tool.name, 'error') };
    const duration = runtime.metrics.toolDuration.labels(tool.name);
    const registered = server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
        annotations: { ...tool.annotations, title: tool.title },
      },
      async (input: unknown, ctx) => {
        const question = tool.confirm && runtime.requestState ? tool.confirm(input) : undefined;
        if (question !== undefined) {
          const instead = await confirmBeforeActing(tool.name, question, input, ctx, runtime.requestState!);
          if (instead) return instead;
        }
        if (tool.longRunning && runtime.tasks) return startOrRun(runtime.tasks, tool.name, ctx, (task) => call(input, ctx, task));
        return call(input, ctx);
      },
    );
    if (tool.longRunning && runtime.tasks) taskTools.push({ name: tool.name, tool: registered, support: 'optional' });

    async function call(input: unknown, ctx: ServerContext, task?: TaskWork): Promise<CallToolResult> {
        const request = requestContextOf(ctx);
        let logger: Logger | undefined;
        const toolContext: ToolContext = {
          requestId: request?.requestId ?? String(ctx.mcpReq.id),
          caller: request?.caller ?? { scopes: [], sessionHash: 'unknown' },
          // Child loggers cost more than a tool call that never logs: build one on first use.
          get logger() {
            return (logger ??= (request?.logger ?? runtime.logger).child({ tool: tool.name }));
          },
          signal: task?.signal ?? ctx.mcpReq.signal,
          modelCalls: [],
          ...progressOf(ctx, task),
        };
        const startedAt = capture ? new Date() : undefined;
        const started = performance.now();
        let result: ToolResult<unknown>;
        let errorKind: string | undefined;
        try {
          result = await tool.handler(input, toolContext);
          if (result.isError) errorKind = 'tool_error';
        } catch (error) {
          if (error instanceof AppError) {
            errorKind = error.code;
            result = errorResult(error.message);
            toolContext.logger.warn({ requestId: toolContext.requestId, code: error.code, err: error.cause }, error.message);
          } else {
            errorKind = 'internal';
            result = errorResult(`The tool ${tool.name} failed unexpectedly (request ${toolContext.requestId}).`);
            toolContext.logger.error({ requestId: toolContext.requestId, err: error }, 'tool failed');
          }
        }
        const latencyMs = performance.now() - started;
        calls[result.isError ? 'error' : 'ok'].inc();
        duration.observe(latencyMs / 1000);
        if (capture && startedAt) {
          if (runtime.episodeId) result = { ...result, _meta: { ...result._meta, [EPISODE_ID_META_KEY]: runtime.episodeId(toolContext.requestId, tool.name) } };
          runtime.observer!.observe({
            requestId: toolContext.requestId,
            tool: tool.name,
            input,
            result,
            isError: result.isError === true,
            ...(errorKind ? { errorKind } : {}),
            caller: toolContext.caller,
            startedAt: startedAt.toISOString(),
            endedAt: new Date().toISOString(),
            latencyMs,
            modelCalls: toolContext.modelCalls,
          });
        }
        return result as CallToolResult;
    }
  }
  declareTaskTools(server, taskTools);
}
