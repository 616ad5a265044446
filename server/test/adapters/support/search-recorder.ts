import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
/** The loopback test certificate: pass it as `ca` to the client under test. */
export const loopbackCert = fixture('loopback-cert.pem');
const loopbackKey = fixture('loopback-key.pem');

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Document = Record<string, unknown> & { id: string };

/**
 * A stand-in for the Azure AI Search REST API on https://127.0.0.1: records every request and answers
 * with the documented response shapes. It honestly keeps documents (index, lookup, count) and the
 * index definition; it does not rank — search answers come from `searchAnswer`, set by each test.
 */
export class SearchRecorder {
  readonly calls: RecordedCall[] = [];
  readonly documents = new Map<string, Document>();
  indexDefinition: unknown;
  /** The documents (with scores) the next searches answer with. */
  searchAnswer: (body: Record<string, unknown>) => { document: Document; score: number; rerankerScore?: number }[] = () => [];
  /** Force an error status for the next request matching a path fragment. */
  failNext: { pathIncludes: string; status: number; code: string } | undefined;
  /** Document keys the next indexing batches reject (the per-document failure shape of a 207). */
  readonly rejectIds = new Set<string>();
  private server: Server | undefined;
  port = 0;

  constructor(readonly indexName: string) {}

  get endpoint(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer({ key: loopbackKey, cert: loopbackCert }, (req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.calls.length = 0;
    this.documents.clear();
    this.indexDefinition = undefined;
    this.searchAnswer = () => [];
    this.failNext = undefined;
    this.rejectIds.clear();
  }

  /** The index exists (created earlier, by ingest or a deploy), with no documents yet. */
  withIndex(): this {
    this.indexDefinition ??= { name: this.indexName };
    return this;
  }

  private send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json; odata.metadata=none'): void {
    res.writeHead(status, { 'content-type': contentType, 'request-id': 'req-1' });
    res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    this.calls.push({ method: req.method ?? '', path, query: url.searchParams, headers: req.headers, body });

    if (this.failNext && path.includes(this.failNext.pathIncludes)) {
      const { status, code } = this.failNext;
      this.failNext = undefined;
      return this.send(res, status, { error: { code, message: `Simulated ${code}` } });
    }

    const index = `/indexes('${this.indexName}')`;
    // An index that was never created is a resource that "doesn't exist on the server": every request to
    // it and its documents answers 404 (https://learn.microsoft.com/rest/api/searchservice/http-status-codes).
    if (this.indexDefinition === undefined && path.startsWith(`${index}/`)) {
      return this.send(res, 404, { error: { code: '', message: `The index '${this.indexName}' for service 'srch-test' was not found.` } });
    }
    if (req.method === 'PUT' && path === index) {
      const existed = this.indexDefinition !== undefined;
      this.indexDefinition = body;
      return this.send(res, existed ? 200 : 201, { '@odata.etag': '"0x1"', ...(body as object) });
    }
    if (req.method === 'POST' && path === `${index}/docs/search.index`) {
      const actions = (body as { value: (Document & { '@search.action': string })[] }).value;
      const results = actions.map(({ '@search.action': action, ...doc }) => {
        if (this.rejectIds.has(doc.id)) return { key: doc.id, status: false, errorMessage: 'Document is too large', statusCode: 400 };
        if (action === 'mergeOrUpload' || action === 'upload') this.documents.set(doc.id, { ...(action === 'mergeOrUpload' ? this.documents.get(doc.id) : {}), ...doc });
        return { key: doc.id, status: true, errorMessage: null, statusCode: 200 };
      });
      return this.send(res, results.every((r) => r.status) ? 200 : 207, { value: results });
    }
    if (req.method === 'GET' && path === `${index}/docs/$count`) {
      return this.send(res, 200, String(this.documents.size), 'text/plain');
    }
    const lookup = /^\/indexes\('[^']+'\)\/docs\('(.+)'\)$/.exec(path);
    if (req.method === 'GET' && lookup) {
      const doc = this.documents.get((lookup[1] ?? '').replace(/''/g, "'"));
      if (!doc) return this.send(res, 404, undefined);
      const select = url.searchParams.get('$select')?.split(',');
      return this.send(res, 200, select ? Object.fromEntries(Object.entries(doc).filter(([k]) => select.includes(k))) : doc);
    }
    if (req.method === 'POST' && path === `${index}/docs/search.post.search`) {
      const answer = this.searchAnswer(body as Record<string, unknown>);
      return this.send(res, 200, {
        value: answer.map((a) => ({ '@search.score': a.score, ...(a.rerankerScore !== undefined ? { '@search.rerankerScore': a.rerankerScore } : {}), ...a.document })),
      });
    }
    return this.send(res, 404, { error: { code: 'ResourceNotFound', message: `No route for ${req.method} ${path}` } });
  }
}
