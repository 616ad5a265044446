import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { generate } from 'selfsigned';
import type { AddressInfo } from 'node:net';

/** One request as the recorder saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The raw body. */
  body: Buffer;
  text: string;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and buffers as they are. */
  body?: unknown;
}

export type Responder = Reply | ((request: RecordedRequest, recorder: Recorder) => Reply | Promise<Reply>);

interface Route {
  method: string;
  path: string | RegExp;
  replies: Responder[];
  served: number;
}

/**
 * A stand-in for Azure Resource Manager, Microsoft Graph, a Kubernetes API server or any other HTTP
 * service, on 127.0.0.1. Routes answer in order (the last answer repeats); every request is kept so a
 * test can assert method, path, api-version, headers and body; a request no route expects gets a 501
 * and is listed in `unmatched`.
 */
export class Recorder {
  readonly requests: RecordedRequest[] = [];
  readonly unmatched: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private server?: Server;
  url = '';
  /** PEM of the recorder's certificate when it serves https. */
  certificate?: string;

  /**
   * Starts on 127.0.0.1 and a free port. `https: true` serves TLS with a throwaway self-signed
   * certificate for 127.0.0.1, as the Azure SDKs refuse to send a bearer token over plain http;
   * trust it with `trustCertificate()` in this process or NODE_EXTRA_CA_CERTS in a child.
   */
  async start(options: { https?: boolean } = {}): Promise<this> {
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          body,
          text,
          json,
        };
        this.requests.push(recorded);
        void this.answer(recorded).then(
          (reply) => send(res, reply),
          (error: unknown) => send(res, { status: 500, body: { error: { code: 'RecorderError', message: String(error) } } }),
        );
      });
    };
    if (options.https) {
      const pems = await testCertificate();
      this.certificate = pems.cert;
      this.server = createTlsServer({ key: pems.private, cert: pems.cert }, handler) as unknown as Server;
    } else {
      this.server = createServer(handler);
    }
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `${options.https ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Makes this process trust the recorder's certificate (Node 24 tls.setDefaultCACertificates). */
  trustCertificate(): void {
    if (!this.certificate) throw new Error('the recorder serves plain http');
    const current = getCACertificates('default');
    if (!current.includes(this.certificate)) setDefaultCACertificates([...current, this.certificate]);
  }

  /** Adds a route; its replies are served in order and the last one repeats. */
  on(method: string, path: string | RegExp, ...replies: Responder[]): this {
    if (replies.length === 0) throw new Error('a route needs at least one reply');
    this.routes.push({ method: method.toUpperCase(), path, replies, served: 0 });
    return this;
  }

  /** The recorded requests to a method and path (exact string or pattern). */
  find(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path));
  }

  reset(): void {
    this.requests.length = 0;
    this.unmatched.length = 0;
    this.routes.length = 0;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async answer(request: RecordedRequest): Promise<Reply> {
    const route = this.routes.find((r) => r.method === request.method && matches(r.path, request.path));
    if (!route) {
      this.unmatched.push(request);
      return { status: 501, body: { error: { code: 'RecorderNoRoute', message: `no route for ${request.method} ${request.path}` } } };
    }
    const responder = route.replies[Math.min(route.served, route.replies.length - 1)]!;
    route.served += 1;
    return typeof responder === 'function' ? responder(request, this) : responder;
  }
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  let payload: Buffer | string = '';
  if (Buffer.isBuffer(reply.body) || typeof reply.body === 'string') payload = reply.body;
  else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  res.writeHead(reply.status ?? 200, headers);
  res.end(payload);
}

export async function startRecorder(options: { https?: boolean } = {}): Promise<Recorder> {
  return new Recorder().start(options);
}

let certificate: Promise<{ private: string; cert: string }> | undefined;

function testCertificate(): Promise<{ private: string; cert: string }> {
  certificate ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  });
  return certificate;
}

/** An ARM/Graph style error reply. */
export function errorReply(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { error: { code, message } } };
}
