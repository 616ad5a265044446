import {
  inputRequired,
  inputResponse,
  type InputRequest,
  type McpServer,
  type RequestStateCodec,
  type ServerContext,
} from '@modelcontextprotocol/server';
import { z } from 'zod';
import { clientCapabilitiesOf } from './client-capabilities';

/**
 * The conformance suite's multi-round-trip (`input_required`, SEP-2322) and stateless-serving
 * (SEP-2575, SEP-2243) fixtures for the 2026-07-28 revision. Registered only with
 * MCP_CONFORMANCE_FIXTURES=true, next to the 2025-era fixtures in fixtures.ts.
 * Scenario sources: @modelcontextprotocol/conformance 0.2.0-alpha.12, input-required-result-*,
 * server-stateless, http-custom-header-server-validation.
 */

const noArgs = z.object({});
const text = (value: string) => ({ content: [{ type: 'text' as const, text: value }] });

const askName = (message = 'What is your name?'): InputRequest =>
  inputRequired.elicit({ message, requestedSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } });
const askCapital = (): InputRequest =>
  inputRequired.createMessage({ messages: [{ role: 'user', content: { type: 'text', text: 'What is the capital of France?' } }], maxTokens: 100 });

/** The text of an accepted elicitation's field, or of a sampling answer. */
function answered(ctx: ServerContext, key: string, field?: string): string | undefined {
  const view = inputResponse(ctx.mcpReq.inputResponses, key);
  if (view.kind === 'elicit' && view.action === 'accept' && field) {
    const value = view.content?.[field];
    return value === undefined ? undefined : String(value);
  }
  if (view.kind === 'sampling') {
    const content = Array.isArray(view.result.content) ? view.result.content[0] : view.result.content;
    return content && content.type === 'text' ? content.text : JSON.stringify(content);
  }
  if (view.kind === 'roots') return view.roots.map((r) => r.uri).join(', ');
  return undefined;
}

export function registerMultiRoundTripFixtures(server: McpServer, codec: RequestStateCodec): void {
  server.registerTool('test_input_required_result_elicitation', { description: 'Asks for a name with an input_required result', inputSchema: noArgs }, async (_args, ctx) => {
    const name = answered(ctx, 'user_name', 'name');
    if (name === undefined) return inputRequired({ inputRequests: { user_name: askName() } });
    return text(`Hello, ${name}!`);
  });

  server.registerTool('test_input_required_result_sampling', { description: 'Asks the client to sample', inputSchema: noArgs }, async (_args, ctx) => {
    const answer = answered(ctx, 'capital_question');
    if (answer === undefined) return inputRequired({ inputRequests: { capital_question: askCapital() } });
    return text(`The model answered: ${answer}`);
  });

  server.registerTool('test_input_required_result_list_roots', { description: "Asks for the client's roots", inputSchema: noArgs }, async (_args, ctx) => {
    const roots = answered(ctx, 'client_roots');
    if (roots === undefined) return inputRequired({ inputRequests: { client_roots: inputRequired.listRoots() } });
    return text(`Client roots: ${roots}`);
  });

  server.registerTool('test_input_required_result_request_state', { description: 'Round-trips signed request state', inputSchema: noArgs }, async (_args, ctx) => {
    const state = ctx.mcpReq.requestState<{ step: string }>();
    const view = inputResponse(ctx.mcpReq.inputResponses, 'confirm');
    if (state?.step === 'confirm' && view.kind === 'elicit') return text(`state-ok: confirmation ${view.action}`);
    return inputRequired({
      inputRequests: { confirm: inputRequired.elicit({ message: 'Please confirm', requestedSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } }) },
      requestState: await codec.mint({ step: 'confirm' }, ctx),
    });
  });

  server.registerTool('test_input_required_result_tampered_state', { description: 'Rejects tampered request state', inputSchema: noArgs }, async (_args, ctx) => {
    const state = ctx.mcpReq.requestState<{ step: string }>();
    if (state?.step === 'confirm') return text('state-ok');
    return inputRequired({ inputRequests: { confirm: askName('Please confirm your name') }, requestState: await codec.mint({ step: 'confirm' }, ctx) });
  });

  server.registerTool('test_input_required_result_multiple_inputs', { description: 'Asks for three inputs at once', inputSchema: noArgs }, async (_args, ctx) => {
    const state = ctx.mcpReq.requestState<{ step: string }>();
    const name = answered(ctx, 'user_name', 'name');
    const greeting = answered(ctx, 'greeting');
    const roots = answered(ctx, 'client_roots');
    if (state?.step === 'inputs' && name !== undefined && greeting !== undefined && roots !== undefined) {
      return text(`Name: ${name}; greeting: ${greeting}; roots: ${roots}`);
    }
    return inputRequired({
      inputRequests: {
        user_name: askName(),
        greeting: inputRequired.createMessage({ messages: [{ role: 'user', content: { type: 'text', text: 'Generate a greeting' } }], maxTokens: 50 }),
        client_roots: inputRequired.listRoots(),
      },
      requestState: await codec.mint({ step: 'inputs' }, ctx),
    });
  });

  server.registerTool('test_input_required_result_multi_round', { description: 'Two rounds of questions', inputSchema: noArgs }, async (_args, ctx) => {
    const state = ctx.mcpReq.requestState<{ round: number; name?: string }>();
    if (state?.round === 2) {
      const color = answered(ctx, 'step2', 'color');
      if (color !== undefined) return text(`${state.name ?? 'You'} likes ${color}`);
    }
    if (state?.round === 1) {
      const name = answered(ctx, 'step1', 'name');
      if (name !== undefined) {
        return inputRequired({
          inputRequests: {
            step2: inputRequired.elicit({ message: 'Step 2: What is your favorite color?', requestedSchema: { type: 'object', properties: { color: { type: 'string' } }, required: ['color'] } }),
          },
          requestState: await codec.mint({ round: 2, name }, ctx),
        });
      }
    }
    return inputRequired({ inputRequests: { step1: askName('Step 1: What is your name?') }, requestState: await codec.mint({ round: 1 }, ctx) });
  });

  server.registerTool('test_input_required_result_capabilities', { description: 'Asks only for what the client can answer', inputSchema: noArgs }, async (_args, ctx) => {
    const capabilities = clientCapabilitiesOf(ctx) ?? {};
    const requests: Record<string, InputRequest> = {};
    if (capabilities.elicitation) requests.user_name = askName();
    if (capabilities.sampling) requests.capital_question = askCapital();
    if (capabilities.roots) requests.client_roots = inputRequired.listRoots();
    const answers = Object.keys(requests).map((key) => answered(ctx, key, 'name'));
    if (Object.keys(requests).length === 0 || answers.every((a) => a !== undefined)) return text(`Answered: ${answers.join('; ') || 'nothing to ask'}`);
    return inputRequired({ inputRequests: requests });
  });

  server.registerPrompt('test_input_required_result_prompt', { description: 'A prompt that asks for context first' }, async (ctx) => {
    const context = answered(ctx, 'user_context', 'context');
    if (context === undefined) {
      return inputRequired({
        inputRequests: {
          user_context: inputRequired.elicit({ message: 'What context should the prompt use?', requestedSchema: { type: 'object', properties: { context: { type: 'string' } }, required: ['context'] } }),
        },
      });
    }
    return { messages: [{ role: 'user', content: { type: 'text', text: `Use this context: ${context}` } }] };
  });

  // server-stateless diagnostics.
  // Asking for sampling the client did not declare is refused by the SDK with -32021 (HTTP 400).
  server.registerTool('test_missing_capability', { description: 'Needs sampling, which the client must declare', inputSchema: noArgs }, async (_args, ctx) => {
    const answer = answered(ctx, 'capital_question');
    if (answer === undefined) return inputRequired({ inputRequests: { capital_question: askCapital() } });
    return text(`The model answered: ${answer}`);
  });
  server.registerTool('test_streaming_elicitation', { description: 'Asks the user; the question travels in the result', inputSchema: noArgs }, async (_args, ctx) => {
    const name = answered(ctx, 'user_name', 'name');
    if (name === undefined) return inputRequired({ inputRequests: { user_name: askName() } });
    return text(`Hello, ${name}!`);
  });
  server.registerTool('test_logging_tool', { description: 'Logs only when the request asked for a log level', inputSchema: noArgs }, async (_args, ctx) => {
    await ctx.mcpReq.log('info', 'test_logging_tool ran');
    return text('logged');
  });

  // SEP-2243 custom header: the region argument is mirrored in the Mcp-Param-Region header.
  server.registerTool(
    'test_custom_headers',
    {
      description: 'Routes on a region mirrored into the Mcp-Param-Region header',
      inputSchema: z.object({ region: z.string().meta({ 'x-mcp-header': 'Region' }).describe('Deployment region') }),
    },
    async ({ region }) => text(`region=${region}`),
  );
}
