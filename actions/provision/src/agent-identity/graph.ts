import type { TokenCredential } from '@azure/identity';
import { parseRetryAfter } from '@mcp-aks/core';
import { accessTokenRoles, HttpError, withAzureRetry, withGraphReplicationRetry, type AzureRetryOptions, type PropagationRetryOptions } from '@mcp-aks/actions-kit';
import { graphPath, type GraphCall } from './graph-calls';

export interface GraphResponse<T> {
  status: number;
  body: T;
}

export interface GraphCallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The call is about an object this run created moments ago (a 404 for it is replication). */
  aboutNewObject?: boolean;
}

/**
 * A small Microsoft Graph client: JSON over fetch with a token from the action's credential, Graph's
 * error shape turned into HttpError, the shared retry rules (429 with Retry-After, 5xx), and the wait for
 * the directory's replication (withGraphReplicationRetry), a missing permission failing at once.
 */
export class GraphClient {
  private token?: { token: string; expiresOnTimestamp: number };

  constructor(
    private readonly credential: TokenCredential,
    private readonly endpoint: string,
    private readonly retry: AzureRetryOptions,
    private readonly replication: PropagationRetryOptions = {},
  ) {}

  /** One documented call (graph-calls.ts) with its placeholders filled. */
  async call<T = unknown>(call: GraphCall, values: Record<string, string>, options: GraphCallOptions = {}): Promise<GraphResponse<T | undefined>> {
    const path = graphPath(call, values);
    return withGraphReplicationRetry(
      () => this.request<T>(call.method, path, options),
      () => ({
        method: call.method,
        path: path.split('?')[0]!,
        permission: call.permission,
        grantedRoles: this.token ? accessTokenRoles(this.token.token) : undefined,
        aboutNewObject: options.aboutNewObject,
      }),
      this.replication,
    );
  }

  private async accessToken(): Promise<{ token: string }> {
    if (this.token && this.token.expiresOnTimestamp - Date.now() > 300_000) return this.token;
    const token = await this.credential.getToken(`${this.endpoint}/.default`);
    if (!token) throw new HttpError(401, 'no token for Microsoft Graph');
    this.token = token;
    return token;
  }

  async request<T = unknown>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; allow404?: boolean } = {}): Promise<GraphResponse<T | undefined>> {
    return withAzureRetry(async () => {
      const token = await this.accessToken();
      const response = await fetch(`${this.endpoint}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token.token}`,
          accept: 'application/json',
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      });
      const text = await response.text();
      const json = text ? (JSON.parse(text) as unknown) : undefined;
      if (response.status === 404 && options.allow404) return { status: 404, body: undefined };
      if (!response.ok) {
        const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
        throw new HttpError(response.status, `Graph ${method} ${path.split('?')[0]}: ${error?.message ?? response.statusText}`, {
          code: error?.code,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
          body: json,
        });
      }
      return { status: response.status, body: json as T };
    }, { ...this.retry, propagation: undefined });
  }
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
