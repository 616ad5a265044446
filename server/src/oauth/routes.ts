import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@mcp-aks/core';
import { readBody } from '../http/steps/body-limit';
import { sendJson } from '../http/respond';
import {
  AUTHORIZATION_SERVER_METADATA_PATH,
  AUTHORIZE_PATH,
  REGISTER_PATH,
  TOKEN_PATH,
  authorizationRedirect,
  authorizationServerMetadata,
  registration,
  upstreamTokenRequest,
  type FacadeSettings,
  type OAuthRefusal,
} from './facade';
import type { OpenIdDiscovery } from '../http/openid-discovery';

/** OAuth requests are small; anything bigger is not one. */
const MAX_OAUTH_BODY_BYTES = 16 * 1024;
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** The HTTP side of the façade: routes, bodies and the call to Entra's token endpoint. */
export class OAuthFacadeRoutes {
  constructor(
    private readonly settings: FacadeSettings,
    private readonly upstream: OpenIdDiscovery,
    private readonly logger: Logger,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  static handles(path: string): boolean {
    return path === AUTHORIZATION_SERVER_METADATA_PATH || path.startsWith(`${AUTHORIZATION_SERVER_METADATA_PATH}/`) || path.startsWith('/oauth/');
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<void> {
    const cors = { 'access-control-allow-origin': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'content-type, authorization', 'access-control-max-age': '600' });
      return void res.end();
    }
    if (path === AUTHORIZATION_SERVER_METADATA_PATH || path.startsWith(`${AUTHORIZATION_SERVER_METADATA_PATH}/`)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return this.methodNotAllowed(res, 'GET');
      return sendJson(res, 200, authorizationServerMetadata(this.settings), { ...cors, 'cache-control': 'public, max-age=3600' });
    }
    if (path === AUTHORIZE_PATH) {
      if (req.method !== 'GET') return this.methodNotAllowed(res, 'GET');
      const upstream = await this.endpoints(res, requestId);
      if (!upstream) return;
      const decision = authorizationRedirect(new URL(req.url ?? '/', 'http://x').searchParams, this.settings, upstream);
      if ('status' in decision) return this.refuse(res, decision, cors);
      res.writeHead(302, { location: decision.location, ...NO_STORE });
      return void res.end();
    }
    if (path === TOKEN_PATH) {
      if (req.method !== 'POST') return this.methodNotAllowed(res, 'POST');
      if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
        return this.refuse(res, { status: 400, body: { error: 'invalid_request', error_description: 'The token request must be application/x-www-form-urlencoded' } }, cors);
      }
      const body = await readBody(req, MAX_OAUTH_BODY_BYTES);
      if (!body.ok) return this.refuse(res, { status: 400, body: { error: 'invalid_request', error_description: 'The token request is too large or was cut off' } }, cors);
      const forwarded = upstreamTokenRequest(new URLSearchParams(body.text), this.settings);
      if ('status' in forwarded) return this.refuse(res, forwarded, cors);
      return this.relayToken(res, forwarded, requestId, cors);
    }
    if (path === REGISTER_PATH) {
      if (req.method !== 'POST') return this.methodNotAllowed(res, 'POST');
      const body = await readBody(req, MAX_OAUTH_BODY_BYTES);
      let parsed: unknown;
      try {
        parsed = body.ok ? JSON.parse(body.text) : undefined;
      } catch {
        parsed = undefined;
      }
      const decision = registration(parsed, this.settings);
      return sendJson(res, decision.status, decision.body, { ...cors, ...NO_STORE });
    }
    sendJson(res, 404, { error: 'not_found', message: `No OAuth route ${path}` });
  }

  private async endpoints(res: ServerResponse, requestId: string) {
    try {
      const document = await this.upstream.require('authorization_endpoint', 'token_endpoint');
      return { authorizationEndpoint: document.authorization_endpoint, tokenEndpoint: document.token_endpoint };
    } catch (err) {
      this.logger.warn({ requestId, err }, 'identity provider discovery failed');
      sendJson(res, 503, { error: 'temporarily_unavailable', error_description: 'The identity provider cannot be reached; try again shortly' }, { 'retry-after': '5', ...NO_STORE });
      return undefined;
    }
  }

  /** Passes Entra's answer through as it is (status and JSON body); an outage is a 503, never a 5xx from us otherwise. */
  private async relayToken(res: ServerResponse, form: URLSearchParams, requestId: string, cors: Record<string, string>): Promise<void> {
    const upstream = await this.endpoints(res, requestId);
    if (!upstream) return;
    try {
      const answer = await this.fetchImpl(upstream.tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form,
        signal: AbortSignal.timeout(15_000),
      });
      const text = await answer.text();
      const json = JSON.parse(text) as unknown;
      if (answer.status >= 500) throw new Error(`token endpoint answered ${answer.status}`);
      sendJson(res, answer.status, json, { ...cors, ...NO_STORE });
    } catch (err) {
      this.logger.warn({ requestId, err }, 'token endpoint unavailable');
      sendJson(res, 503, { error: 'temporarily_unavailable', error_description: 'The identity provider did not answer the token request; try again shortly' }, { ...cors, 'retry-after': '5', ...NO_STORE });
    }
  }

  private refuse(res: ServerResponse, refusal: OAuthRefusal, cors: Record<string, string>): void {
    sendJson(res, refusal.status, refusal.body, { ...cors, ...NO_STORE });
  }

  private methodNotAllowed(res: ServerResponse, allow: string): void {
    sendJson(res, 405, { error: 'method_not_allowed', error_description: `Use ${allow}` }, { allow });
  }
}
