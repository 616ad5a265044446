import type { IncomingMessage } from 'node:http';
import { publicOrigin, type ProxyTrust } from './forwarded';

export const PRM_PATH = '/.well-known/oauth-protected-resource';

/**
 * Names this resource for the Protected Resource Metadata document (RFC 9728) and for challenges.
 * With MCP_RESOURCE_URL the name is fixed and the document may be cached by anyone; derived from a
 * request's headers, it is that request's answer only and is never stored by shared caches.
 */
export class ResourceNaming {
  readonly cacheControl: string;

  constructor(
    private readonly configured: string | undefined,
    private readonly trust: ProxyTrust,
  ) {
    this.cacheControl = configured ? 'public, max-age=3600' : 'no-store';
  }

  resource(req: IncomingMessage): string {
    return this.configured ?? `${publicOrigin(req, this.trust)}/mcp`;
  }

  /** Where the metadata document for the resource is (RFC 9728 §3.1: the well-known path before the resource path). */
  metadataUrl(req: IncomingMessage): string {
    const resource = new URL(this.resource(req));
    return `${resource.origin}${PRM_PATH}${resource.pathname === '/' ? '' : resource.pathname}`;
  }
}
