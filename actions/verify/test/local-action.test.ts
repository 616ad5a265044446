import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@mcp-aks/server';
import { silentLogger } from '@mcp-aks/core';
import { installFakeAzureCli, runLocalAction } from '@mcp-aks/actions-kit/recorder';
import { startGateway, type Gateway } from './gateway';

describe('verify under @github/local-action', () => {
  let server: RunningServer;
  let gateway: Gateway;
  beforeAll(async () => {
    server = await startServer({
      env: { HOST: '127.0.0.1', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'verify-la-')), LOG_LEVEL: 'silent', RATE_LIMIT_RPS: '0' },
      logger: silentLogger,
      defaultMetrics: false,
    });
    gateway = await startGateway(server.url, { token: 'cli-token' });
  });
  afterAll(async () => {
    await gateway?.close();
    await server?.close();
  });

  it('verifies the endpoint from a .env file with the Azure CLI token', async () => {
    const az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'verify-la-az-')), { token: 'cli-token' });
    const result = await runLocalAction({
      action: 'verify',
      pathPrepend: az.binDir,
      env: { 'INPUT_MCP-URL': gateway.mcpUrl, INPUT_AUDIENCE: 'api://mcp-agents-test', 'INPUT_SKIP-INFRA': 'true', 'INPUT_TIMEOUT-SECONDS': '10' },
    });
    expect(result.errors, result.stdout + result.stderr).toEqual([]);
    expect(result.outputs.passed).toBe('true');
    expect(result.summary).toContain('| snippet round trip | pass |');
  }, 120_000);
});
