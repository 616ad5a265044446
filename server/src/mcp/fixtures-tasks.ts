import { inputRequired, inputResponse, type CallToolResult, type McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { declareTaskTools, startOrRun, type TaskManager } from './tasks';

/**
 * The conformance suite's tasks-extension fixtures (SEP-2663; scenarios tasks-* of
 * @modelcontextprotocol/conformance 0.2.0-alpha.12). Registered only with MCP_CONFORMANCE_FIXTURES=true.
 */

const text = (value: string, isError = false): CallToolResult => ({ content: [{ type: 'text', text: value }], ...(isError ? { isError: true } : {}) });

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled'));
    }, { once: true });
  });

const confirmRequest = (message: string) => ({
  method: 'elicitation/create',
  params: { message, requestedSchema: { type: 'object', properties: { confirm: { type: 'boolean' } }, required: ['confirm'] } },
});

function accepted(response: unknown): Record<string, unknown> | undefined {
  const view = inputResponse({ answer: response } as Record<string, unknown>, 'answer');
  return view.kind === 'elicit' && view.action === 'accept' ? (view.content ?? {}) : undefined;
}

export function registerTaskFixtures(server: McpServer, tasks: TaskManager): void {
  server.registerTool('greet', { description: 'Greets synchronously', inputSchema: z.object({ name: z.string().max(200) }) }, async ({ name }) => text(`Hello, ${name}!`));

  const slow = server.registerTool(
    'slow_compute',
    { description: 'Sleeps for the given seconds, then answers', inputSchema: z.object({ seconds: z.number().min(0).max(120), label: z.string().max(200).optional() }) },
    async ({ seconds, label }, ctx) =>
      startOrRun(tasks, 'slow_compute', ctx, async (task) => {
        await wait(seconds * 1000, task.signal);
        return text(`Computed ${label ?? 'result'} after ${seconds}s`);
      }),
  );

  const failing = server.registerTool('failing_job', { description: 'Fails as a tool after about a second', inputSchema: z.object({}) }, async (_args, ctx) =>
    startOrRun(tasks, 'failing_job', ctx, async (task) => {
      await wait(1000, task.signal);
      return text('The job failed: the input was rejected', true);
    }),
  );

  const protocolError = server.registerTool('protocol_error_job', { description: 'Fails at the protocol level', inputSchema: z.object({}) }, async (_args, ctx) =>
    startOrRun(tasks, 'protocol_error_job', ctx, async (task) => {
      await wait(200, task.signal);
      throw new Error('The job crashed');
    }),
  );

  const confirmDelete = server.registerTool('confirm_delete', { description: 'Asks before deleting a file', inputSchema: z.object({ filename: z.string().max(200) }) }, async ({ filename }, ctx) =>
    startOrRun(tasks, 'confirm_delete', ctx, async (task) => {
      const answers = await task.input({ confirm: confirmRequest(`Delete ${filename}?`) });
      return text(accepted(answers.confirm)?.confirm === true ? `Deleted ${filename}` : `Kept ${filename}`);
    }),
  );

  const multiInput = server.registerTool('multi_input', { description: 'Asks two questions at once', inputSchema: z.object({}) }, async (_args, ctx) =>
    startOrRun(tasks, 'multi_input', ctx, async (task) => {
      const answers = await task.input({
        name: { method: 'elicitation/create', params: { message: 'Your name?', requestedSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } },
        confirm: confirmRequest('Proceed?'),
      });
      return text(`Got ${String(accepted(answers.name)?.name)} and ${String(accepted(answers.confirm)?.confirm)}`);
    }),
  );

  // Gathers a name through input_required first, then continues as a task.
  const withTask = server.registerTool('test_tool_with_task', { description: 'Asks for a name, then works on it as a task', inputSchema: z.object({}) }, async (_args, ctx) => {
    const view = inputResponse(ctx.mcpReq.inputResponses, 'user_name');
    if (view.kind !== 'elicit' || view.action !== 'accept') {
      return inputRequired({ inputRequests: { user_name: inputRequired.elicit({ message: 'What is your name?', requestedSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } }) } });
    }
    const name = String(view.content?.name ?? 'stranger');
    return startOrRun(tasks, 'test_tool_with_task', ctx, async (task) => {
      await wait(300, task.signal);
      return text(`Hello, ${name}! Your task is done.`);
    });
  });

  declareTaskTools(server, [
    { name: 'slow_compute', tool: slow, support: 'optional' },
    { name: 'failing_job', tool: failing, support: 'required' },
    { name: 'protocol_error_job', tool: protocolError, support: 'optional' },
    { name: 'confirm_delete', tool: confirmDelete, support: 'optional' },
    { name: 'multi_input', tool: multiInput, support: 'optional' },
    { name: 'test_tool_with_task', tool: withTask, support: 'required' },
  ]);
}
