import { describe, expect, it } from 'vitest';
import { applyPlan } from '../src/apply-plan';
import { isIgnored, parseDockerignore } from '../src/build-context';
import { chooseRollbackTarget, eventLines, rolloutStatus, type DeploymentLike, type ReplicaSetLike } from '../src/rollout';
import { parseProvisionOutputs, requireOutputs } from '../src/provision-outputs';
import { credentialMatches } from '../src/identity';
import { dockerBuildRequest, isTerminalRunStatus } from '../src/acr';

const deployment = (status: DeploymentLike['status'], generation = 2, replicas = 2): DeploymentLike => ({
  metadata: { name: 'web', generation, uid: 'u1', annotations: { 'deployment.kubernetes.io/revision': '5' } },
  spec: { replicas },
  status,
});

describe('rolloutStatus (kubectl rules)', () => {
  it('waits for the controller to observe the new generation', () => {
    expect(rolloutStatus(deployment({ observedGeneration: 1 }))).toEqual({ phase: 'progressing', message: 'waiting for the deployment spec update to be observed' });
  });
  it('fails on ProgressDeadlineExceeded', () => {
    const state = rolloutStatus(deployment({ observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }));
    expect(state).toEqual({ phase: 'failed', message: 'deployment "web" exceeded its progress deadline' });
  });
  it('reports updated, old and available replicas in kubectl order', () => {
    expect(rolloutStatus(deployment({ observedGeneration: 2, updatedReplicas: 1, replicas: 3, availableReplicas: 2 })).message).toBe('1 out of 2 new replicas have been updated');
    expect(rolloutStatus(deployment({ observedGeneration: 2, updatedReplicas: 2, replicas: 3, availableReplicas: 2 })).message).toBe('1 old replicas are pending termination');
    expect(rolloutStatus(deployment({ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 })).message).toBe('1 of 2 updated replicas are available');
  });
  it('is done when every replica is updated and available', () => {
    expect(rolloutStatus(deployment({ observedGeneration: 3, updatedReplicas: 2, replicas: 2, availableReplicas: 2 })).phase).toBe('done');
  });
});

describe('chooseRollbackTarget', () => {
  const rs = (name: string, revision: string | undefined, owner = 'u1'): ReplicaSetLike => ({
    metadata: { name, annotations: revision ? { 'deployment.kubernetes.io/revision': revision } : {}, ownerReferences: [{ uid: owner }] },
    spec: { template: { metadata: { labels: { app: 'web', 'pod-template-hash': name } }, spec: { image: name } } },
  });
  it('picks the highest revision below the current one, owned by the deployment, without the hash label', () => {
    const target = chooseRollbackTarget(deployment({}), [rs('r5', '5'), rs('r3', '3'), rs('r4', '4'), rs('other', '4', 'u2'), rs('r6', '6')]);
    expect(target).toEqual({ revision: 4, replicaSet: 'r4', template: { metadata: { labels: { app: 'web' } }, spec: { image: 'r4' } } });
  });
  it('has nothing to roll back to on a first deployment', () => {
    expect(chooseRollbackTarget(deployment({}), [rs('r5', '5')])).toBeUndefined();
  });
});

describe('eventLines', () => {
  it('keeps the events of the named objects, oldest first', () => {
    const lines = eventLines(
      [
        { type: 'Warning', reason: 'BackOff', message: 'b', involvedObject: { kind: 'Pod', name: 'p1' }, lastTimestamp: '2026-01-01T00:02:00Z', count: 3 },
        { type: 'Normal', reason: 'Scheduled', message: 'a', involvedObject: { kind: 'Pod', name: 'p1' }, lastTimestamp: '2026-01-01T00:01:00Z' },
        { type: 'Warning', reason: 'X', message: 'c', involvedObject: { kind: 'Pod', name: 'other' }, lastTimestamp: '2026-01-01T00:03:00Z' },
      ],
      new Set(['p1']),
    );
    expect(lines).toEqual(['2026-01-01T00:01:00.000Z Normal Pod/p1 Scheduled: a', '2026-01-01T00:02:00.000Z Warning Pod/p1 BackOff: b (x3)']);
  });
});

describe('applyPlan', () => {
  const obj = (kind: string, name: string, namespace?: string) => ({ apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) } });
  it('orders by kind so what others refer to exists first', () => {
    const plan = applyPlan([obj('Deployment', 'd', 'ns'), obj('Service', 's', 'ns'), obj('Namespace', 'ns'), obj('NetworkPolicy', 'np', 'ns'), obj('ServiceAccount', 'sa', 'ns')], 'ns');
    expect(plan.map((o) => o.kind)).toEqual(['Namespace', 'NetworkPolicy', 'ServiceAccount', 'Service', 'Deployment']);
  });
  it('refuses objects outside the workload namespace', () => {
    expect(() => applyPlan([obj('Service', 's', 'kube-system'), obj('ClusterRole', 'r')], 'ns')).toThrow(/Service\/s: must be in namespace ns.*ClusterRole\/r/);
  });
});

describe('.dockerignore', () => {
  const rules = parseDockerignore('# comment\n**/node_modules\n.git\n**/dist\n!server/dist\n*.log\n');
  it('excludes what Docker excludes', () => {
    expect(isIgnored('node_modules', rules)).toBe(true);
    expect(isIgnored('server/node_modules/x/y.js', rules)).toBe(true);
    expect(isIgnored('.git/config', rules)).toBe(true);
    expect(isIgnored('actions/provision/dist/index.js', rules)).toBe(true);
    expect(isIgnored('debug.log', rules)).toBe(true);
  });
  it('keeps re-included and unrelated paths', () => {
    expect(isIgnored('server/dist/main.mjs', rules)).toBe(false);
    expect(isIgnored('server/src/logs/a.log', rules)).toBe(false);
    expect(isIgnored('server/Dockerfile', rules)).toBe(false);
    expect(isIgnored('.', rules)).toBe(false);
  });
});

describe('provision outputs', () => {
  it('accepts ARM-shaped and plain outputs and names the missing ones', () => {
    const outputs = parseProvisionOutputs(JSON.stringify({ acrName: { type: 'String', value: 'a' }, aksName: 'k' }));
    expect(outputs).toEqual({ acrName: 'a', aksName: 'k' });
    expect(() => requireOutputs(outputs)).toThrow(/lack acrLoginServer, mcpIdentityName, workloadNamespace, workloadServiceAccount/);
    expect(() => parseProvisionOutputs('not json')).toThrow(/not valid JSON/);
  });
});

describe('small decisions', () => {
  it('compares federated credentials by issuer, subject and audiences', () => {
    const desired = { identityName: 'i', name: 'n', issuer: 'https://x/', subject: 's', audiences: ['a', 'b'] };
    expect(credentialMatches({ issuer: 'https://x/', subject: 's', audiences: ['b', 'a'] }, desired)).toBe(true);
    expect(credentialMatches({ issuer: 'https://y/', subject: 's', audiences: ['a', 'b'] }, desired)).toBe(false);
    expect(credentialMatches(undefined, desired)).toBe(false);
  });
  it('builds a pushed linux/amd64 docker build request and knows the terminal run states', () => {
    expect(dockerBuildRequest({ image: 'r:t', dockerfile: 'server/Dockerfile', sourceLocation: 'src.tar.gz', timeoutSeconds: 600 })).toMatchObject({
      type: 'DockerBuildRequest',
      imageNames: ['r:t'],
      isPushEnabled: true,
      platform: { os: 'Linux', architecture: 'amd64' },
    });
    expect(['Succeeded', 'Failed', 'Canceled', 'Error', 'Timeout'].every(isTerminalRunStatus)).toBe(true);
    expect(isTerminalRunStatus('Running')).toBe(false);
  });
});
