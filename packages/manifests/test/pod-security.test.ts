import { describe, expect, it } from 'vitest';
import { restrictedProfileViolations } from '../src/pod-security';
import { renderManifests } from '../src/index';
import { fixtureValues } from './fixtures';

/* eslint-disable @typescript-eslint/no-explicit-any -- pod specs are mutated as plain JSON */

const podSpec = (): any =>
  structuredClone(
    (renderManifests(fixtureValues)
      .flatMap((m) => m.objects)
      .find((o) => o.kind === 'Deployment') as any).spec.template.spec,
  );

describe('restrictedProfileViolations', () => {
  it('passes the rendered Deployment', () => {
    expect(restrictedProfileViolations(podSpec())).toEqual([]);
  });

  it.each([
    ['privileged', (p: any) => (p.containers[0].securityContext.privileged = true), 'privileged must be false'],
    ['privilege escalation', (p: any) => delete p.containers[0].securityContext.allowPrivilegeEscalation, 'allowPrivilegeEscalation must be false'],
    ['root', (p: any) => ((p.securityContext.runAsNonRoot = false), delete p.containers[0].securityContext.runAsNonRoot), 'runAsNonRoot must be true'],
    ['uid 0', (p: any) => (p.containers[0].securityContext.runAsUser = 0), 'runAsUser must not be 0'],
    ['capabilities', (p: any) => (p.containers[0].securityContext.capabilities = { add: ['NET_ADMIN'] }), 'capabilities must drop ALL'],
    ['seccomp', (p: any) => ((p.containers[0].securityContext.seccompProfile = { type: 'Unconfined' })), 'seccompProfile must be RuntimeDefault'],
    ['writable root', (p: any) => (p.containers[0].securityContext.readOnlyRootFilesystem = false), 'readOnlyRootFilesystem must be true'],
    ['hostPath', (p: any) => p.volumes.push({ name: 'host', hostPath: { path: '/' } }), 'type hostPath is not allowed'],
    ['host network', (p: any) => (p.hostNetwork = true), 'host namespaces'],
    ['no limits', (p: any) => delete p.containers[0].resources.limits, 'memory limit'],
    ['no probes', (p: any) => delete p.containers[0].readinessProbe, 'probes are required'],
  ])('reports %s', (_, mutate, message) => {
    const pod = podSpec();
    mutate(pod);
    expect(restrictedProfileViolations(pod).join('\n')).toContain(message);
  });
});
