import { describe, expect, it } from 'vitest';
import { RestError, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { azureRetryDecision, describeFailure, failureMessage, HttpError, withAzureRetry } from '../src';

function restError(status: number, body: unknown, headers: Record<string, string> = {}): RestError {
  const request = createPipelineRequest({ url: 'https://management.azure.com/x' });
  const bodyAsText = JSON.stringify(body);
  const code = (body as { error?: { code?: string } }).error?.code;
  return new RestError('failed', { statusCode: status, code, request, response: { status, headers: createHttpHeaders(headers), request, bodyAsText } });
}

describe('azure retry rules', () => {
  it('retries DeploymentActive conflicts, throttling and server errors', () => {
    expect(azureRetryDecision(restError(409, { error: { code: 'DeploymentActive', message: 'still running' } }))).toBe(true);
    expect(azureRetryDecision(restError(429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '7' }))).toEqual({ afterMs: 7000 });
    expect(azureRetryDecision(restError(503, { error: { code: 'ServiceUnavailable' } }))).toBe(true);
    expect(azureRetryDecision(new HttpError(502, 'bad gateway'))).toBe(true);
  });
  it('does not retry other conflicts or client errors', () => {
    expect(azureRetryDecision(restError(409, { error: { code: 'ServiceAlreadyExistsInSoftDeletedState' } }))).toBe(false);
    expect(azureRetryDecision(restError(400, { error: { code: 'InvalidTemplate' } }))).toBe(false);
    expect(azureRetryDecision(restError(501, { error: { code: 'NotImplemented' } }))).toBe(false);
    expect(azureRetryDecision(new Error('boom'))).toBe(false);
  });
  it('retries until success within the attempt budget, waiting what the server asked', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withAzureRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw restError(429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '2' });
        if (calls === 2) throw restError(409, { error: { code: 'DeploymentActive' } });
        return 'done';
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 1, baseDelayMs: 100 },
    );
    expect(result).toBe('done');
    expect(waits).toEqual([2000, 200]);
  });
});

describe('failure messages', () => {
  it('includes the nested ARM details', () => {
    const error = restError(400, {
      error: { code: 'InvalidTemplateDeployment', message: 'The template deployment is not valid', details: [{ code: 'PreflightValidationCheckFailed', message: 'sku not available' }] },
    });
    const failure = describeFailure(error);
    expect(failure.status).toBe(400);
    expect(failure.code).toBe('InvalidTemplateDeployment');
    expect(failureMessage(error)).toContain('PreflightValidationCheckFailed: sku not available');
  });
});
