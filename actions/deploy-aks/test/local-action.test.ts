import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFakeAzureCli, runLocalAction, startRecorder, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { DEPLOYMENT, provisionOutputs, standIn, SUB } from './stand-in';

describe('deploy-aks under @github/local-action', () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder({ https: true });
  });
  afterAll(() => recorder.close());

  it('deploys an existing image from a .env file and reports the service', async () => {
    standIn(recorder, { rollout: 'succeeds', ficExists: true });
    const az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'deploy-la-')), { token: 'cli-token' });
    const result = await runLocalAction({
      action: 'deploy-aks',
      pathPrepend: az.binDir,
      trust: [recorder.certificate!],
      env: {
        'INPUT_SUBSCRIPTION-ID': SUB,
        'INPUT_RESOURCE-GROUP': 'rg-mcp',
        'INPUT_DEPLOYMENT-OUTPUTS': JSON.stringify(provisionOutputs),
        INPUT_BUILD: 'false',
        'INPUT_IMAGE-TAG': 'abc123',
        'INPUT_ARM-ENDPOINT': recorder.url,
        'INPUT_POLL-INTERVAL-SECONDS': '0',
      },
    });
    expect(result.errors, result.stdout + result.stderr).toEqual([]);
    expect(result.outputs).toMatchObject({ image: 'acrdemo.azurecr.io/mcp-server:abc123', 'service-ip': '203.0.113.10', 'mcp-url': 'https://apim-mcp-demo.azure-api.net/mcp' });
    const apply = recorder.find('PATCH', DEPLOYMENT)[0]!;
    expect(apply.headers['content-type']).toBe('application/apply-patch+yaml');
    expect(apply.headers.authorization).toBe('Bearer cli-token');
    expect(recorder.unmatched).toEqual([]);
  }, 120_000);
});
