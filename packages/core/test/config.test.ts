import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_BASE_MODEL, lightningBaseModel, loadServerEnv, requestBytesFor } from '../src';

describe('server configuration', () => {
  it('applies the embedded defaults when nothing is set', () => {
    const env = loadServerEnv({});
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.PORT).toBe(8080);
    expect(env.DATA_DIR).toBe('./.data');
    expect(env.MAX_SNIPPET_BYTES).toBe(1024 * 1024);
    expect(env.ENABLE_LIGHTNING_CAPTURE).toBe(false);
    expect(env.LIGHTNING_AGENT_ID).toBe('mcp-agents');
    expect(env.COSMOS_DATABASE_NAME).toBe('agent_rl');
    expect(env.AZURE_SEARCH_INDEX_NAME).toBe('task-instructions');
    expect(env.ONTOLOGY_CONTAINER_NAME).toBe('ontologies');
    expect(env.AUTH_AUDIENCE).toEqual([]);
  });

  it('sizes the request body limit from the largest valid snippet, and bounds the edge by default', () => {
    const env = loadServerEnv({});
    expect(env.MAX_REQUEST_BYTES).toBe(requestBytesFor(1024 * 1024));
    expect(requestBytesFor(1024 * 1024)).toBe(2 * 1024 * 1024 + 64 * 1024);
    expect(loadServerEnv({ MAX_SNIPPET_BYTES: '1000' }).MAX_REQUEST_BYTES).toBe(2000 + 64 * 1024);
    expect(loadServerEnv({ MAX_REQUEST_BYTES: '70000' }).MAX_REQUEST_BYTES).toBe(70_000);
    expect(env.TRUSTED_PROXIES).toEqual([]);
    expect(env.MAX_CONNECTIONS_PER_CLIENT).toBeLessThan(env.MAX_CONNECTIONS);
    expect(env.HTTP_HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(env.HTTP_REQUEST_TIMEOUT_MS);
  });

  it('accepts trusted proxies only as addresses or CIDR ranges', () => {
    expect(loadServerEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.5, fd00::/8' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.168.1.5', 'fd00::/8']);
    expect(() => loadServerEnv({ TRUSTED_PROXIES: 'apim.example.net' })).toThrow(/TRUSTED_PROXIES: expected IP addresses or CIDR ranges, got "apim.example.net"/);
    expect(() => loadServerEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadServerEnv({ HTTP_HEADERS_TIMEOUT_MS: '90000', HTTP_REQUEST_TIMEOUT_MS: '60000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('names every variable it rejects', () => {
    let error: unknown;
    try {
      loadServerEnv({ PORT: 'eighty', ENABLE_LIGHTNING_CAPTURE: 'maybe', AZURE_STORAGE_ACCOUNT_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const config = error as ConfigError;
    expect(config.variables.sort()).toEqual(['AZURE_STORAGE_ACCOUNT_URL', 'ENABLE_LIGHTNING_CAPTURE', 'PORT']);
    expect(config.message).toContain('PORT: expected a whole number from 0 to 65535, got "eighty"');
  });

  it('refuses plain http for Azure endpoints but accepts loopback', () => {
    expect(() => loadServerEnv({ AZURE_SEARCH_ENDPOINT: 'http://search.example.net' })).toThrow(/AZURE_SEARCH_ENDPOINT: expected an https URL/);
    expect(loadServerEnv({ AZURE_SEARCH_ENDPOINT: 'http://127.0.0.1:9000' }).AZURE_SEARCH_ENDPOINT).toBe('http://127.0.0.1:9000');
  });

  it('takes a request-state key of at least 32 bytes and refuses a shorter one', () => {
    expect(loadServerEnv({}).MCP_REQUEST_STATE_KEY).toBeUndefined();
    expect(loadServerEnv({ MCP_REQUEST_STATE_KEY: 'k'.repeat(32) }).MCP_REQUEST_STATE_KEY).toBe('k'.repeat(32));
    expect(() => loadServerEnv({ MCP_REQUEST_STATE_KEY: 'short' })).toThrow(/MCP_REQUEST_STATE_KEY: must be at least 32 bytes/);
  });

  it('requires an audience when an issuer is configured', () => {
    expect(() => loadServerEnv({ AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0' })).toThrow(/AUTH_AUDIENCE: required when AUTH_ISSUER is set/);
    const env = loadServerEnv({ AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0', AUTH_AUDIENCE: 'api://mcp, 1234' });
    expect(env.AUTH_AUDIENCE).toEqual(['api://mcp', '1234']);
  });
});

describe('Lightning base model', () => {
  it('follows the serving model by default', () => {
    const env = loadServerEnv({ FOUNDRY_MODEL_NAME: 'gpt-5', FOUNDRY_MODEL_VERSION: '2025-08-07' });
    expect(lightningBaseModel(env)).toEqual({ model: 'gpt-5-2025-08-07', source: 'serving model' });
  });
  it('reports a LIGHTNING_BASE_MODEL that is not the serving model, but accepts a fine-tune of it', () => {
    const mismatch = lightningBaseModel({ LIGHTNING_BASE_MODEL: 'gpt-4.1-mini-2025-04-14', FOUNDRY_MODEL_NAME: 'gpt-5', FOUNDRY_MODEL_VERSION: '2025-08-07' });
    expect(mismatch.model).toBe('gpt-4.1-mini-2025-04-14');
    expect(mismatch.warning).toMatch(/is not the serving model gpt-5-2025-08-07/);
    expect(lightningBaseModel({ LIGHTNING_BASE_MODEL: 'gpt-5-2025-08-07.ft-abc', FOUNDRY_MODEL_NAME: 'gpt-5', FOUNDRY_MODEL_VERSION: '2025-08-07' }).warning).toBeUndefined();
  });
  it('says so when it cannot know the serving model', () => {
    const choice = lightningBaseModel(loadServerEnv({}));
    expect(choice).toMatchObject({ model: DEFAULT_BASE_MODEL, source: 'default' });
    expect(choice.warning).toMatch(/serving model is unknown/);
  });
});
