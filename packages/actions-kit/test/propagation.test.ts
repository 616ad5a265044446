import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { armClientOptions, failureMessage, isRoleAssignmentPropagation, withAzureRetry, withRoleAssignmentRetry, describeFailure, HttpError } from '../src';
import { errorReply, RecordingCredential, startRecorder, type Recorder } from '../src/recorder';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-mcp/providers/Microsoft.ContainerService/managedClusters/aks-demo`;
// ARM's answer to a caller whose role assignment is not in force yet, as documented under "Symptom -
// Role assignment changes are not being detected" and the AuthorizationFailed error of
// https://learn.microsoft.com/azure/role-based-access-control/troubleshooting.
const denied = errorReply(
  403,
  'AuthorizationFailed',
  `The client 'deployer' with object id 'aaaa' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/read' over scope '${CLUSTER}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
);

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder({ https: true });
  recorder.trustCertificate();
});
afterAll(() => recorder.close());
beforeEach(() => recorder.reset());

const client = () => new ContainerServiceClient(new RecordingCredential(), SUB, { ...armClientOptions(recorder.url), credentials: { scopes: [`${recorder.url}/.default`] } });

describe('role assignment propagation retry at the HTTP boundary', () => {
  it('gets through 403 AuthorizationFailed answers once the assignment is in force', async () => {
    recorder.on('GET', CLUSTER, denied, denied, { body: { id: CLUSTER, name: 'aks-demo', location: 'eastus2', properties: {} } });
    const waits: number[] = [];
    const cluster = await withAzureRetry(() => client().managedClusters.get('rg-mcp', 'aks-demo'), {
      attempts: 1,
      propagation: { windowMs: 600_000, delayMs: 15_000, sleep: async (ms) => void waits.push(ms) },
    });
    expect(cluster.name).toBe('aks-demo');
    expect(recorder.find('GET', CLUSTER)).toHaveLength(3);
    expect(waits).toEqual([15_000, 15_000]);
  });

  it('fails at once on a 403 no role assignment explains (a policy denial)', async () => {
    recorder.on('GET', CLUSTER, errorReply(403, 'RequestDisallowedByPolicy', 'Resource was disallowed by policy.'));
    const error = await withAzureRetry(() => client().managedClusters.get('rg-mcp', 'aks-demo'), { attempts: 1, propagation: { windowMs: 600_000, sleep: async () => {} } }).catch((e: unknown) => e);
    expect(describeFailure(error).code).toBe('RequestDisallowedByPolicy');
    expect(recorder.find('GET', CLUSTER)).toHaveLength(1);
  });

  it('gives up when the window is over, saying what it waited for', async () => {
    recorder.on('GET', CLUSTER, denied);
    let clock = 0;
    const error = await withAzureRetry(() => client().managedClusters.get('rg-mcp', 'aks-demo'), {
      attempts: 1,
      propagation: { windowMs: 60_000, delayMs: 25_000, now: () => clock, sleep: async (ms) => void (clock += ms) },
    }).catch((e: unknown) => e);
    // Denied at 0s, 25s, 50s and 60s (the last pause is cut to the window), then no more.
    expect(recorder.find('GET', CLUSTER)).toHaveLength(4);
    expect(failureMessage(error)).toMatch(/^403 AuthorizationFailed: .*If access was recently granted.*still denied after 4 attempts over 60s; a new role assignment takes up to 10 minutes/);
  });

  it('does not wait on denials without the option (the default for every other call)', async () => {
    recorder.on('GET', CLUSTER, denied, { body: { id: CLUSTER, name: 'aks-demo', location: 'eastus2' } });
    const error = await withAzureRetry(() => client().managedClusters.get('rg-mcp', 'aks-demo'), { attempts: 3, baseDelayMs: 0 }).catch((e: unknown) => e);
    expect(describeFailure(error).status).toBe(403);
    expect(recorder.find('GET', CLUSTER)).toHaveLength(1);
  });
});

describe('which denials are propagation', () => {
  it('is ARM AuthorizationFailed and the Kubernetes API Forbidden, nothing else', () => {
    expect(isRoleAssignmentPropagation({ status: 403, code: 'AuthorizationFailed', message: '', details: [] })).toBe(true);
    expect(isRoleAssignmentPropagation(describeFailure(new HttpError(403, 'forbidden', { code: 'Forbidden' })))).toBe(true);
    expect(isRoleAssignmentPropagation({ status: 401, code: 'AuthorizationFailed', message: '', details: [] })).toBe(false);
    expect(isRoleAssignmentPropagation({ status: 403, code: 'LinkedAuthorizationFailed', message: '', details: [] })).toBe(false);
  });
  it('is bounded by attempts as well as by time', async () => {
    let calls = 0;
    await expect(
      withRoleAssignmentRetry(
        async () => {
          calls++;
          throw new HttpError(403, 'denied', { code: 'AuthorizationFailed' });
        },
        { windowMs: 600_000, delayMs: 0, maxAttempts: 5, sleep: async () => {} },
      ),
    ).rejects.toThrow(/still denied after 5 attempts/);
    expect(calls).toBe(5);
  });
});
