// Baseline: the SDK's documented stateless pattern (v1 @modelcontextprotocol/sdk with express):
// a new McpServer and a new StreamableHTTPServerTransport for every request.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const dataDir = process.env.DATA_DIR;

function getServer() {
  const server = new McpServer({ name: 'baseline', version: '1.0.0' });
  server.registerTool('hello_mcp', { description: 'Says hello', inputSchema: {} }, async () => ({ content: [{ type: 'text', text: 'Hello' }] }));
  server.registerTool('get_snippet', { description: 'Reads a snippet', inputSchema: { snippetname: z.string() } }, async ({ snippetname }) => ({
    content: [{ type: 'text', text: await readFile(join(dataDir, 'snippets', snippetname), 'utf8') }],
  }));
  return server;
}

const app = express();
app.use(express.json());
app.post('/mcp', async (req, res) => {
  const server = getServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on('close', () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
const listener = app.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${listener.address().port}/mcp` })));
