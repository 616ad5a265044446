import { z } from 'zod';
import { defineTool, textResult } from '@mcp-aks/core';

export function helloTool(serverName: string) {
  return defineTool({
    name: 'hello_mcp',
    title: 'Hello',
    description: 'Says hello. Use it to check that the MCP server is reachable and answering.',
    inputSchema: z.object({}),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: async () => textResult(`Hello from ${serverName}! The MCP server is up and answering.`),
  });
}
