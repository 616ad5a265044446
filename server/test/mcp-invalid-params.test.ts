import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rpc, startTestServer, type TestServer } from './helpers/server';

// JSON-RPC 2.0, Error object: -32602 "Invalid method parameter(s)", -32603 "Internal JSON-RPC error"
// (https://www.jsonrpc.org/specification#error_object). The SDK answers -32603 with a raw zod dump for
// spec methods (modelcontextprotocol/typescript-sdk#2284).
const REVISION = '2026-07-28';
const envelope = { 'io.modelcontextprotocol/protocolVersion': REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'test', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };

describe('invalid params of a spec method are the client\'s mistake, not an internal error', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MCP_CONFORMANCE_FIXTURES: 'true' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['logging/setLevel without params', { method: 'logging/setLevel' }, /Invalid params: params: /],
    ['logging/setLevel with an unknown level', { method: 'logging/setLevel', params: { level: 'loud' } }, /Invalid params: params\.level: /],
    ['prompts/get without a name', { method: 'prompts/get', params: {} }, /Invalid params: params\.name: /],
  ])('2025-11-25: %s answers -32602 naming the field', async (_name, message, text) => {
    const answer = await rpc(server.url, { jsonrpc: '2.0', id: 7, ...message }, { 'mcp-protocol-version': '2025-11-25' });
    expect(answer.body).toMatchObject({ id: 7, error: { code: -32602, message: expect.stringMatching(text) } });
    expect(answer.body.error?.message).not.toContain('\n');
  });

  it('2026-07-28: prompts/get without a name answers -32602 naming the field', async () => {
    const answer = await rpc(server.url, { jsonrpc: '2.0', id: 'p', method: 'prompts/get', params: { _meta: envelope } }, { 'mcp-protocol-version': REVISION, 'mcp-method': 'prompts/get' });
    expect(answer.body).toMatchObject({ id: 'p', error: { code: -32602, message: expect.stringMatching(/Invalid params: params\.name: /) } });
  });
});
