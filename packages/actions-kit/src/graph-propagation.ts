import { AppError } from '@mcp-aks/core';
import { describeFailure, type HttpFailure } from './azure-errors';
import { retryWhilePropagating, statusLine, type PropagationRetryOptions } from './propagation';

/**
 * Microsoft Entra replicates a change (an object just created, a permission just consented) to its
 * replicas over "several minutes"; until then Microsoft Graph answers from a replica that has not seen it
 * (https://learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/404-not-found-error-manage-objects-microsoft-graph,
 * and for agent identity objects created in quick succession https://learn.microsoft.com/entra/agent-id/faq).
 */
export const GRAPH_REPLICATION_WINDOW_MS = 5 * 60_000;
export const GRAPH_REPLICATION_MAX_ATTEMPTS = 20;

/** What the client knows about one Graph request, to judge its failure. */
export interface GraphRequestFacts {
  method: string;
  /** The path, without its query. */
  path: string;
  /** The application permission the call's documentation names (the one the caller is granted). */
  permission: string;
  /** The `roles` claim of the token the request carried; undefined when the token is not a readable JWT. */
  grantedRoles?: readonly string[];
  /** The object the request is about was created by this run moments ago. */
  aboutNewObject?: boolean;
}

export type GraphFailureKind = 'replication' | 'missing-permission' | 'other';

/**
 * - 404 Request_ResourceNotFound about an object this run just created: replication (never for an object
 *   this run only found: that one is really gone).
 * - 403 Authorization_RequestDenied: Graph gives the same answer for a permission not granted and for one
 *   granted but not in force yet. The token tells them apart: an app-only token lists the consented
 *   application permissions in `roles`
 *   (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference); with the call's
 *   permission there, the denial is the directory catching up; without it (or with no readable roles), the
 *   permission is missing and waiting cannot help.
 * - Anything else is not this module's business.
 */
export function classifyGraphFailure(failure: HttpFailure, facts: GraphRequestFacts): GraphFailureKind {
  if (failure.status === 404 && failure.code === 'Request_ResourceNotFound') return facts.aboutNewObject ? 'replication' : 'other';
  if (failure.status === 403 && failure.code === 'Authorization_RequestDenied') {
    return facts.grantedRoles?.includes(facts.permission) ? 'replication' : 'missing-permission';
  }
  return 'other';
}

/** The `roles` claim of a JWT access token, or undefined when the token is opaque or has none. */
export function accessTokenRoles(token: string): string[] | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { roles?: unknown };
    return Array.isArray(claims.roles) && claims.roles.every((r) => typeof r === 'string') ? (claims.roles as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A Graph call denied because the caller lacks its application permission: fails the step at once. */
export class MissingGraphPermission extends AppError {
  constructor(facts: GraphRequestFacts, failure: HttpFailure, cause: unknown) {
    const held = facts.grantedRoles === undefined ? 'its token lists no readable application permissions' : `its token carries ${facts.grantedRoles.length ? facts.grantedRoles.join(', ') : 'no application permissions'}`;
    super(
      'forbidden',
      `${statusLine(failure)}: Microsoft Graph denied ${facts.method} ${facts.path}: the signed-in app needs the application permission ${facts.permission} with admin consent ` +
        `(${held}; scripts/setup-oidc.sh grants it, actions/README.md lists the permission of every call). A consent given moments ago reaches new tokens within minutes: re-run then.`,
      { cause },
    );
    this.name = 'MissingGraphPermission';
  }
}

export class GraphReplicationTimeout extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'GraphReplicationTimeout';
  }
}

/**
 * Runs a Graph request again while its failure is replication (see classifyGraphFailure), within
 * GRAPH_REPLICATION_WINDOW_MS and GRAPH_REPLICATION_MAX_ATTEMPTS; a missing permission fails at once as
 * MissingGraphPermission; any other failure is thrown as it is. `facts` is read at each failure, as the
 * token (and so its roles) may have been renewed.
 */
export async function withGraphReplicationRetry<T>(operation: () => Promise<T>, facts: () => GraphRequestFacts, options: PropagationRetryOptions = {}): Promise<T> {
  const kind = (error: unknown) => classifyGraphFailure(describeFailure(error), facts());
  try {
    return await retryWhilePropagating(operation, options, {
      windowMs: GRAPH_REPLICATION_WINDOW_MS,
      delayMs: 15_000,
      maxAttempts: GRAPH_REPLICATION_MAX_ATTEMPTS,
      isPropagation: (error) => kind(error) === 'replication',
      giveUp: (failure, attempt, elapsedMs, error) =>
        new GraphReplicationTimeout(
          `${statusLine(failure)}: ${failure.message} (still failing after ${attempt} attempts over ${Math.round(elapsedMs / 1000)}s; ` +
            'Microsoft Entra takes up to several minutes to replicate a new object or consent: if it persists, check the object and the consent in the tenant)',
          error,
        ),
    });
  } catch (error) {
    if (!(error instanceof GraphReplicationTimeout) && kind(error) === 'missing-permission') {
      throw new MissingGraphPermission(facts(), describeFailure(error), error);
    }
    throw error;
  }
}

/** An action's Graph replication wait: its `retry-delay-seconds` sets the pause, each wait a warning on the run. */
export function graphReplicationOptions(inputs: { 'retry-delay-seconds': number }, options: { warn: (message: string) => void }): PropagationRetryOptions {
  return {
    windowMs: GRAPH_REPLICATION_WINDOW_MS,
    delayMs: inputs['retry-delay-seconds'] * 3000,
    onWait: (failure, attempt, delayMs) =>
      options.warn(`waiting ${Math.round(delayMs / 1000)}s for Microsoft Graph to replicate a change (attempt ${attempt}): ${statusLine(failure)} ${failure.message}`),
  };
}
