import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Responder = (request: Recorded) => { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * An HTTPS server on 127.0.0.1 that records each request and answers through `respond` (the Azure
 * SDKs refuse to send bearer tokens over plain HTTP). Uses the test certificate that ships with
 * @zeit/cosmosdb-server; clients trust it through an agent that skips verification, loopback only.
 */
export async function startHttpsRecorder(respond: Responder): Promise<{ url: string; requests: Recorded[]; close(): Promise<void> }> {
  const root = dirname(createRequire(import.meta.url).resolve('@zeit/cosmosdb-server/package.json'));
  const requests: Recorded[] = [];
  const server: Server = createServer({ key: readFileSync(join(root, 'key.pem')), cert: readFileSync(join(root, 'cert.pem')) }, (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
      requests.push(recorded);
      const answer = respond(recorded);
      res.writeHead(answer.status, { 'content-type': 'application/json', 'x-ms-request-id': `r${requests.length}`, ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
