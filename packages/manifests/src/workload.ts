import { z } from 'zod';
import workloadIdentity from '../../../k8s/workload-identity.json' with { type: 'json' };

/**
 * The workload's Kubernetes names. The namespace and service account come from k8s/workload-identity.json,
 * which infra/bicep/main.bicep also loads for the federated identity credentials of id-mcp and id-agent,
 * so the manifests and the credentials cannot disagree.
 */
const workloadIdentitySchema = z.object({
  namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
  serviceAccount: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/),
  audience: z.string().min(1),
});

const workload = workloadIdentitySchema.parse(workloadIdentity);

export const WORKLOAD_NAMESPACE: string = workload.namespace;
export const WORKLOAD_SERVICE_ACCOUNT: string = workload.serviceAccount;
/** Audience of the projected service account token that Entra ID exchanges for a managed identity token. */
export const WORKLOAD_TOKEN_AUDIENCE: string = workload.audience;
/** The Deployment whose rollout the deploy action waits for. */
export const WORKLOAD_DEPLOYMENT = 'mcp-agents';
/** The internal LoadBalancer Service on the fixed private address. */
export const WORKLOAD_SERVICE = 'mcp-agents-loadbalancer';
export const WORKLOAD_CONTAINER_PORT = 8080;
/**
 * The Secret holding MCP_REQUEST_STATE_KEY (key `key`): every replica signs and checks confirmations in
 * flight with it. The deploy action creates it once with a random key and never overwrites it.
 */
export const REQUEST_STATE_SECRET = 'mcp-agents-request-state';

/** The subject a federated identity credential must trust for the workload's pods. */
export function workloadSubject(namespace = WORKLOAD_NAMESPACE, serviceAccount = WORKLOAD_SERVICE_ACCOUNT): string {
  return `system:serviceaccount:${namespace}:${serviceAccount}`;
}
