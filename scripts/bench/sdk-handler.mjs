// Peer: the v2 SDK's documented way to serve HTTP, `createMcpHandler` with a factory that builds a fresh
// McpServer for every request (https://ts.sdk.modelcontextprotocol.io/v2/serving/http), mounted on plain
// node:http with `toNodeHandler` as the handler's documentation says. With its default `legacy: 'stateless'`
// it serves the 2026-07-28 revision and 2025-era requests, so both paths of this server have a peer here.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMcpHandler, McpServer } from '@modelcontextprotocol/server';
import { toNodeHandler } from '@modelcontextprotocol/node';
import * as z from 'zod/v4';

const dataDir = process.env.DATA_DIR;

const handler = createMcpHandler(() => {
  const server = new McpServer({ name: 'peer', version: '1.0.0' });
  server.registerTool('hello_mcp', { description: 'Says hello', inputSchema: z.object({}) }, async () => ({ content: [{ type: 'text', text: 'Hello' }] }));
  server.registerTool('get_snippet', { description: 'Reads a snippet', inputSchema: z.object({ snippetname: z.string() }) }, async ({ snippetname }) => ({
    content: [{ type: 'text', text: await readFile(join(dataDir, 'snippets', snippetname), 'utf8') }],
  }));
  return server;
});

const listener = createServer(toNodeHandler(handler)).listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${listener.address().port}/mcp` })));
