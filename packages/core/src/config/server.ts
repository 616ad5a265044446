import { isIP } from 'node:net';
import { z } from 'zod';
import { envBool, envEnum, envInt, envList, envOptionalString, envString, envUrl, parseEnv } from './env';
import { lightningEnvShape } from './lightning';

const MiB = 1024 * 1024;

/** Every environment variable the server reads, validated once at start-up. */
export const serverEnvSchema = z
  .object({
    HOST: envString('127.0.0.1'),
    PORT: envInt(8080, 0, 65_535),
    DATA_DIR: envString('./.data'),
    LOG_LEVEL: envEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    /** Registers the conformance suite's test_* tools, resources and prompts. Never in production. */
    MCP_CONFORMANCE_FIXTURES: envBool(false),
    ALLOW_UNAUTHENTICATED: envBool(false),
    /** Extra Host header values accepted besides the bind address and loopback (DNS-rebinding protection). */
    ALLOWED_HOSTS: envList(),
    /** Browser origins allowed to call /mcp; loopback origins are allowed when bound to loopback. */
    ALLOWED_ORIGINS: envList(),
    /** Request body limit; unset, it is sized from MAX_SNIPPET_BYTES (see requestBytesFor). */
    MAX_REQUEST_BYTES: envInt(0, 1024, 64 * MiB),
    MAX_SNIPPET_BYTES: envInt(1 * MiB, 1, 32 * MiB),
    /** Structure bounds checked before any validation or dispatch: nesting depth, and object members plus array items in all. */
    MAX_JSON_DEPTH: envInt(32, 4, 1_000),
    MAX_JSON_ENTRIES: envInt(10_000, 100, 1_000_000),
    /** Per-client token bucket: sustained requests a second and burst; 0 turns the limiter off. */
    RATE_LIMIT_RPS: envInt(50, 0, 1_000_000),
    RATE_LIMIT_BURST: envInt(100, 1, 1_000_000),
    /** Longest time one MCP request may run; past it the client gets a JSON-RPC timeout error and the work is cancelled. */
    MCP_REQUEST_TIMEOUT_MS: envInt(120_000, 100, 3_600_000),
    /**
     * Serves a plain `tools/call` (either revision) straight into the tool instead of through the SDK's
     * per-message dispatch, with the answer the SDK would give (server/src/mcp/fast-lane/). Off: every
     * call goes through the SDK, for comparison or should the two ever differ.
     */
    MCP_FAST_LANE: envBool(true),
    /** Failed token checks allowed per client address (a burst, then a steady rate); 0 turns the limit off. */
    AUTH_FAILURE_BURST: envInt(20, 1, 1_000_000),
    AUTH_FAILURE_RATE_PER_MINUTE: envInt(30, 0, 1_000_000),
    /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-* headers are believed; none by default. */
    TRUSTED_PROXIES: envList(),
    /** Open connections in all, and from one client address (configured proxies are exempt from the latter). */
    MAX_CONNECTIONS: envInt(512, 1, 1_000_000),
    MAX_CONNECTIONS_PER_CLIENT: envInt(64, 1, 1_000_000),
    /** Node's http server timeouts: headers, the whole request (headers and body), idle keep-alive. */
    HTTP_HEADERS_TIMEOUT_MS: envInt(20_000, 1_000, 600_000),
    HTTP_REQUEST_TIMEOUT_MS: envInt(60_000, 1_000, 3_600_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: envInt(65_000, 1_000, 600_000),
    /** Bytes of all request bodies still arriving, together; past it new bodies get 503 (memory stays bounded). */
    MAX_BODY_BUFFER_BYTES: envInt(128 * MiB, 1 * MiB, 4096 * MiB),
    /** How long a request body may take to arrive once its headers are in (408 after). */
    HTTP_BODY_TIMEOUT_MS: envInt(30_000, 100, 3_600_000),
    /** How long SIGTERM waits for in-flight calls before exiting. */
    SHUTDOWN_TIMEOUT_MS: envInt(20_000, 0, 600_000),
    /**
     * HMAC key (at least 32 bytes) that signs the state of multi-round-trip requests (confirmations,
     * 2026-07-28 `input_required`). Every replica needs the same key so any of them can resume a
     * request another one started; unset, each process draws a random key (one replica only).
     */
    MCP_REQUEST_STATE_KEY: envOptionalString().refine((v) => v === undefined || Buffer.byteLength(v, 'utf8') >= 32, 'must be at least 32 bytes'),
    /** How long a confirmation or other multi-round-trip request may wait for the client's answer. */
    MCP_REQUEST_STATE_TTL_SECONDS: envInt(600, 10, 86_400),

    // Authentication (on when AUTH_ISSUER is set).
    AUTH_ISSUER: envUrl({ https: true }),
    AUTH_AUDIENCE: envList(),
    AUTH_JWKS_URI: envUrl({ https: true }),
    AUTH_REQUIRED_SCOPES: envList(),
    /** The public URL of /mcp as clients see it (behind APIM); names the resource in the metadata document. */
    MCP_RESOURCE_URL: envUrl(),
    /**
     * Prefix of the scopes the server advertises (metadata, challenges): Entra names scopes by the API's
     * Application ID URI. Defaults to the first `api://` audience plus `/`; set to empty for short names.
     */
    AUTH_SCOPE_PREFIX: z.string().optional(),
    /** The pre-registered public client MCP clients sign in with; turns on the OAuth façade in front of AUTH_ISSUER. */
    OAUTH_PUBLIC_CLIENT_ID: envOptionalString(),
    /** Redirect URIs registered on that public client (default: the ones VS Code, Claude, Copilot CLI and Inspector use). */
    OAUTH_REDIRECT_URIS: envList(),
    AZURE_TENANT_ID: envOptionalString(),

    // Azure identity and services (the seed's names).
    AZURE_CLIENT_ID: envOptionalString(),
    FOUNDRY_PROJECT_ENDPOINT: envUrl({ https: true }),
    FOUNDRY_MODEL_DEPLOYMENT_NAME: envOptionalString(),
    EMBEDDING_MODEL_DEPLOYMENT_NAME: envOptionalString(),
    /** Overrides the OpenAI v1 endpoint derived from FOUNDRY_PROJECT_ENDPOINT. */
    AZURE_OPENAI_ENDPOINT: envUrl({ https: true }),
    OPENAI_BASE_URL: envUrl(),
    OPENAI_API_KEY: envOptionalString(),
    OPENAI_MODEL: envOptionalString(),
    MODEL_TIMEOUT_MS: envInt(60_000, 1_000, 600_000),
    COSMOSDB_ENDPOINT: envUrl({ https: true }),
    COSMOSDB_DATABASE_NAME: envString('mcpdb'),
    AZURE_SEARCH_ENDPOINT: envUrl({ https: true }),
    AZURE_SEARCH_INDEX_NAME: envString('task-instructions'),
    /** A semantic ranker configuration to use on AI Search queries (off when unset). */
    AZURE_SEARCH_SEMANTIC_CONFIGURATION: envOptionalString(),
    AZURE_STORAGE_ACCOUNT_URL: envUrl({ https: true }),
    SNIPPETS_CONTAINER_NAME: envString('snippets'),
    ONTOLOGY_CONTAINER_NAME: envString('ontologies'),
    /** MCP tasks (long operations an agent polls): their state, shared by every replica. */
    TASKS_CONTAINER_NAME: envString('mcp-tasks'),
    /** How long a finished task stays readable with tasks/get. */
    MCP_TASK_TTL_MS: envInt(3_600_000, 60_000, 7 * 86_400_000),
    FABRIC_ENABLED: envBool(false),

    ...lightningEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_ISSUER && env.AUTH_AUDIENCE.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_AUDIENCE'], message: 'required when AUTH_ISSUER is set' });
    }
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not be larger than HTTP_REQUEST_TIMEOUT_MS' });
    }
    for (const entry of env.TRUSTED_PROXIES) {
      if (!isAddressOrCidr(entry)) ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: `expected IP addresses or CIDR ranges, got "${entry}"` });
    }
    if (env.OAUTH_PUBLIC_CLIENT_ID && (!env.AUTH_ISSUER || !env.MCP_RESOURCE_URL)) {
      ctx.addIssue({ code: 'custom', path: ['OAUTH_PUBLIC_CLIENT_ID'], message: 'needs AUTH_ISSUER and MCP_RESOURCE_URL (the façade publishes its endpoints at the public URL)' });
    }
    if (env.OPENAI_BASE_URL && !env.OPENAI_MODEL && !env.FOUNDRY_MODEL_DEPLOYMENT_NAME) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_MODEL'], message: 'required when OPENAI_BASE_URL is set' });
    }
  });

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

export type ServerEnv = z.output<typeof serverEnvSchema>;

/** Room for the JSON-RPC envelope and the other arguments of the largest valid request. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The body limit a valid request needs: the largest snippet JSON-escaped (quotes, backslashes and line
 * breaks double in size; a text of such characters is the worst case clients produce) plus the envelope.
 */
export function requestBytesFor(maxSnippetBytes: number): number {
  return 2 * maxSnippetBytes + ENVELOPE_BYTES;
}

export function loadServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = parseEnv(serverEnvSchema, env);
  return parsed.MAX_REQUEST_BYTES === 0 ? { ...parsed, MAX_REQUEST_BYTES: requestBytesFor(parsed.MAX_SNIPPET_BYTES) } : parsed;
}
