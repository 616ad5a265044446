import { DEFAULT_CLIENT_REDIRECT_URIS, OAuthFacadeRoutes, qualifyScope, scopePrefixFor, type FacadeSettings } from './oauth';
import { OpenIdDiscovery } from './http/openid-discovery';
import { McpServer } from '@modelcontextprotocol/server';
import { createAzureCredential, createLogger, loadServerEnv, type AnyToolDefinition, type FileSystem, type Logger, type ModelSelector, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import { createLightningRuntime, episodeIdFor } from '@mcp-aks/lightning';
import { createAdapters } from './adapters';
import { HttpApp } from './http/app';
import { TokenVerifier, type AuthSettings } from './http/auth';
import { hostPolicy, isLoopbackHost } from './http/guards';
import { exposureProblem } from './exposure';
import { ServerMetrics } from './http/metrics';
import { TokenBucketLimiter } from './http/rate-limit';
import { AuthFailureLimit } from './http/steps/auth-failures';
import { ProxyTrust } from './http/steps/forwarded';
import { McpEngine } from './mcp/engine';
import { registerConformanceFixtures } from './mcp/fixtures';
import { registerMultiRoundTripFixtures } from './mcp/fixtures-mrtr';
import { registerTaskFixtures } from './mcp/fixtures-tasks';
import { registerTaskMethods, TASKS_CAPABILITY, TaskManager, TaskStore } from './mcp/tasks';
import { requestStateCodec } from './mcp/request-state';
import { registerTools } from './mcp/register-tools';
import { ToolRunner } from './mcp/tool-runner';
import { readinessChecker, type Probe } from './readiness';
import { helloTool } from './tools/hello';
import { askFoundryTool, nextBestActionTool } from './tools/model-tools';
import { ontologyTools } from './tools/ontology';
import { snippetTools } from './tools/snippets';
import { SERVER_NAME, SERVER_VERSION } from './version';

export interface StartOptions {
  /** The environment to read configuration from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  logger?: Logger;
  /** Prometheus default process metrics (off in tests that start many servers). */
  defaultMetrics?: boolean;
  /** The file system of the embedded stores (node:fs/promises unless a test injects faults). */
  fs?: FileSystem;
}

export interface RunningServer {
  /** The URL of the MCP endpoint. */
  url: string;
  host: string;
  port: number;
  env: ServerEnv;
  /** Graceful stop: drains in-flight calls (bounded by SHUTDOWN_TIMEOUT_MS), then releases backends. */
  close(): Promise<void>;
}

export const INSTRUCTIONS =
  'Tools for platform teams running MCP on AKS: snippets (save, get, list, delete), ontologies, ask_foundry for model answers, and next_best_action for a plan grounded in task instructions.';

/**
 * 2026-07-28 cacheable results: the tool, prompt and template lists and server/discover are the same
 * for every caller and change only with a deployment, so any cache may keep them for a minute.
 * resources/list and resources/read keep the SDK's default (ttlMs 0, private).
 */
export const LIST_CACHE_HINTS = {
  'tools/list': { ttlMs: 60_000, cacheScope: 'public' },
  'prompts/list': { ttlMs: 60_000, cacheScope: 'public' },
  'resources/templates/list': { ttlMs: 60_000, cacheScope: 'public' },
  'server/discover': { ttlMs: 60_000, cacheScope: 'public' },
} as const;

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = loadServerEnv(options.env ?? process.env);
  const logger = options.logger ?? createLogger({ name: SERVER_NAME, level: env.LOG_LEVEL });
  const problem = exposureProblem(env);
  if (problem) throw new Error(problem);
  if (!env.AUTH_ISSUER && !isLoopbackHost(env.HOST)) logger.warn({ host: env.HOST }, 'serving WITHOUT authentication on a non-loopback address (ALLOW_UNAUTHENTICATED=true)');

  let credential: TokenCredential | undefined;
  const getCredential = () => (credential ??= createAzureCredential({ ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}) }));

  // The tuned-model selector comes from Lightning, which wants the model adapter: bind it late.
  const late: { selector?: ModelSelector } = {};
  const lateSelector: ModelSelector = {
    select: () => late.selector?.select() ?? Promise.resolve(undefined),
    reportFailure: (model, error) => late.selector?.reportFailure?.(model, error),
  };
  const fs = options.fs ? { fs: options.fs } : {};
  const adapters = await createAdapters(env, { logger, credential: getCredential, ...fs, ...(env.USE_TUNED_MODEL ? { modelSelector: lateSelector } : {}) });
  const lightning = await createLightningRuntime({ env, logger, credential: getCredential, model: adapters.model, ...fs });
  if (lightning.modelSelector) late.selector = lightning.modelSelector;

  const tools: AnyToolDefinition[] = [
    helloTool(SERVER_NAME),
    ...snippetTools(adapters.snippets, { maxSnippetBytes: env.MAX_SNIPPET_BYTES }),
    askFoundryTool(adapters.model),
    nextBestActionTool(adapters.model, adapters.search),
    ...ontologyTools(adapters.ontologies),
    ...lightning.tools,
  ];
  const scopesByTool = new Map(tools.map((t) => [t.name, t.requiredScopes ?? []]));

  const metrics = new ServerMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  if (!env.MCP_REQUEST_STATE_KEY && !isLoopbackHost(env.HOST)) logger.warn('MCP_REQUEST_STATE_KEY is not set: confirmations started on this replica cannot be resumed on another');
  const stateCodec = requestStateCodec({ ...(env.MCP_REQUEST_STATE_KEY ? { key: env.MCP_REQUEST_STATE_KEY } : {}), ttlSeconds: env.MCP_REQUEST_STATE_TTL_SECONDS });
  const tasks = new TaskManager({ store: new TaskStore(adapters.tasks), logger, ttlMs: env.MCP_TASK_TTL_MS, pollIntervalMs: 500 });
  const runtime = {
    metrics,
    logger,
    captureAll: env.LIGHTNING_CAPTURE_ALL_TOOLS,
    ...(lightning.observer ? { observer: lightning.observer, episodeId: (requestId: string, tool: string) => episodeIdFor(env.LIGHTNING_AGENT_ID, requestId, tool) } : {}),
  };
  const runners = tools.map((tool) => new ToolRunner(tool, runtime));
  const buildServer = (supportedProtocolVersions?: string[]) => {
    const server = new McpServer(
      { name: SERVER_NAME, version: SERVER_VERSION },
      {
        capabilities: { logging: {}, ...TASKS_CAPABILITY },
        instructions: INSTRUCTIONS,
        requestState: { verify: stateCodec.verify },
        cacheHints: LIST_CACHE_HINTS,
        ...(supportedProtocolVersions ? { supportedProtocolVersions } : {}),
      },
    );
    registerTaskMethods(server, tasks);
    registerTools(server, runners, { requestState: stateCodec, tasks });
    if (env.MCP_CONFORMANCE_FIXTURES) {
      registerConformanceFixtures(server);
      registerMultiRoundTripFixtures(server, stateCodec);
      registerTaskFixtures(server, tasks);
    }
    return server;
  };
  const engine = await McpEngine.create({ buildServer, plainTools: new Set(tools.map((t) => t.name)), ...(env.MCP_FAST_LANE ? { fastLane: { runners, calls: metrics.fastLaneCalls } } : {}), logger, maxRequestBytes: env.MAX_REQUEST_BYTES, requestTimeoutMs: env.MCP_REQUEST_TIMEOUT_MS });

  let auth: { settings: AuthSettings; verifier: TokenVerifier; discovery: OpenIdDiscovery } | undefined;
  if (env.AUTH_ISSUER) {
    const settings: AuthSettings = {
      issuer: env.AUTH_ISSUER,
      audiences: env.AUTH_AUDIENCE,
      requiredScopes: env.AUTH_REQUIRED_SCOPES,
      ...(env.AUTH_JWKS_URI ? { jwksUri: env.AUTH_JWKS_URI } : {}),
      ...(env.MCP_RESOURCE_URL ? { resourceUrl: env.MCP_RESOURCE_URL } : {}),
    };
    const discovery = new OpenIdDiscovery(settings.issuer);
    auth = { settings, verifier: new TokenVerifier(settings, discovery), discovery };
  }

  const probes: Record<string, Probe> = {
    snippets: () => adapters.snippets.ping(),
    ontologies: () => adapters.ontologies.ping(),
    search: () => adapters.search.ping(),
  };
  // Capture keeps working through its spool while the episode store is down, so Lightning is
  // reported but does not take the pod out of rotation.
  const optionalProbes: Record<string, Probe> = {};
  if (lightning.ping) optionalProbes.lightning = () => lightning.ping!();

  const scopePrefix = scopePrefixFor(env.AUTH_AUDIENCE, env.AUTH_SCOPE_PREFIX);
  const knownScopes = [...new Set([...env.AUTH_REQUIRED_SCOPES, ...tools.flatMap((t) => t.requiredScopes ?? [])])];
  let oauth: OAuthFacadeRoutes | undefined;
  let authorizationServer: string | undefined;
  if (auth && env.OAUTH_PUBLIC_CLIENT_ID && env.MCP_RESOURCE_URL) {
    authorizationServer = new URL(env.MCP_RESOURCE_URL).origin;
    const facade: FacadeSettings = {
      issuer: authorizationServer,
      publicClientId: env.OAUTH_PUBLIC_CLIENT_ID,
      redirectUris: env.OAUTH_REDIRECT_URIS.length > 0 ? env.OAUTH_REDIRECT_URIS : DEFAULT_CLIENT_REDIRECT_URIS,
      scopePrefix,
      scopes: knownScopes,
      defaultScopes: env.AUTH_REQUIRED_SCOPES,
    };
    oauth = new OAuthFacadeRoutes(facade, auth.discovery, logger);
  }

  const app = new HttpApp({
    logger,
    metrics,
    engine,
    hostPolicy: hostPolicy(env.HOST, env.ALLOWED_HOSTS, env.ALLOWED_ORIGINS),
    limiter: new TokenBucketLimiter(env.RATE_LIMIT_RPS, env.RATE_LIMIT_BURST),
    proxies: new ProxyTrust(env.TRUSTED_PROXIES),
    authFailures: new AuthFailureLimit(new TokenBucketLimiter(env.AUTH_FAILURE_RATE_PER_MINUTE / 60, env.AUTH_FAILURE_BURST)),
    maxRequestBytes: env.MAX_REQUEST_BYTES,
    bodyTimeoutMs: env.HTTP_BODY_TIMEOUT_MS,
    bodyBufferBytes: env.MAX_BODY_BUFFER_BYTES,
    structure: { maxDepth: env.MAX_JSON_DEPTH, maxEntries: env.MAX_JSON_ENTRIES },
    connections: { max: env.MAX_CONNECTIONS, perClient: env.MAX_CONNECTIONS_PER_CLIENT },
    timeouts: { headersMs: env.HTTP_HEADERS_TIMEOUT_MS, requestMs: env.HTTP_REQUEST_TIMEOUT_MS, keepAliveMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS },
    ...(auth ? { auth } : {}),
    toolScopes: (name) => scopesByTool.get(name) ?? [],
    scopesSupported: knownScopes.map((s) => qualifyScope(s, scopePrefix)),
    advertisedScope: (s) => qualifyScope(s, scopePrefix),
    ...(authorizationServer ? { authorizationServer } : {}),
    ...(oauth ? { oauth } : {}),
    readiness: readinessChecker(probes, { optional: optionalProbes }),
    serverName: SERVER_NAME,
  });
  const { port } = await app.listen(env.PORT, env.HOST);
  const displayHost = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  const url = `http://${displayHost}:${port}/mcp`;
  logger.info(
    { url, auth: auth ? 'on' : 'off', model: adapters.modelConfigured ? adapters.model.defaultModel : 'not configured', capture: Boolean(lightning.observer), tools: tools.length, fixtures: env.MCP_CONFORMANCE_FIXTURES },
    'MCP server listening',
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const { completed } = await app.drain(env.SHUTDOWN_TIMEOUT_MS);
      if (!completed) logger.warn({ timeoutMs: env.SHUTDOWN_TIMEOUT_MS }, 'shutdown timeout: in-flight requests were cut off');
      tasks.close();
      await engine.close().catch((err: unknown) => logger.warn({ err }, 'closing the MCP engine failed'));
      await lightning.close().catch((err: unknown) => logger.error({ err }, 'closing Lightning failed'));
      await adapters.close().catch((err: unknown) => logger.warn({ err }, 'closing adapters failed'));
      logger.info('MCP server stopped');
    })());

  return { url, host: env.HOST, port, env, close };
}
