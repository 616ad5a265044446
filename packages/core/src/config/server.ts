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
    MAX_REQUEST_BYTES: envInt(4 * MiB, 1024, 64 * MiB),
    MAX_SNIPPET_BYTES: envInt(1 * MiB, 1, 32 * MiB),
    /** Per-client token bucket: sustained requests a second and burst; 0 turns the limiter off. */
    RATE_LIMIT_RPS: envInt(50, 0, 1_000_000),
    RATE_LIMIT_BURST: envInt(100, 1, 1_000_000),
    /** Longest time one MCP request may run; past it the client gets a JSON-RPC timeout error and the work is cancelled. */
    MCP_REQUEST_TIMEOUT_MS: envInt(120_000, 100, 3_600_000),
    /** How long SIGTERM waits for in-flight calls before exiting. */
    SHUTDOWN_TIMEOUT_MS: envInt(20_000, 0, 600_000),

    // Authentication (on when AUTH_ISSUER is set).
    AUTH_ISSUER: envUrl({ https: true }),
    AUTH_AUDIENCE: envList(),
    AUTH_JWKS_URI: envUrl({ https: true }),
    AUTH_REQUIRED_SCOPES: envList(),
    /** The public URL of /mcp as clients see it (behind APIM); names the resource in the metadata document. */
    MCP_RESOURCE_URL: envUrl(),
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
    FABRIC_ENABLED: envBool(false),

    ...lightningEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_ISSUER && env.AUTH_AUDIENCE.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_AUDIENCE'], message: 'required when AUTH_ISSUER is set' });
    }
    if (env.OPENAI_BASE_URL && !env.OPENAI_MODEL && !env.FOUNDRY_MODEL_DEPLOYMENT_NAME) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_MODEL'], message: 'required when OPENAI_BASE_URL is set' });
    }
  });

export type ServerEnv = z.output<typeof serverEnvSchema>;

export function loadServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  return parseEnv(serverEnvSchema, env);
}
