import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';

/** A Kubernetes object as parsed from YAML. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

interface Validatable {
  validate(): void;
}

// The kinds k8s/ may contain, each checked against the Kubernetes OpenAPI schema shipped by kubernetes-models.
const models: Record<string, (data: never) => Validatable> = {
  'v1/Namespace': (d) => new Namespace(d),
  'v1/ServiceAccount': (d) => new ServiceAccount(d),
  'v1/Service': (d) => new Service(d),
  'apps/v1/Deployment': (d) => new Deployment(d),
  'autoscaling/v2/HorizontalPodAutoscaler': (d) => new HorizontalPodAutoscaler(d),
  'policy/v1/PodDisruptionBudget': (d) => new PodDisruptionBudget(d),
  'networking.k8s.io/v1/NetworkPolicy': (d) => new NetworkPolicy(d),
};

export const SUPPORTED_KINDS = Object.keys(models);

/** Schema problems of one object: empty when it is valid. */
export function schemaErrors(object: unknown): string[] {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return ['not a Kubernetes object'];
  const { apiVersion, kind, metadata } = object as Partial<KubernetesObject>;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind are required'];
  if (typeof metadata?.name !== 'string' || metadata.name.length === 0) return ['metadata.name is required'];
  const create = models[`${apiVersion}/${kind}`];
  if (!create) return [`no schema for ${apiVersion} ${kind} (supported: ${SUPPORTED_KINDS.join(', ')})`];
  try {
    create(object as never).validate();
    return [];
  } catch (error) {
    const details = (error as { errors?: { instancePath?: string; message?: string }[] }).errors;
    if (Array.isArray(details) && details.length > 0) {
      return details.map((d) => `${d.instancePath || '/'} ${d.message ?? 'is invalid'}`);
    }
    return [error instanceof Error ? error.message : String(error)];
  }
}
