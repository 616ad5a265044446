/** Errors that carry a stable code so adapters, tools and HTTP can map them without string matching. */
export type ErrorCode =
  | 'config'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'not_configured'
  | 'unauthorized'
  | 'forbidden'
  | 'upstream'
  | 'unavailable';

export class AppError extends Error {
  readonly code: ErrorCode;
  override readonly cause?: unknown;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.cause = options?.cause;
  }
}

export class ConfigError extends AppError {
  /** The environment variables whose values were rejected. */
  readonly variables: string[];
  constructor(message: string, variables: string[]) {
    super('config', message);
    this.name = 'ConfigError';
    this.variables = variables;
  }
}

export const notFound = (message: string) => new AppError('not_found', message);
export const invalidInput = (message: string) => new AppError('invalid_input', message);
export const notConfigured = (message: string) => new AppError('not_configured', message);

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** A message safe to show a caller: our own errors keep theirs, anything else becomes generic. */
export function publicMessage(error: unknown, fallback = 'internal error'): string {
  return error instanceof AppError ? error.message : fallback;
}
