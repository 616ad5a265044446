import { OpenAI } from 'openai';
import { getBearerTokenProvider } from '@azure/identity';
import type { TokenCredential } from '@azure/identity';

/** The Entra scope of Azure OpenAI and AI Foundry model endpoints. */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

/**
 * The OpenAI v1 endpoint of an Azure AI Services / Foundry resource. A project endpoint
 * (https://<res>.services.ai.azure.com/api/projects/<p>) and a resource endpoint both map to
 * https://<res>.services.ai.azure.com/openai/v1/.
 */
export function azureOpenAIBaseUrl(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.origin}/openai/v1/`;
}

export type OpenAITarget =
  | { kind: 'azure'; baseURL: string; credential: TokenCredential }
  | { kind: 'compatible'; baseURL: string; apiKey?: string };

/** One construction of the OpenAI client for the server's model adapter and for Lightning's training. */
export function createOpenAIClient(target: OpenAITarget, options: { timeoutMs?: number; maxRetries?: number; fetch?: typeof fetch } = {}): OpenAI {
  const common = {
    baseURL: target.baseURL,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  if (target.kind === 'azure') {
    const token = getBearerTokenProvider(target.credential, COGNITIVE_SERVICES_SCOPE);
    return new OpenAI({ ...common, apiKey: token });
  }
  // Local servers (Ollama, vLLM, LM Studio) accept any key; the SDK insists on one.
  return new OpenAI({ ...common, apiKey: target.apiKey ?? 'not-needed' });
}

/** Chooses the model endpoint from configuration; undefined when none is configured. */
export function openAITargetFromEnv(
  env: { FOUNDRY_PROJECT_ENDPOINT?: string; AZURE_OPENAI_ENDPOINT?: string; OPENAI_BASE_URL?: string; OPENAI_API_KEY?: string },
  credential: () => TokenCredential,
): OpenAITarget | undefined {
  if (env.OPENAI_BASE_URL) return { kind: 'compatible', baseURL: env.OPENAI_BASE_URL, ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}) };
  const azure = env.AZURE_OPENAI_ENDPOINT ?? env.FOUNDRY_PROJECT_ENDPOINT;
  if (azure) return { kind: 'azure', baseURL: azureOpenAIBaseUrl(azure), credential: credential() };
  return undefined;
}
