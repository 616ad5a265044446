import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_HEADERS, startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, exchangeOf, expectHealthy, expectSafeAnswer, expectWellFormed, nastyString, post, requestId, runs } from './support';

const TOOLS = [
  'hello_mcp',
  'save_snippet',
  'get_snippet',
  'list_snippets',
  'delete_snippet',
  'ask_foundry',
  'next_best_action',
  'list_ontologies',
  'get_ontology',
  'submit_feedback',
  'lightning_list_episodes',
  'lightning_get_episode',
  'lightning_assign_reward',
  'lightning_list_rewards',
  'lightning_get_stats',
  'lightning_list_datasets',
  'lightning_get_active_deployment',
  'test_simple_text',
  'test_error_handling',
  'test_tool_with_progress',
  'test_tool_with_logging',
  'test_sampling',
  'test_elicitation',
  'test_missing_capability',
  'test_input_required_result_request_state',
  'test_input_required_result_tampered_state',
  'test_tool_with_task',
  'greet',
  'failing_job',
  'protocol_error_job',
  'confirm_delete',
];

/**
 * The JSON-RPC layer of both protocol eras (2025-11-25 with initialize, 2026-07-28 with
 * server/discover), authentication off so every message reaches the MCP engine: arbitrary methods,
 * params, ids and envelopes, against the server's tools and the conformance fixtures.
 */
describe('fuzz: the JSON-RPC layer of both protocol eras', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MCP_CONFORMANCE_FIXTURES: 'true', ENABLE_LIGHTNING_CAPTURE: 'true', MCP_REQUEST_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await server?.close();
  });
  const paths = () => [server.dataDir];

  it.each(['legacy', 'modern'] as const)('answers any %s-era message safely', async (era) => {
    await fc.assert(
      fc.asyncProperty(exchangeOf(TOOLS, era), async ({ text, headers }) => {
        const answer = await post(server.url, text, headers);
        expectSafeAnswer(answer.status, answer.text, paths(), `${era} ${text.slice(0, 200)}`);
        expectWellFormed(answer, era);
        // A client's mistake is never reported as the server's: -32603 means the server broke.
        expect(errorCodes(answer), `${era} ${text.slice(0, 200)} -> ${answer.text.slice(0, 300)}`).not.toContain(-32603);
      }),
      runs(250),
    );
    await expectHealthy(server.url);
  });

  it('never lets one client\'s notifications change another client\'s answer', async () => {
    const notification = fc.record({
      jsonrpc: fc.constant('2.0'),
      method: fc.constantFrom('notifications/cancelled', 'notifications/progress', 'notifications/initialized', 'notifications/roots/list_changed'),
      params: fc.record({ requestId: fc.oneof(fc.nat({ max: 400 }), requestId), progressToken: requestId, reason: nastyString }, { requiredKeys: [] }),
    });
    let id = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(notification, { minLength: 1, maxLength: 12 }), async (notes) => {
        const victimId = ++id;
        const call = post(server.url, JSON.stringify({ jsonrpc: '2.0', id: victimId, method: 'tools/call', params: { name: 'test_tool_with_progress', arguments: {} } }), { ...MCP_HEADERS, 'mcp-session-id': 'victim' });
        for (const note of notes) {
          // The victim's own ids are guessed too: a cancellation may name them, but it is not the victim's.
          const guess = note.method === 'notifications/cancelled' && note.params.requestId === undefined ? { ...note, params: { ...note.params, requestId: victimId } } : note;
          const sent = await post(server.url, JSON.stringify(guess), { ...MCP_HEADERS, 'mcp-session-id': 'attacker' });
          expectSafeAnswer(sent.status, sent.text, paths(), JSON.stringify(guess));
        }
        const answer = await call;
        const last = answer.text.split('\n').filter((l) => l.startsWith('data: ')).at(-1);
        const final = JSON.parse(last ? last.slice(6) : answer.text) as { id?: unknown; result?: unknown; error?: unknown };
        expect(final, JSON.stringify(notes)).toMatchObject({ id: victimId, result: expect.anything() });
      }),
      runs(25),
    );
    await expectHealthy(server.url);
  });
});
