import type { ServerContext } from '@modelcontextprotocol/server';
import type { TaskWork } from './tasks';

/**
 * Where a long call's progress lines go: the task's status message when it runs as a task (its
 * request has already been answered), else progress notifications on the call's own response stream
 * when the client sent a progressToken, else nowhere.
 */
export function progressOf(ctx: ServerContext, task?: TaskWork): { progress?: (message: string) => void; runningAsTask?: boolean } {
  if (task?.background) return { runningAsTask: true, progress: (message) => void task.status(message).catch(() => undefined) };
  const progressToken = ctx.mcpReq._meta?.progressToken;
  if (progressToken === undefined) return {};
  let progress = 0;
  return {
    progress: (message) => void ctx.mcpReq.notify({ method: 'notifications/progress', params: { progressToken, progress: ++progress, message } }).catch(() => undefined),
  };
}
