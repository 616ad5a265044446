import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AppError } from '@mcp-aks/core';

export { ModelCallError } from '@mcp-aks/core';

const SECRET_PATTERNS = [/\bsk-[A-Za-z0-9_-]{8,}/g, /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g];

/** Removes anything that looks like a key or a token, and the configured key itself, from a message. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

function shortReason(error: APIError, secrets: readonly string[]): string {
  const body = error.error as { message?: unknown; code?: unknown } | undefined;
  const raw = typeof body?.message === 'string' ? body.message : typeof error.code === 'string' ? error.code : error.message;
  const oneLine = redact(String(raw), secrets).replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 197)}...` : oneLine;
}

/**
 * Maps an openai-package failure to an AppError: 'upstream' with the HTTP status and a short, redacted
 * reason when the endpoint answered; 'unavailable' when it could not be reached in time.
 */
export function modelError(error: unknown, context: { model: string; timeoutMs: number; secrets?: readonly string[] }): AppError {
  const secrets = context.secrets ?? [];
  if (error instanceof AppError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new AppError('unavailable', `The model endpoint did not answer within ${context.timeoutMs} ms (model ${context.model})`, { cause: error });
  }
  if (error instanceof APIUserAbortError) return new AppError('unavailable', 'The model call was cancelled', { cause: error });
  if (error instanceof APIConnectionError) {
    return new AppError('unavailable', `The model endpoint could not be reached (model ${context.model})`, { cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return new AppError('upstream', `The model endpoint answered ${error.status} for model ${context.model}: ${shortReason(error, secrets)}`, { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') return new AppError('unavailable', 'The model call was cancelled', { cause: error });
  // Credential failures and anything else: name the kind, not the details (they may hold tenant data).
  const kind = error instanceof Error ? error.name : 'error';
  return new AppError('unavailable', `The model call failed before reaching the endpoint (${kind})`, { cause: error });
}
