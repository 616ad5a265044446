import { describe, expect, it } from 'vitest';
import { checkBackendRefuses, checkDeploymentAvailable, checkPodsReady, checkProtectedResourceMetadata, checkServiceAddress, checkUnauthenticated, failedChecks, parseResourceMetadata } from '../src/checks';
import { metadataCandidates } from '../src/probes';

describe('401 challenge', () => {
  it('reads resource_metadata from a Bearer challenge', () => {
    expect(parseResourceMetadata('Bearer realm="x", resource_metadata="https://apim/.well-known/oauth-protected-resource"')).toBe('https://apim/.well-known/oauth-protected-resource');
    expect(parseResourceMetadata('Basic realm="x"')).toBeUndefined();
    expect(checkUnauthenticated(401, 'Bearer resource_metadata="https://a/b"').ok).toBe(true);
    expect(checkUnauthenticated(200, null)).toMatchObject({ ok: false, detail: 'expected 401, got 200' });
    expect(checkUnauthenticated(401, 'Bearer error="invalid_token"').ok).toBe(false);
  });
});

describe('Protected Resource Metadata', () => {
  const url = 'https://apim.example/mcp';
  it('needs the resource and an authorization server', () => {
    expect(checkProtectedResourceMetadata(200, { resource: 'https://apim.example/mcp/', authorization_servers: ['https://login'] }, url, 'x').ok).toBe(true);
    expect(checkProtectedResourceMetadata(200, { resource: url, authorization_servers: [] }, url, 'x').detail).toContain("no 'authorization_servers'");
    expect(checkProtectedResourceMetadata(200, { resource: 'https://other/mcp', authorization_servers: ['a'] }, url, 'x').ok).toBe(false);
    expect(checkProtectedResourceMetadata(404, undefined, url, 'x').ok).toBe(false);
  });
  it('tries the challenge URL, then the RFC 9728 path-suffixed and root forms', () => {
    expect(metadataCandidates(url, 'https://apim.example/custom')).toEqual([
      'https://apim.example/custom',
      'https://apim.example/.well-known/oauth-protected-resource/mcp',
      'https://apim.example/.well-known/oauth-protected-resource',
    ]);
  });
});

describe('cluster checks', () => {
  it('wants the Available condition and a replica', () => {
    expect(checkDeploymentAvailable({ spec: { replicas: 2 }, status: { availableReplicas: 2, conditions: [{ type: 'Available', status: 'True' }] } }, 'd')).toMatchObject({ ok: true, detail: '2/2 replicas available' });
    expect(checkDeploymentAvailable({ status: { conditions: [{ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' }] } }, 'd')).toMatchObject({ ok: false, detail: 'Available=False (MinimumReplicasUnavailable)' });
  });
  it('wants every pod ready', () => {
    const ready = { metadata: { name: 'a' }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } };
    const pending = { metadata: { name: 'b' }, status: { phase: 'Pending', conditions: [] } };
    expect(checkPodsReady([ready]).ok).toBe(true);
    expect(checkPodsReady([ready, pending])).toMatchObject({ ok: false, detail: 'not ready: b (Pending)' });
    expect(checkPodsReady([]).ok).toBe(false);
  });
  it('wants the fixed private address on the service', () => {
    expect(checkServiceAddress('1.2.3.4', '1.2.3.4', 's').ok).toBe(true);
    expect(checkServiceAddress('1.2.3.5', '1.2.3.4', 's').ok).toBe(false);
    expect(checkServiceAddress(undefined, undefined, 's').ok).toBe(false);
  });
  it('counts a refused connection or a 403 as the backend refusing', () => {
    expect(checkBackendRefuses({ error: 'ECONNREFUSED' }, 't').ok).toBe(true);
    expect(checkBackendRefuses({ status: 403 }, 't').ok).toBe(true);
    expect(checkBackendRefuses({ status: 200 }, 't').ok).toBe(false);
  });
  it('lists failures, not skipped checks', () => {
    expect(failedChecks([{ name: 'a', ok: false, detail: '' }, { name: 'b', ok: true, skipped: true, detail: '' }, { name: 'c', ok: true, detail: '' }]).map((c) => c.name)).toEqual(['a']);
  });
});
