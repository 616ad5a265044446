import { describe, expect, it } from 'vitest';
import { ConfigError, loadServerEnv } from '../src';

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

  it('requires an audience when an issuer is configured', () => {
    expect(() => loadServerEnv({ AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0' })).toThrow(/AUTH_AUDIENCE: required when AUTH_ISSUER is set/);
    const env = loadServerEnv({ AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0', AUTH_AUDIENCE: 'api://mcp, 1234' });
    expect(env.AUTH_AUDIENCE).toEqual(['api://mcp', '1234']);
  });
});
