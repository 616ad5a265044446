import { AppError } from '@mcp-aks/core';

/** The HTTP status of an Azure SDK error (RestError and friends), if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { statusCode?: unknown; status?: unknown }).statusCode ?? (error as { status?: unknown }).status;
  return typeof candidate === 'number' ? candidate : undefined;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(code) ? code : undefined;
}

/**
 * Maps an Azure SDK failure to an AppError a caller may see: the service's status and error code,
 * never the service's message (it can carry request URLs with SAS tokens or account names).
 */
export function azureError(service: string, action: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = statusOf(error);
  const code = codeOf(error);
  if (status === undefined) {
    const reason = code ?? (error instanceof Error ? error.name : 'error');
    return new AppError('unavailable', `${service} unreachable: could not ${action} (${reason})`, { cause: error });
  }
  const suffix = code ? ` ${code}` : '';
  const kind = status === 408 || status === 429 || status >= 500 ? 'unavailable' : 'upstream';
  return new AppError(kind, `${service} could not ${action}: HTTP ${status}${suffix}`, { cause: error });
}
