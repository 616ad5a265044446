import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { hashIdentifier, newId, type Caller, type Logger } from '@mcp-aks/core';
import type { AuthInfo } from '@modelcontextprotocol/server';
import type { McpEngine } from '../mcp/engine';
import { OAuthFacadeRoutes } from '../oauth/routes';
import { toAuthInfo, type RequestContext } from '../mcp/request-context';
import { bearerToken, challengeHeader, missingScopes, type AuthFailure, type AuthSettings, type TokenVerifier, type VerifiedToken } from './auth';
import { LEGACY_REVISIONS, calledTool, isModernMessage, jsonRpcShape } from './classify';
import type { HostPolicy } from './guards';
import type { ServerMetrics } from './metrics';
import { rateRefusal, type TokenBucketLimiter } from './rate-limit';
import { RpcCode, RpcResponseWriter, sendJson, sendRefusal, sendRpcError } from './respond';
import type { AuthFailureLimit } from './steps/auth-failures';
import { BodyReader, SHUTTING_DOWN, bodyRefusal } from './steps/body-limit';
import { ConnectionLimits, type ConnectionLimitSettings } from './steps/connection-limits';
import { structureProblem, type StructureLimits } from './steps/json-structure';
import { corsHeaders, preflightHeaders } from './steps/cors';
import { clientAddress, type ProxyTrust } from './steps/forwarded';
import { refuseTunnel } from './steps/tunnel-refusal';
import { hostRefusal, type Route } from './steps/host-check';
import { mediaCheck, methodRefusal } from './steps/request-shape';
import { PRM_PATH, ResourceNaming } from './steps/metadata';

export interface ReadinessReport {
  ready: boolean;
  /** `detail` on a check that is ok says what is worth knowing (an empty search index). */
  checks: Record<string, { ok: boolean; error?: string; detail?: string }>;
}

export interface HttpAppOptions {
  logger: Logger;
  metrics: ServerMetrics;
  engine: McpEngine;
  hostPolicy: HostPolicy;
  limiter: TokenBucketLimiter;
  /** Reverse proxies whose X-Forwarded-* headers are believed. */
  proxies: ProxyTrust;
  /** Failed token checks per client address. */
  authFailures: AuthFailureLimit;
  maxRequestBytes: number;
  /** How long a request body may take to arrive. */
  bodyTimeoutMs: number;
  /** Bytes of all bodies still arriving, together. */
  bodyBufferBytes: number;
  /** Bounds on a message's structure, checked before any validation or dispatch. */
  structure: StructureLimits;
  connections: ConnectionLimitSettings;
  /** Node's http server timeouts (headersTimeout, requestTimeout, keepAliveTimeout). */
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  auth?: { settings: AuthSettings; verifier: TokenVerifier };
  /** Scopes a tool needs beyond the server-wide ones (checked only when auth is on). */
  toolScopes: (tool: string) => string[];
  /** All scopes the server knows of, for the metadata document (as clients must ask for them). */
  scopesSupported: string[];
  /** A scope as clients must ask for it (Entra: qualified by the Application ID URI). */
  advertisedScope?: (scope: string) => string;
  /** The authorization server named in the metadata (the OAuth façade when on; else AUTH_ISSUER). */
  authorizationServer?: string;
  oauth?: OAuthFacadeRoutes;
  readiness: () => Promise<ReadinessReport>;
  serverName: string;
}

const KNOWN_METHODS = new Set(['GET', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PUT', 'PATCH']);

function routeOf(path: string, oauth: boolean): Route {
  if (path === '/mcp') return 'mcp';
  if (path.startsWith(PRM_PATH)) return 'metadata';
  if (path === '/healthz') return 'healthz';
  if (path === '/readyz') return 'readyz';
  if (path === '/metrics') return 'metrics';
  if (oauth && OAuthFacadeRoutes.handles(path)) return 'oauth';
  return 'other';
}

/** A caller's own correlation id (x-request-id), kept for the logs when it is sane. */
function clientRequestIdOf(req: IncomingMessage): string | undefined {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : undefined;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
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

  private readonly naming: ResourceNaming;
  private readonly bodies: BodyReader;
  readonly connectionLimits: ConnectionLimits;

  constructor(private readonly options: HttpAppOptions) {
    this.naming = new ResourceNaming(options.auth?.settings.resourceUrl, options.proxies);
    this.bodies = new BodyReader({ maxBytes: options.maxRequestBytes, timeoutMs: options.bodyTimeoutMs, bufferBytes: options.bodyBufferBytes });
    const { headersMs, requestMs, keepAliveMs } = options.timeouts;
    this.server = createServer(
      {
        headersTimeout: headersMs,
        requestTimeout: requestMs,
        keepAliveTimeout: keepAliveMs,
        // How often Node looks for requests past those timeouts (its default, 30 s, would let them overrun).
        connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersMs / 4))),
      },
      (req, res) => void this.handle(req, res),
    );
    this.server.on('connect', (_req: IncomingMessage, socket: Duplex) => refuseTunnel(socket));
    this.connectionLimits = new ConnectionLimits(options.connections, options.proxies, () => options.metrics.connectionsRefused.inc());
    this.connectionLimits.attach(this.server);
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    // Our own id always: episode ids derive from it, so a caller must not be able to choose it.
    const requestId = newId();
    const clientRequestId = clientRequestIdOf(req);
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routeOf(path, Boolean(this.options.oauth));
    res.setHeader('x-request-id', requestId);
    this.inflight++;
    this.options.metrics.inflight.inc();
    res.once('close', () => {
      this.inflight--;
      this.options.metrics.inflight.dec();
      this.requestCounter(route, req.method ?? 'GET', res.statusCode).inc();
      this.durationHistogram(route).observe((performance.now() - started) / 1000);
      if (res.statusCode >= 500) this.options.logger.warn({ requestId, route, status: res.statusCode }, 'request answered with a server error');
      if (this.inflight === 0) this.idleWaiters.splice(0).forEach((w) => w());
    });
    try {
      const refused = hostRefusal(this.options.hostPolicy, route, headerValue(req, 'host'), headerValue(req, 'origin'));
      if (refused) return sendRefusal(res, refused);
      if (route === 'healthz') return sendJson(res, 200, { status: 'ok' });
      if (route === 'readyz') return await this.ready(res);
      if (route === 'metrics') {
        const text = await this.options.metrics.registry.metrics();
        res.writeHead(200, { 'content-type': this.options.metrics.registry.contentType });
        return void res.end(text);
      }
      if (route === 'metadata') return this.metadata(req, res);
      if (route === 'mcp') return await this.mcp(req, res, requestId, clientRequestId, corsHeaders(headerValue(req, 'origin')));
      if (route === 'oauth') return await this.options.oauth!.handle(req, res, path, requestId);
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
        resource: this.naming.resource(req),
        authorization_servers: [this.options.authorizationServer ?? auth.settings.issuer],
        scopes_supported: this.options.scopesSupported,
        bearer_methods_supported: ['header'],
        resource_name: this.options.serverName,
      },
      { 'cache-control': this.naming.cacheControl, 'access-control-allow-origin': '*' },
    );
  }

  private advertise(scope: string): string {
    return this.options.advertisedScope ? this.options.advertisedScope(scope) : scope;
  }

  /** A refusal whose scopes are named as clients must ask for them. */
  private advertised(failure: AuthFailure | { status: 401 }): AuthFailure | { status: 401 } {
    return 'scopes' in failure ? { ...failure, scopes: failure.scopes.map((s) => this.advertise(s)) } : failure;
  }

  /** The caller's verified token, null when auth is off, or undefined once a refusal was sent. */
  private async authenticate(req: IncomingMessage, res: ServerResponse, requestId: string, cors: Record<string, string>): Promise<VerifiedToken | null | undefined> {
    const auth = this.options.auth;
    if (!auth) return null;
    const refuse = (failure: AuthFailure | { status: 401 }) => {
      const description = 'description' in failure ? failure.description : 'Authorization required: send a bearer token';
      sendRpcError(res, failure.status, RpcCode.server, description, null, {
        ...cors,
        'www-authenticate': challengeHeader(this.advertised(failure), this.naming.metadataUrl(req), auth.settings.requiredScopes.map((s) => this.advertise(s))),
      });
      return undefined;
    };
    const token = bearerToken(headerValue(req, 'authorization'));
    if (!token) return refuse({ status: 401 });
    const address = clientAddress(req, this.options.proxies);
    const limited = this.options.authFailures.refusal(address);
    if (limited) {
      this.options.metrics.rateLimited.inc();
      sendRefusal(res, limited, cors);
      return undefined;
    }
    let verified: VerifiedToken | AuthFailure;
    try {
      verified = await auth.verifier.verify(token);
    } catch (error) {
      this.options.logger.error({ requestId, err: error }, 'token verification unavailable');
      sendRpcError(res, 503, RpcCode.server, 'Token verification is unavailable; try again shortly', null, { ...cors, 'retry-after': '5' });
      return undefined;
    }
    if ('status' in verified) {
      this.options.authFailures.failed(address);
      return refuse(verified);
    }
    return verified;
  }

  private async mcp(req: IncomingMessage, res: ServerResponse, requestId: string, clientRequestId: string | undefined, cors: Record<string, string>): Promise<void> {
    const { logger } = this.options;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(headerValue(req, 'origin')));
      return void res.end();
    }
    if (this.draining) return sendRefusal(res, SHUTTING_DOWN, cors);

    // The edge steps, in order; each answers a refusal or lets the request on.
    const token = this.options.auth ? await this.authenticate(req, res, requestId, cors) : null;
    if (token === undefined) return;
    const limited = rateRefusal(this.options.limiter, token?.subject ? `sub:${token.subject}` : `ip:${clientAddress(req, this.options.proxies)}`);
    if (limited) {
      this.options.metrics.rateLimited.inc();
      return sendRefusal(res, limited, cors);
    }
    const badMethod = methodRefusal(req.method);
    if (badMethod) return sendRefusal(res, badMethod, cors);
    const accepts = mediaCheck(headerValue(req, 'content-type'), headerValue(req, 'accept'));
    if ('status' in accepts) return sendRefusal(res, accepts, cors);
    const body = await this.bodies.read(req);
    if (!body.ok) {
      const refusal = bodyRefusal(body, this.bodies.limits);
      return refusal ? sendRefusal(res, refusal, cors) : undefined;
    }
    const tooBig = structureProblem(body.text, this.options.structure);
    if (tooBig) return sendRpcError(res, 400, RpcCode.invalidRequest, `Invalid Request: ${tooBig}`, null, cors);
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
          'www-authenticate': challengeHeader(this.advertised(failure), this.naming.metadataUrl(req), []),
        });
      }
    }

    const authInfo: AuthInfo = toAuthInfo(context, token ?? undefined);
    const protocolHeader = headerValue(req, 'mcp-protocol-version');
    if (isModernMessage(shape, protocolHeader)) {
      // CORS headers set here reach the answer whichever way the engine serves the exchange.
      for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
      return this.options.engine.serveModern(Object.assign(req, { auth: authInfo }), res, parsed, new RpcResponseWriter(res, accepts, {}));
    }
    if (protocolHeader && !LEGACY_REVISIONS.includes(protocolHeader)) {
      return sendRpcError(res, 400, RpcCode.server, `Bad Request: unsupported MCP-Protocol-Version ${protocolHeader} (supported: ${[...LEGACY_REVISIONS].reverse().join(', ')}, 2026-07-28)`, shape.kind === 'request' ? shape.id : null, cors);
    }

    if (shape.kind !== 'request') {
      this.options.engine.oneWay(parsed as never, authInfo);
      res.writeHead(202, cors);
      return void res.end();
    }
    this.options.engine.serveLegacy({ jsonrpc: '2.0', id: shape.id, method: shape.method, ...(shape.params ? { params: shape.params } : {}) }, new RpcResponseWriter(res, accepts, cors), res, authInfo);
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
    this.bodies.stop();
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

