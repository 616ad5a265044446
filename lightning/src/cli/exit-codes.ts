import { z } from 'zod';
import { isAppError } from '@mcp-aks/core';

/** Exit codes a workflow can act on. */
export const exitCodes = {
  ok: 0,
  failure: 1,
  usage: 2,
  notConfigured: 3,
  notFound: 4,
  datasetInvalid: 5,
  trainingFailed: 6,
  stillRunning: 7,
  upstream: 8,
  /** promote: the candidate has not beaten the active model on the evaluation set. */
  gateRefused: 9,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof z.ZodError) return exitCodes.usage;
  if (isAppError(error, 'config') || isAppError(error, 'not_configured')) return exitCodes.notConfigured;
  if (isAppError(error, 'invalid_input')) return exitCodes.usage;
  if (isAppError(error, 'not_found')) return exitCodes.notFound;
  if (isAppError(error, 'conflict')) return exitCodes.gateRefused;
  if (isAppError(error, 'upstream') || isAppError(error, 'unavailable')) return exitCodes.upstream;
  if (typeof error === 'object' && error !== null && 'status' in error && typeof (error as { status: unknown }).status === 'number') return exitCodes.upstream;
  return exitCodes.failure;
}
