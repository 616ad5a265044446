import type { McpServer, RequestStateCodec, ServerContext } from '@modelcontextprotocol/server';
import { confirmBeforeActing } from './confirmation';
import { progressOf } from './progress';
import { requestContextOf } from './request-context';
import { declareTaskTools, startOrRun, type TaskManager, type TaskWork } from './tasks';
import type { Invocation, ToolRunner } from './tool-runner';

export interface RegistrationOptions {
  /** Signs the state of confirmations (destructive tools ask before they act). */
  requestState?: RequestStateCodec;
  /** Runs long operations as MCP tasks for clients that negotiated the extension. */
  tasks?: TaskManager;
}

/** What a call delivered by the SDK runs with: its context, signal and progress come from the SDK's `ctx`. */
function invocationOf(ctx: ServerContext, task?: TaskWork): Invocation {
  return { request: requestContextOf(ctx), fallbackRequestId: String(ctx.mcpReq.id), signal: task?.signal ?? ctx.mcpReq.signal, ...progressOf(ctx, task) };
}

/** Registers our tools on an SDK server; each runs through its ToolRunner (metrics, errors, capture). */
export function registerTools(server: McpServer, runners: readonly ToolRunner[], options: RegistrationOptions): void {
  const taskTools: Parameters<typeof declareTaskTools>[1] = [];
  for (const runner of runners) {
    const { tool } = runner;
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
        const question = tool.confirm && options.requestState ? tool.confirm(input) : undefined;
        if (question !== undefined) {
          const instead = await confirmBeforeActing(tool.name, question, input, ctx, options.requestState!);
          if (instead) return instead;
        }
        if (tool.longRunning && options.tasks) return startOrRun(options.tasks, tool.name, ctx, (task) => runner.run(input, invocationOf(ctx, task)));
        return runner.run(input, invocationOf(ctx));
      },
    );
    if (tool.longRunning && options.tasks) taskTools.push({ name: tool.name, tool: registered, support: 'optional' });
  }
  declareTaskTools(server, taskTools);
}
