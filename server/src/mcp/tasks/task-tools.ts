import { ProtocolError, ProtocolErrorCode, type CallToolResult, type ServerContext } from '@modelcontextprotocol/server';
import type { TaskManager, TaskWork } from './task-manager';
import { createTaskResult, principalOf, tasksNegotiated } from './task-methods';

/**
 * A task-supporting tool's answer: a CreateTaskResult when the request negotiated the tasks extension
 * (the work then runs in the background and is polled with tasks/get), else the work's own result,
 * computed while the call waits (what every client got before tasks existed).
 */
export async function startOrRun(tasks: TaskManager, tool: string, ctx: ServerContext, work: (task: TaskWork) => Promise<CallToolResult>): Promise<CallToolResult> {
  if (tasksNegotiated(ctx)) return createTaskResult(await tasks.start(tool, principalOf(ctx), work));
  return work(inlineTask(ctx));
}

/** The task context of work that runs inside the call: the call's own cancellation, no way to park. */
function inlineTask(ctx: ServerContext): TaskWork {
  return {
    taskId: String(ctx.mcpReq.id),
    background: false,
    signal: ctx.mcpReq.signal,
    status: async () => {},
    input: () => Promise.reject(new ProtocolError(ProtocolErrorCode.InvalidRequest, 'This operation needs input from the client, which requires the io.modelcontextprotocol/tasks extension')),
  };
}
