import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFakeAzureCli, runLocalAction, startRecorder, type Recorder } from '@mcp-aks/actions-kit/recorder';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const DEPLOYMENT = `/subscriptions/${SUB}/resourcegroups/rg-mcp/providers/Microsoft.Resources/deployments/mcp-aks-core`;

describe('provision under @github/local-action', () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder({ https: true });
  });
  afterAll(() => recorder.close());

  it('runs a what-if from a .env file, signing in with the Azure CLI', async () => {
    const az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'provision-la-')), { token: 'cli-token' });
    const operation = `/subscriptions/${SUB}/providers/Microsoft.Resources/locations/eastus2/operationResults/wi`;
    recorder
      .on('POST', `${DEPLOYMENT}/whatIf`, (_req, r) => ({ status: 202, headers: { location: `${r.url}${operation}`, 'retry-after': '0' } }))
      .on('GET', operation, {
        body: {
          status: 'Succeeded',
          properties: { changes: [{ resourceId: `/subscriptions/${SUB}/resourceGroups/rg-mcp/providers/Microsoft.ContainerRegistry/registries/acrdemo`, changeType: 'Create' }] },
        },
      });
    const result = await runLocalAction({
      action: 'provision',
      pathPrepend: az.binDir,
      trust: [recorder.certificate!],
      env: {
        "INPUT_SUBSCRIPTION-ID": SUB,
        "INPUT_RESOURCE-GROUP": 'rg-mcp',
        INPUT_MODE: 'what-if',
        INPUT_TEMPLATE: 'actions/provision/test/fixtures/template.json',
        INPUT_PARAMETERS: '{"mcpApiClientId":"11111111-2222-3333-4444-555555555555"}',
        "INPUT_ARM-ENDPOINT": recorder.url,
        "INPUT_POLL-INTERVAL-SECONDS": '0',
      },
    });
    expect(result.errors, result.stdout + result.stderr).toEqual([]);
    expect(JSON.parse(result.outputs['what-if-counts']!)).toEqual({ Create: 1 });
    expect(result.summary).toContain('| + Create | Microsoft.ContainerRegistry/registries | acrdemo |  |');
    const [post] = recorder.find('POST', `${DEPLOYMENT}/whatIf`);
    expect(post!.headers.authorization).toBe('Bearer cli-token');
    expect(post!.query['api-version']).toBe('2026-06-01');
    expect(az.calls()[0]).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', recorder.url]);
  }, 120_000);
});
