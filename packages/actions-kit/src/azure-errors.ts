import { AppError, isTransientStatus, parseRetryAfter, retry, type RetryOptions } from '@mcp-aks/core';
import { withRoleAssignmentRetry, type PropagationRetryOptions } from './propagation';

/** What an Azure, Graph or Kubernetes failure amounts to, whichever client raised it. */
export interface HttpFailure {
  status?: number;
  code?: string;
  message: string;
  retryAfterMs?: number;
  details: { code?: string; message?: string; target?: string }[];
}

/** Raised by the actions' own fetch-based calls (Graph, Kubernetes helpers) on a non-2xx answer. */
export class HttpError extends AppError {
  readonly status: number;
  readonly errorCode?: string;
  readonly retryAfterMs?: number;
  readonly body: unknown;
  constructor(status: number, message: string, options: { code?: string; retryAfterMs?: number; body?: unknown } = {}) {
    super(status === 404 ? 'not_found' : status === 409 ? 'conflict' : status >= 500 ? 'unavailable' : 'upstream', message);
    this.name = 'HttpError';
    this.status = status;
    this.errorCode = options.code;
    this.retryAfterMs = options.retryAfterMs;
    this.body = options.body;
  }
}

type Detail = HttpFailure['details'][number];

function flattenDetails(value: unknown, out: Detail[] = [], depth = 0): Detail[] {
  if (!value || typeof value !== 'object' || depth > 5) return out;
  const node = value as { code?: unknown; message?: unknown; target?: unknown; details?: unknown; error?: unknown };
  if (node.error) return flattenDetails(node.error, out, depth + 1);
  if (typeof node.code === 'string' || typeof node.message === 'string') {
    out.push({
      ...(typeof node.code === 'string' ? { code: node.code } : {}),
      ...(typeof node.message === 'string' ? { message: node.message } : {}),
      ...(typeof node.target === 'string' ? { target: node.target } : {}),
    });
  }
  if (Array.isArray(node.details)) for (const child of node.details) flattenDetails(child, out, depth + 1);
  return out;
}

function parseBody(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Normalizes RestError (both SDK generations), our HttpError and plain errors. */
export function describeFailure(error: unknown): HttpFailure {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      code: error.errorCode,
      message: error.message,
      retryAfterMs: error.retryAfterMs,
      details: flattenDetails(error.body),
    };
  }
  if (error && typeof error === 'object') {
    const e = error as {
      statusCode?: number;
      code?: string | number;
      message?: string;
      details?: unknown;
      body?: unknown;
      headers?: Record<string, string>;
      response?: { headers?: { get?: (name: string) => string | undefined }; bodyAsText?: string | null };
    };
    // @kubernetes/client-node's ApiException: numeric `code`, the Status object (or its text) in `body`.
    if (typeof e.code === 'number') {
      const status = (typeof e.body === 'string' ? parseBody(e.body) : e.body) as { reason?: string; message?: string } | undefined;
      return {
        status: e.code,
        code: status?.reason,
        message: status?.message ?? e.message ?? String(error),
        retryAfterMs: parseRetryAfter(e.headers?.['retry-after']),
        details: [],
      };
    }
    const body = e.details ?? parseBody(e.response?.bodyAsText);
    const details = flattenDetails(body);
    const retryAfter = e.response?.headers?.get?.('retry-after');
    const code = e.code && e.code !== 'REQUEST_SEND_ERROR' ? e.code : details[0]?.code;
    return {
      status: typeof e.statusCode === 'number' ? e.statusCode : undefined,
      code: code ?? (e.code === 'REQUEST_SEND_ERROR' ? e.code : undefined),
      message: e.message ?? String(error),
      retryAfterMs: parseRetryAfter(retryAfter),
      details,
    };
  }
  return { message: String(error), details: [] };
}

/**
 * Transient by the ARM documentation: another deployment to the same name still running
 * (DeploymentActive, 409), throttling (429) and server errors; a send error (connection reset) too.
 */
export function isTransientFailure(failure: HttpFailure): boolean {
  return failure.code === 'DeploymentActive' || failure.code === 'REQUEST_SEND_ERROR' || isTransientStatus(failure.status);
}

export function azureRetryDecision(error: unknown): boolean | { afterMs: number } {
  const failure = describeFailure(error);
  if (!isTransientFailure(failure)) return false;
  return failure.retryAfterMs !== undefined ? { afterMs: failure.retryAfterMs } : true;
}

export type AzureRetryOptions = Partial<Omit<RetryOptions, 'retryable'>> & {
  /** Also wait out the propagation of fresh role assignments (403 AuthorizationFailed / Forbidden), bounded. */
  propagation?: PropagationRetryOptions;
};

/**
 * Retries an Azure call on the transient failures above, with exponential backoff and Retry-After;
 * with `propagation`, a denial a fresh role assignment explains is retried too, within its window.
 */
export function withAzureRetry<T>(operation: (attempt: number) => Promise<T>, options: AzureRetryOptions = {}): Promise<T> {
  const { propagation, ...rest } = options;
  const once = () =>
    retry(operation, {
      attempts: 6,
      baseDelayMs: 2_000,
      maxDelayMs: 60_000,
      ...rest,
      retryable: (error) => azureRetryDecision(error),
    });
  return propagation && (propagation.windowMs ?? 1) > 0 ? withRoleAssignmentRetry(once, propagation) : once();
}

/** One line for a log or a failed step: code, message, and the nested details ARM puts the cause in. */
export function failureMessage(error: unknown): string {
  if (error instanceof AppError && !(error instanceof HttpError)) return error.message;
  const failure = describeFailure(error);
  const head = [failure.status, failure.code].filter((v) => v !== undefined).join(' ');
  const inner = failure.details
    .filter((d) => d.message && d.message !== failure.message)
    .map((d) => (d.code ? `${d.code}: ${d.message}` : d.message));
  return [head ? `${head}: ${failure.message}` : failure.message, ...inner].join(' | ');
}
