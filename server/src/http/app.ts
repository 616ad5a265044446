import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hashIdentifier, newId, type Caller, type Logger } from '@mcp-aks/core';
import type { AuthInfo } from '@modelcontextprotocol/server';
import type { McpEngine } from '../mcp/engine';
import { toAuthInfo, type RequestContext } from '../mcp/request-context';
import { bearerToken, challengeHeader, missingScopes, type AuthFailure, type AuthSettings, type TokenVerifier, type VerifiedToken } from './auth';
import { readBody } from './body';
import { LEGACY_REVISIONS, calledTool, isModernMessage, jsonRpcShape } from './classify';
import { acceptedTypes, checkHost, checkOrigin, isJsonContentType, type HostPolicy } from './guards';
import type { ServerMetrics } from './metrics';
import type { TokenBucketLimiter } from './rate-limit';
import { RpcCode, RpcResponseWriter, sendJson, sendRpcError } from './respond';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string }>;
}

export interface HttpAppOptions {
  logger: Logger;
  metrics: ServerMetrics;
  engine: McpEngine;
  hostPolicy: HostPolicy;
  limiter: TokenBucketLimiter;
  maxRequestBytes: number;
  auth?: { settings: AuthSettings; verifier: TokenVerifier };
  /** Scopes a tool needs beyond the server-wide ones (checked only when auth is on). */
  toolScopes: (tool: string) => string[];
  /** All scopes the server knows of, for the metadata document. */
  scopesSupported: string[];
  readiness: () => Promise<ReadinessReport>;
  serverName: string;
}

const CORS_ALLOW_HEADERS = 'content-type, authorization, accept, mcp-protocol-version, mcp-session-id, last-event-id, mcp-method, mcp-name, x-request-id';
const CORS_EXPOSE_HEADERS = 'mcp-session-id, mcp-protocol-version, www-authenticate, x-request-id, retry-after';
const PRM_PATH = '/.well-known/oauth-protected-resource';
const KNOWN_METHODS = new Set(['GET', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PUT', 'PATCH']);

/** A caller's own correlation id (x-request-id), kept for the logs when it is sane. */
function clientRequestIdOf(req: IncomingMessage): string | undefined {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : undefined;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The public base URL clients used, for metadata and challenges when MCP_RESOURCE_URL is not set. */
function publicBaseUrl(req: IncomingMessage): string {
  const proto = headerValue(req, 'x-forwarded-proto') ?? 'http';
  const host = headerValue(req, 'x-forwarded-host') ?? headerValue(req, 'host') ?? 'localhost';
  return `${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`;
}

/**
 * Hashing and child loggers cost more than most tool calls: both are made on first use. Classes (not
 * object literals with getters) keep these per-request objects cheap for the engine to create.
 */
class LazyCaller implements Caller {
  readonly subject?: string;
  readonly clientId?: string;
  readonly scopes: string[];
  private hash?: string;
  constructor(
    private readonly identity: string,
    token: VerifiedToken | null,
  ) {
    if (token?.subject) this.subject = token.subject;
    if (token?.clientId) this.clientId = token.clientId;
    this.scopes = token?.scopes ?? [];
  }
  get sessionHash(): string {
    return (this.hash ??= hashIdentifier(this.identity));
  }
}

class LazyRequestContext implements RequestContext {
  private child?: Logger;
  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    private readonly parent: Logger,
    private readonly clientRequestId: string | undefined,
  ) {}
  get logger(): Logger {
    return (this.child ??= this.parent.child(this.clientRequestId ? { requestId: this.requestId, clientRequestId: this.clientRequestId } : { requestId: this.requestId }));
  }
}

export class HttpApp {
  readonly server: Server;
  private draining = false;
  private inflight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: HttpAppOptions) {
    this.server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 70_000, requestTimeout: 0 }, (req, res) => void this.handle(req, res));
  }

  private readonly counters = new Map<string, ReturnType<ServerMetrics['httpRequests']['labels']>>();
  private readonly histograms = new Map<string, ReturnType<ServerMetrics['httpDuration']['labels']>>();

  /** Label children cached by value: label lookups on every request are measurable on the hot path. */
  private requestCounter(route: string, method: string, status: number) {
    const verb = KNOWN_METHODS.has(method) ? method : 'OTHER'; // clients choose methods: keep the label set bounded
    const key = `${route} ${verb} ${status}`;
    let counter = this.counters.get(key);
    if (!counter) {
      counter = this.options.metrics.httpRequests.labels(route, verb, String(status));
      this.counters.set(key, counter);
    }
    return counter;
  }

  private durationHistogram(route: string) {
    let histogram = this.histograms.get(route);
    if (!histogram) this.histograms.set(route, (histogram = this.options.metrics.httpDuration.labels(route)));
    return histogram;
  }

  private resourceUrl(req: IncomingMessage): string {
    return this.options.auth?.settings.resourceUrl ?? `${publicBaseUrl(req)}/mcp`;
  }

  private resourceMetadataUrl(req: IncomingMessage): string {
    const resource = new URL(this.resourceUrl(req));
    return `${resource.origin}${PRM_PATH}${resource.pathname === '/' ? '' : resource.pathname}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    // Our own id always: episode ids derive from it, so a caller must not be able to choose it.
    const requestId = newId();
    const clientRequestId = clientRequestIdOf(req);
    const path = (req.url ?? '/').split('?')[0]!;
    const route = path === '/mcp' ? 'mcp' : path.startsWith(PRM_PATH) ? 'metadata' : ['/healthz', '/readyz', '/metrics'].includes(path) ? path.slice(1) : 'other';
    res.setHeader('x-request-id', requestId);
    this.inflight++;
    this.options.metrics.inflight.inc();
    res.once('close', () => {
      this.inflight--;
      this.options.metrics.inflight.dec();
      this.requestCounter(route, req.method ?? 'GET', res.statusCode).inc();
      this.durationHistogram(route).observe((performance.now() - started) / 1000);
      if (this.inflight === 0) this.idleWaiters.splice(0).forEach((w) => w());
    });
    try {
      if (route === 'healthz') return sendJson(res, 200, { status: 'ok' });
      if (route === 'readyz') return await this.ready(res);
      if (route === 'metrics') {
        const text = await this.options.metrics.registry.metrics();
        res.writeHead(200, { 'content-type': this.options.metrics.registry.contentType });
        return void res.end(text);
      }
      if (route === 'metadata') return this.metadata(req, res);
      if (route === 'mcp') return await this.mcp(req, res, requestId, clientRequestId);
      sendJson(res, 404, { error: 'not_found', message: `No route for ${path}. The MCP endpoint is /mcp.` });
    } catch (error) {
      this.options.logger.error({ requestId, err: error }, 'request failed');
      if (!res.headersSent) sendRpcError(res, 500, RpcCode.internal, `Internal error (request ${requestId})`);
      else res.end();
    }
  }

  private async ready(res: ServerResponse): Promise<void> {
    if (this.draining) return sendJson(res, 503, { ready: false, checks: { shutdown: { ok: false, error: 'draining' } } });
    const report = await this.options.readiness();
    sendJson(res, report.ready ? 200 : 503, report);
  }

  private metadata(req: IncomingMessage, res: ServerResponse): void {
    const auth = this.options.auth;
    if (!auth) return sendJson(res, 404, { error: 'not_found', message: 'Authorization is not enabled on this server.' });
    sendJson(
      res,
      200,
      {
        resource: this.resourceUrl(req),
        authorization_servers: [auth.settings.issuer],
        scopes_supported: this.options.scopesSupported,
        bearer_methods_supported: ['header'],
        resource_name: this.options.serverName,
      },
      { 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' },
    );
  }

  private corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = headerValue(req, 'origin');
    if (!origin) return {};
    return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': CORS_EXPOSE_HEADERS };
  }

  private async authenticate(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): Promise<VerifiedToken | null | undefined> {
    const auth = this.options.auth;
    if (!auth) return null;
    const refuse = (failure: AuthFailure | { status: 401 }) => {
      const description = 'description' in failure ? failure.description : 'Authorization required: send a bearer token';
      sendRpcError(res, failure.status, RpcCode.server, description, null, {
        ...cors,
        'www-authenticate': challengeHeader(failure, this.resourceMetadataUrl(req), auth.settings.requiredScopes),
      });
      return undefined;
    };
    const token = bearerToken(headerValue(req, 'authorization'));
    if (!token) return refuse({ status: 401 });
    let verified: VerifiedToken | AuthFailure;
    try {
      verified = await auth.verifier.verify(token);
    } catch (error) {
      this.options.logger.error({ err: error }, 'token verification unavailable');
      sendRpcError(res, 503, RpcCode.server, 'Token verification is unavailable; try again shortly', null, { ...cors, 'retry-after': '5' });
      return undefined;
    }
    if ('status' in verified) return refuse(verified);
    return verified;
  }

  private async mcp(req: IncomingMessage, res: ServerResponse, requestId: string, clientRequestId: string | undefined): Promise<void> {
    const { logger, hostPolicy } = this.options;
    const hostProblem = checkHost(hostPolicy, headerValue(req, 'host')) ?? checkOrigin(hostPolicy, headerValue(req, 'origin'));
    if (hostProblem) return sendRpcError(res, 403, RpcCode.server, `Forbidden: ${hostProblem}`);
    const cors = this.corsHeaders(req);

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST, GET, DELETE, OPTIONS', 'access-control-allow-headers': CORS_ALLOW_HEADERS, 'access-control-max-age': '600' });
      return void res.end();
    }
    if (this.draining) return sendRpcError(res, 503, RpcCode.server, 'The server is shutting down; retry on another replica', null, { ...cors, 'retry-after': '1', connection: 'close' });

    const token = this.options.auth ? await this.authenticate(req, res, cors) : null;
    if (token === undefined) return;

    const limiterKey = token?.subject ? `sub:${token.subject}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
    const decision = this.options.limiter.take(limiterKey);
    if (!decision.allowed) {
      this.options.metrics.rateLimited.inc();
      return sendRpcError(res, 429, RpcCode.server, `Rate limit exceeded; retry in ${decision.retryAfterSeconds}s`, null, { ...cors, 'retry-after': String(decision.retryAfterSeconds) });
    }

    if (req.method === 'GET' || req.method === 'DELETE') {
      // Stateless serving: no standalone SSE stream and no session to delete (Streamable HTTP allows 405).
      return sendRpcError(res, 405, RpcCode.server, 'Method not allowed: this server is stateless; send JSON-RPC messages with POST', null, { ...cors, allow: 'POST, OPTIONS' });
    }
    if (req.method !== 'POST') return sendRpcError(res, 405, RpcCode.server, `Method ${req.method} not allowed`, null, { ...cors, allow: 'POST, OPTIONS' });

    if (!isJsonContentType(headerValue(req, 'content-type'))) {
      return sendRpcError(res, 415, RpcCode.server, 'Unsupported Media Type: Content-Type must be application/json', null, cors);
    }
    const accepts = acceptedTypes(headerValue(req, 'accept'));
    if (!accepts.json && !accepts.sse) {
      return sendRpcError(res, 406, RpcCode.server, 'Not Acceptable: the client must accept application/json or text/event-stream', null, cors);
    }

    const body = await readBody(req, this.options.maxRequestBytes);
    if (!body.ok) {
      if (body.reason === 'too_large') return sendRpcError(res, 413, RpcCode.server, `Payload Too Large: the request body must not exceed ${this.options.maxRequestBytes} bytes`, null, { ...cors, connection: 'close' });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return sendRpcError(res, 400, RpcCode.parseError, 'Parse error: the body is not valid JSON', null, cors);
    }
    const shape = jsonRpcShape(parsed);
    if (shape.kind === 'invalid') return sendRpcError(res, 400, RpcCode.invalidRequest, `Invalid Request: ${shape.reason}`, shape.id, cors);

    const identity = token?.subject ?? headerValue(req, 'mcp-session-id') ?? req.socket.remoteAddress ?? 'anonymous';
    const caller = new LazyCaller(identity, token);
    const context = new LazyRequestContext(requestId, caller, logger, clientRequestId);

    const tool = calledTool(shape);
    if (tool && this.options.auth) {
      const missing = missingScopes(this.options.toolScopes(tool), caller.scopes);
      if (missing.length > 0) {
        this.options.metrics.toolCalls.inc({ tool, outcome: 'refused' });
        const failure: AuthFailure = { status: 403, error: 'insufficient_scope', description: `The tool ${tool} needs the scope ${missing.join(', ')}`, scopes: [...this.options.auth.settings.requiredScopes, ...this.options.toolScopes(tool)] };
        return sendRpcError(res, 403, RpcCode.server, failure.description, shape.kind === 'request' ? shape.id : null, {
          ...cors,
          'www-authenticate': challengeHeader(failure, this.resourceMetadataUrl(req), []),
        });
      }
    }

    const authInfo: AuthInfo = toAuthInfo(context, token ?? undefined);
    const protocolHeader = headerValue(req, 'mcp-protocol-version');
    if (isModernMessage(shape, protocolHeader)) {
      return this.options.engine.serveModern(Object.assign(req, { auth: authInfo }), res, parsed);
    }
    if (protocolHeader && !LEGACY_REVISIONS.includes(protocolHeader)) {
      return sendRpcError(res, 400, RpcCode.server, `Bad Request: unsupported MCP-Protocol-Version ${protocolHeader} (supported: ${[...LEGACY_REVISIONS].reverse().join(', ')}, 2026-07-28)`, shape.kind === 'request' ? shape.id : null, cors);
    }

    if (shape.kind !== 'request') {
      this.options.engine.oneWay(parsed as never, authInfo);
      res.writeHead(202, cors);
      return void res.end();
    }
    const writer = new RpcResponseWriter(res, accepts, cors);
    const internalId = this.options.engine.request({ jsonrpc: '2.0', id: shape.id, method: shape.method, ...(shape.params ? { params: shape.params } : {}) }, writer, authInfo);
    res.once('close', () => {
      if (!writer.finished) this.options.engine.abandon(internalId);
    });
  }

  listen(port: number, host: string): Promise<{ port: number; host: string }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve({ port: typeof address === 'object' && address ? address.port : port, host });
      });
    });
  }

  /** Graceful stop: refuse new work, let in-flight calls finish within the timeout, then close. */
  async drain(timeoutMs: number): Promise<{ completed: boolean }> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const idle = this.inflight === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([idle.then(() => 'idle' as const), timedOut]);
    clearTimeout(timer);
    this.server.closeAllConnections();
    await closed;
    return { completed: outcome === 'idle' };
  }
}

