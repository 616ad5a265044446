/**
 * The checks of the Kubernetes Pod Security Standard "restricted" profile that apply to a pod template,
 * plus this project's own hardening rules (read-only root filesystem, resource limits, probes).
 * Returns one message per violation; an empty list means the pod passes.
 */
interface Container {
  name?: string;
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    privileged?: boolean;
    readOnlyRootFilesystem?: boolean;
    runAsNonRoot?: boolean;
    runAsUser?: number;
    capabilities?: { add?: string[]; drop?: string[] };
    seccompProfile?: { type?: string };
  };
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  startupProbe?: unknown;
  ports?: { hostPort?: number }[];
}

interface PodSpec {
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type?: string } };
  containers?: Container[];
  initContainers?: Container[];
  volumes?: Record<string, unknown>[];
}

const allowedVolumeTypes = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const seccompOk = (type: string | undefined) => type === 'RuntimeDefault' || type === 'Localhost';

export function restrictedProfileViolations(pod: PodSpec): string[] {
  const problems: string[] = [];
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push('host namespaces must not be shared');
  for (const volume of pod.volumes ?? []) {
    const types = Object.keys(volume).filter((k) => k !== 'name');
    for (const t of types) if (!allowedVolumeTypes.has(t)) problems.push(`volume ${String(volume.name)}: type ${t} is not allowed`);
  }
  const podNonRoot = pod.securityContext?.runAsNonRoot === true;
  const podSeccomp = seccompOk(pod.securityContext?.seccompProfile?.type);
  if (pod.securityContext?.runAsUser === 0) problems.push('pod: runAsUser must not be 0');
  const containers = [...(pod.containers ?? []), ...(pod.initContainers ?? [])];
  if ((pod.containers ?? []).length === 0) problems.push('pod has no containers');
  for (const c of containers) {
    const name = `container ${c.name ?? '?'}`;
    const sc = c.securityContext ?? {};
    if (sc.privileged) problems.push(`${name}: privileged must be false`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${name}: allowPrivilegeEscalation must be false`);
    if (!(sc.runAsNonRoot === true || (sc.runAsNonRoot === undefined && podNonRoot))) problems.push(`${name}: runAsNonRoot must be true`);
    if (sc.runAsUser === 0) problems.push(`${name}: runAsUser must not be 0`);
    if (!(seccompOk(sc.seccompProfile?.type) || (sc.seccompProfile === undefined && podSeccomp))) {
      problems.push(`${name}: seccompProfile must be RuntimeDefault or Localhost`);
    }
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${name}: capabilities must drop ALL`);
    const added = (sc.capabilities?.add ?? []).filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (added.length > 0) problems.push(`${name}: capabilities may add only NET_BIND_SERVICE, not ${added.join(', ')}`);
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${name}: readOnlyRootFilesystem must be true`);
    if ((c.ports ?? []).some((p) => p.hostPort !== undefined && p.hostPort !== 0)) problems.push(`${name}: hostPort is not allowed`);
    if (!c.resources?.requests?.cpu || !c.resources.requests.memory) problems.push(`${name}: cpu and memory requests are required`);
    if (!c.resources?.limits?.memory) problems.push(`${name}: a memory limit is required`);
  }
  for (const c of pod.containers ?? []) {
    if (!c.livenessProbe || !c.readinessProbe || !c.startupProbe) problems.push(`container ${c.name ?? '?'}: startup, liveness and readiness probes are required`);
  }
  return problems;
}
