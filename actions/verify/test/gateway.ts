import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Gateway {
  url: string;
  mcpUrl: string;
  /** JSON-RPC methods forwarded to the backend, in order. */
  methods: string[];
  close(): Promise<void>;
}

/**
 * What the APIM policies do in front of the backend, on 127.0.0.1: the Protected Resource Metadata
 * document, 401 with a Bearer challenge naming it when the token is missing or wrong, and the call
 * forwarded (streamed) to the backend otherwise.
 */
export async function startGateway(backendMcpUrl: string, options: { token: string; servePrm?: boolean; challenge?: boolean }): Promise<Gateway> {
  const backend = new URL(backendMcpUrl);
  let mcpUrl = '';
  let origin = '';
  const methods: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/.well-known/oauth-protected-resource/mcp' || path === '/.well-known/oauth-protected-resource') {
      if (options.servePrm === false) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ resource: mcpUrl, authorization_servers: ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0'], scopes_supported: ['api://mcp/mcp.tools'], bearer_methods_supported: ['header'] }));
      return;
    }
    if (path !== '/mcp') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.challenge !== false) headers['www-authenticate'] = `Bearer resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`;
      res.writeHead(401, headers).end(JSON.stringify({ error: 'invalid_token' }));
      return;
    }
    const headers = { ...req.headers, host: backend.host };
    req.on('data', (chunk: Buffer) => {
      const method = /"method"\s*:\s*"([^"]+)"/.exec(chunk.toString())?.[1];
      if (method) methods.push(method);
    });
    const upstream = request({ host: backend.hostname, port: backend.port, path: backend.pathname, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mcpUrl = `${origin}/mcp`;
  return {
    url: origin,
    mcpUrl,
    methods,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
