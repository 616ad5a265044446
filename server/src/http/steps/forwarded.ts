import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Which peers are reverse proxies whose X-Forwarded-* headers are believed. Anyone can send those
 * headers, so they count only on connections from a configured address or range (TRUSTED_PROXIES).
 */
export class ProxyTrust {
  private readonly list = new BlockList();
  readonly configured: boolean;

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(bits), family);
    }
    this.configured = entries.length > 0;
  }

  trusts(address: string | undefined): boolean {
    if (!this.configured || !address) return false;
    const plain = unmapped(address);
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) -> "10.0.0.1". */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

const HOST_SYNTAX = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/** A Host / X-Forwarded-Host value that is a host name, IPv4 or bracketed IPv6 address, with an optional port. */
export function isValidHost(value: string): boolean {
  return value.length <= 261 && HOST_SYNTAX.test(value);
}

function firstValue(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(',')[0]!.trim();
}

/**
 * The origin (scheme://host[:port]) clients used to reach this server: the Host header, or what a
 * configured proxy says in X-Forwarded-Host / X-Forwarded-Proto. Values that are not a host (or not
 * http/https) are ignored, never echoed.
 */
export function publicOrigin(req: IncomingMessage, trust: ProxyTrust): string {
  let host = firstValue(req, 'host');
  if (host !== undefined && !isValidHost(host)) host = undefined;
  let scheme = 'http';
  if (trust.configured && trust.trusts(req.socket.remoteAddress)) {
    const forwardedHost = firstValue(req, 'x-forwarded-host');
    if (forwardedHost && isValidHost(forwardedHost)) host = forwardedHost;
    const forwardedProto = firstValue(req, 'x-forwarded-proto')?.toLowerCase();
    if (forwardedProto === 'https' || forwardedProto === 'http') scheme = forwardedProto;
  }
  return `${scheme}://${(host ?? 'localhost').toLowerCase()}`;
}

/**
 * The address of the client: the peer, or behind configured proxies the right-most X-Forwarded-For
 * entry that is not itself a configured proxy (entries to its left are the client's own claims).
 */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust): string {
  const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
  if (!trust.configured || !trust.trusts(peer)) return peer;
  const raw = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).split(',').map((s) => unmapped(s.trim()));
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (isIP(hop) === 0) return peer; // a malformed chain: believe only the peer
    if (!trust.trusts(hop)) return hop;
  }
  return peer;
}
