import { MissingRequiredClientCapabilityError, type CallToolResult, type McpServer, type RegisteredTool, type ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { clientCapabilitiesOf } from '../client-capabilities';
import { requestContextOf } from '../request-context';
import type { TaskManager, TaskView } from './task-manager';

/**
 * The MCP tasks extension (SEP-2663, io.modelcontextprotocol/tasks) on the 2026-07-28 revision:
 * advertised in capabilities.extensions; tasks/get, tasks/update and tasks/cancel answer only
 * requests whose client capabilities name the extension (-32021 otherwise); task-supporting tools
 * return a CreateTaskResult to such requests and run synchronously for everyone else.
 * Spec: https://modelcontextprotocol.github.io/ext-tasks/specification/2026-07-28/tasks.html
 */
export const TASKS_EXTENSION = 'io.modelcontextprotocol/tasks';
export const TASKS_CAPABILITY = { extensions: { [TASKS_EXTENSION]: {} } };

export type TaskSupport = 'optional' | 'required';

export const tasksNegotiated = (ctx: ServerContext) => clientCapabilitiesOf(ctx)?.extensions?.[TASKS_EXTENSION] !== undefined;

const missingExtension = () => new MissingRequiredClientCapabilityError({ requiredCapabilities: TASKS_CAPABILITY as never }, `This request needs the ${TASKS_EXTENSION} extension`);

/** Whose task it is: the token's subject (or client), the same on every replica. */
export function principalOf(ctx: ServerContext): string {
  const caller = requestContextOf(ctx)?.caller;
  return caller?.subject ?? caller?.clientId ?? ctx.http?.authInfo?.clientId ?? 'anonymous';
}

/** The flat CreateTaskResult (Result & Task) a task-supporting tool returns when it starts a task. */
export const createTaskResult = (task: TaskView): CallToolResult => ({ resultType: 'task', ...task }) as unknown as CallToolResult;

const taskIdParams = z.looseObject({ taskId: z.string().min(1).max(200) });
const updateParams = z.looseObject({ taskId: z.string().min(1).max(200), inputResponses: z.record(z.string(), z.unknown()).default({}) });

export function registerTaskMethods(server: McpServer, tasks: TaskManager): void {
  server.server.setRequestHandler('tasks/get', { params: taskIdParams }, async (params, ctx) => {
    if (!tasksNegotiated(ctx)) throw missingExtension();
    return (await tasks.get(params.taskId, principalOf(ctx))) as never;
  });
  server.server.setRequestHandler('tasks/update', { params: updateParams }, async (params, ctx) => {
    if (!tasksNegotiated(ctx)) throw missingExtension();
    // The SDK lifts inputResponses out of the params of every 2026-07-28 request into the context.
    await tasks.update(params.taskId, principalOf(ctx), { ...params.inputResponses, ...ctx.mcpReq.inputResponses });
    return {};
  });
  server.server.setRequestHandler('tasks/cancel', { params: taskIdParams }, async (params, ctx) => {
    if (!tasksNegotiated(ctx)) throw missingExtension();
    await tasks.cancel(params.taskId, principalOf(ctx));
    return {} as never;
  });
}

type StoredHandler = (request: { params?: { name?: unknown } }, ctx: ServerContext) => Promise<unknown>;

/**
 * Marks tools as task-supporting (listed with execution.taskSupport) and refuses calls of `required`
 * ones from clients without the extension with -32021. The refusal must happen before the SDK's
 * tools/call handler, which turns anything a tool throws into an isError result: the stored handler
 * is wrapped in place (the SDK offers no hook for it; the conformance test covers the wrapping).
 */
export function declareTaskTools(server: McpServer, tools: { name: string; tool: RegisteredTool; support: TaskSupport }[]): void {
  for (const { tool, support } of tools) tool.execution = { taskSupport: support };
  const required = new Set(tools.filter((t) => t.support === 'required').map((t) => t.name));
  if (required.size === 0) return;
  const handlers = (server.server as unknown as { _requestHandlers?: Map<string, StoredHandler> })._requestHandlers;
  const original = handlers?.get('tools/call');
  if (!handlers || !original) throw new Error('the MCP SDK no longer exposes its tools/call handler: task-required tools cannot be gated');
  handlers.set('tools/call', async (request, ctx) => {
    const name = request.params?.name;
    if (typeof name === 'string' && required.has(name) && !tasksNegotiated(ctx)) throw missingExtension();
    return original(request, ctx);
  });
}
