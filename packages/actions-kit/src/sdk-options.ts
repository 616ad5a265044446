/**
 * Options shared by every Azure SDK client the actions create: the endpoint (public cloud, a sovereign
 * cloud, or a stand-in), and no SDK-level retries so that withAzureRetry is the one place that decides
 * what is retried (DeploymentActive included, which the SDK policies do not know).
 */
export function armClientOptions(endpoint: string) {
  return { endpoint, retryOptions: { maxRetries: 0 } };
}
