import { sleep as defaultSleep } from '@mcp-aks/core';
import { describeFailure, type HttpFailure } from './azure-errors';

/**
 * A role assignment made by the deployment (the deployer on the cluster, the registry, the search
 * service) is not in force at once: "it can take up to 10 minutes for changes to take effect"
 * (https://learn.microsoft.com/azure/role-based-access-control/troubleshooting, "Role assignment
 * changes are not being detected"). Until then ARM answers 403 AuthorizationFailed ("If access was
 * recently granted, please refresh your credentials") and the AKS API server (Azure RBAC for
 * Kubernetes) 403 Forbidden.
 */
export const ROLE_PROPAGATION_WINDOW_MS = 10 * 60_000;

export function isRoleAssignmentPropagation(failure: HttpFailure): boolean {
  return failure.status === 403 && (failure.code === 'AuthorizationFailed' || failure.code === 'Forbidden');
}

export interface PropagationRetryOptions {
  /** How long after the first denial to keep trying; 0 turns the retry off. */
  windowMs?: number;
  /** Pause between attempts (capped so that the window is never overrun). */
  delayMs?: number;
  /** Attempts in all at most, whatever the window (a second bound). */
  maxAttempts?: number;
  /**
   * Which denials a fresh role assignment explains; by default ARM's AuthorizationFailed and the API
   * server's Forbidden. A data-plane caller whose role was just granted passes its own (see deniedAnywhere).
   */
  isPropagation?: (error: unknown) => boolean;
  onWait?: (failure: HttpFailure, attempt: number, delayMs: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Raised when the window ran out: the service's own failure, with what was tried. */
export class RolePropagationTimeout extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'RolePropagationTimeout';
  }
}

/**
 * Runs `operation` again while it is denied with a 403 that a fresh role assignment explains, for at
 * most `windowMs` (and `maxAttempts`); any other failure, and a denial after the window, is thrown.
 */
export function withRoleAssignmentRetry<T>(operation: () => Promise<T>, options: PropagationRetryOptions = {}): Promise<T> {
  return retryWhilePropagating(operation, options, {
    windowMs: ROLE_PROPAGATION_WINDOW_MS,
    delayMs: 15_000,
    maxAttempts: 60,
    isPropagation: (error) => isRoleAssignmentPropagation(describeFailure(error)),
    giveUp: (failure, attempt, elapsedMs, error) =>
      new RolePropagationTimeout(
        `${statusLine(failure)}: ${failure.message} (still denied after ${attempt} attempts over ${Math.round(elapsedMs / 1000)}s; ` +
          'a new role assignment takes up to 10 minutes to apply: check that the signed-in identity has the role at this scope)',
        error,
      ),
  });
}

/** What a kind of propagation delay is, for retryWhilePropagating: its bounds, its failures and its last word. */
export interface PropagationRule {
  windowMs: number;
  delayMs: number;
  maxAttempts: number;
  isPropagation: (error: unknown) => boolean;
  giveUp: (failure: HttpFailure, attempt: number, elapsedMs: number, error: unknown) => Error;
}

/**
 * The one bounded wait for a change the service has not applied everywhere yet: `operation` runs again
 * while its failure is one the rule explains by propagation, for at most the window and the attempts;
 * any other failure is thrown as it is, and the last propagation failure as the rule's own error.
 */
export async function retryWhilePropagating<T>(operation: () => Promise<T>, options: PropagationRetryOptions, rule: PropagationRule): Promise<T> {
  const windowMs = options.windowMs ?? rule.windowMs;
  const delayMs = options.delayMs ?? rule.delayMs;
  const maxAttempts = options.maxAttempts ?? rule.maxAttempts;
  const isPropagation = options.isPropagation ?? rule.isPropagation;
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? ((ms: number) => defaultSleep(ms));
  let firstFailure: number | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (windowMs <= 0 || !isPropagation(error)) throw error;
      const failure = describeFailure(error);
      firstFailure ??= now();
      const elapsed = now() - firstFailure;
      if (elapsed >= windowMs || attempt >= maxAttempts) throw rule.giveUp(failure, attempt, elapsed, error);
      const pause = Math.min(delayMs, windowMs - elapsed);
      options.onWait?.(failure, attempt, pause);
      await wait(pause);
    }
  }
}

/** "403 AuthorizationFailed": status and code, whichever are known. */
export function statusLine(failure: HttpFailure): string {
  return [failure.status, failure.code].filter((v) => v !== undefined).join(' ');
}

/**
 * A 403 anywhere in the error's cause chain: data-plane clients (AI Search, Azure OpenAI) wrap the SDK's
 * RestError, and answer a role that is not in force yet with a plain 403 ("Returned when authorization
 * fails", https://learn.microsoft.com/rest/api/searchservice/http-status-codes).
 */
export function deniedAnywhere(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (describeFailure(current).status === 403) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The retry settings of an action that runs right after role assignments were made: its
 * `retry-attempts` and `retry-delay-seconds` inputs for transient failures, and the propagation window
 * for denials a fresh assignment explains, each wait reported as a warning on the run.
 */
export function actionRetryOptions(
  inputs: { 'retry-attempts': number; 'retry-delay-seconds': number },
  options: { maxDelayMs: number; warn: (message: string) => void },
): { attempts: number; baseDelayMs: number; maxDelayMs: number; propagation: PropagationRetryOptions } {
  return {
    attempts: inputs['retry-attempts'],
    baseDelayMs: inputs['retry-delay-seconds'] * 1000,
    maxDelayMs: options.maxDelayMs,
    propagation: {
      windowMs: ROLE_PROPAGATION_WINDOW_MS,
      delayMs: inputs['retry-delay-seconds'] * 3000,
      onWait: (failure, attempt, delayMs) =>
        options.warn(
          `waiting ${Math.round(delayMs / 1000)}s for a new role assignment to apply (attempt ${attempt}): ${statusLine(failure)} ${failure.message}`,
        ),
    },
  };
}
