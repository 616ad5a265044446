/**
 * @mcp-aks/manifests: the workload's Kubernetes manifests as data.
 *
 *   const values = valuesFromDeploymentOutputs(provisionOutputs, { image });
 *   for (const m of renderManifests(values, { templatesDir })) apply(m.yaml);  // files in apply order
 *
 * renderManifests validates the values (ManifestValuesError names every bad field), fills the `${NAME}`
 * placeholders of k8s/*.yaml (ManifestError names every placeholder without a value), and checks every object
 * against the Kubernetes OpenAPI schemas and the Deployment against the restricted Pod Security profile.
 * WORKLOAD_NAMESPACE and WORKLOAD_SERVICE_ACCOUNT are the names the federated identity credentials trust.
 */
export {
  WORKLOAD_CONTAINER_PORT,
  WORKLOAD_DEPLOYMENT,
  WORKLOAD_NAMESPACE,
  WORKLOAD_SERVICE,
  WORKLOAD_SERVICE_ACCOUNT,
  WORKLOAD_TOKEN_AUDIENCE,
  workloadSubject,
  REQUEST_STATE_SECRET,
} from './workload';
export { ManifestValuesError, manifestValuesSchema, parseManifestValues, type ManifestValues, type ManifestValuesInput } from './values';
export { PLACEHOLDERS, placeholderValues, type Placeholder } from './placeholders';
export { ManifestError, renderManifests, type RenderedManifest } from './render';
export { OUTPUT_FOR_VALUE, valuesFromDeploymentOutputs, type DeploymentOutputs } from './outputs';
export type { KubernetesObject } from './schema';
