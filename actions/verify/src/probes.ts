import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { CheckResult } from '@mcp-aks/actions-kit';
import { checkBackendRefuses, checkProtectedResourceMetadata, checkUnauthenticated, parseResourceMetadata } from './checks';

const MCP_ACCEPT = 'application/json, text/event-stream';

export async function probeUnauthenticated(mcpUrl: string, timeoutMs: number): Promise<{ check: CheckResult; metadataUrl?: string }> {
  try {
    const response = await fetch(mcpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: MCP_ACCEPT },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'mcp-verify', version: '1' } } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const header = response.headers.get('www-authenticate');
    return { check: checkUnauthenticated(response.status, header), metadataUrl: parseResourceMetadata(header) };
  } catch (error) {
    return { check: { name: '/mcp without a token is refused', ok: false, detail: `request failed: ${(error as Error).message}` } };
  }
}

/** The URLs to try for the metadata: the challenge's, then RFC 9728's path-suffixed and root forms. */
export function metadataCandidates(mcpUrl: string, fromChallenge?: string): string[] {
  const url = new URL(mcpUrl);
  const path = url.pathname.replace(/\/+$/, '');
  const candidates = [fromChallenge, `${url.origin}/.well-known/oauth-protected-resource${path}`, `${url.origin}/.well-known/oauth-protected-resource`];
  return [...new Set(candidates.filter((c): c is string => Boolean(c)))];
}

export async function probeMetadata(mcpUrl: string, fromChallenge: string | undefined, timeoutMs: number): Promise<CheckResult> {
  let last: CheckResult | undefined;
  for (const candidate of metadataCandidates(mcpUrl, fromChallenge)) {
    try {
      const response = await fetch(candidate, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      last = checkProtectedResourceMetadata(response.status, body, mcpUrl, candidate);
      if (last.ok) return last;
    } catch (error) {
      last = { name: 'Protected Resource Metadata is served', ok: false, detail: `${candidate}: ${(error as Error).message}` };
    }
  }
  return last!;
}

export interface McpProbeOptions {
  mcpUrl: string;
  token?: () => Promise<string>;
  snippetRoundTrip: boolean;
  timeoutMs: number;
}

/** initialize, tools/list, tools/call hello_mcp and, optionally, a snippet saved and read back. */
export async function probeMcp(options: McpProbeOptions): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const client = new Client({ name: 'mcp-verify', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(options.mcpUrl), options.token ? { authProvider: { token: options.token } } : {});
  const withToken = options.token ? ' with a token' : '';
  try {
    // The initialize handshake, as the deployment's clients (and the APIM policies) expect it.
    await client.connect(transport, { timeout: options.timeoutMs, prior: { kind: 'legacy' } });
    const server = client.getServerVersion();
    checks.push({ name: `initialize${withToken}`, ok: true, detail: `${server?.name ?? '?'} ${server?.version ?? ''}`.trim() });
  } catch (error) {
    checks.push({ name: `initialize${withToken}`, ok: false, detail: (error as Error).message });
    return checks;
  }
  try {
    const { tools } = await client.listTools(undefined, { timeout: options.timeoutMs });
    const names = tools.map((t) => t.name);
    const missing = ['hello_mcp', ...(options.snippetRoundTrip ? ['save_snippet', 'get_snippet'] : [])].filter((n) => !names.includes(n));
    checks.push({ name: 'tools/list', ok: missing.length === 0, detail: missing.length ? `missing ${missing.join(', ')}` : `${names.length} tools` });

    const hello = await client.callTool({ name: 'hello_mcp', arguments: {} }, { timeout: options.timeoutMs });
    const text = textOf(hello.content);
    checks.push({ name: 'tools/call hello_mcp', ok: !hello.isError && text.length > 0, detail: hello.isError ? `tool error: ${text}` : text.slice(0, 120) });

    if (options.snippetRoundTrip) {
      const snippetname = `mcp-verify-${Date.now().toString(36)}`;
      const snippet = `verified at ${new Date().toISOString()}`;
      const saved = await client.callTool({ name: 'save_snippet', arguments: { snippetname, snippet } }, { timeout: options.timeoutMs });
      const read = saved.isError ? undefined : await client.callTool({ name: 'get_snippet', arguments: { snippetname } }, { timeout: options.timeoutMs });
      const ok = Boolean(read && !read.isError && textOf(read.content).includes(snippet));
      checks.push({ name: 'snippet round trip', ok, detail: ok ? snippetname : saved.isError ? `save failed: ${textOf(saved.content)}` : `read back: ${read ? textOf(read.content).slice(0, 120) : 'nothing'}` });
    } else {
      checks.push({ name: 'snippet round trip', ok: true, skipped: true, detail: '' });
    }
  } catch (error) {
    checks.push({ name: 'tools', ok: false, detail: (error as Error).message });
  } finally {
    await client.close().catch(() => undefined);
  }
  return checks;
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content.map((c) => (c && typeof c === 'object' && 'text' in c ? String((c as { text: unknown }).text) : '')).join(' ');
}

export async function probeBackend(address: string, timeoutMs: number): Promise<CheckResult> {
  const target = /^https?:\/\//.test(address) ? address : `http://${address}/mcp`;
  try {
    const response = await fetch(target, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return checkBackendRefuses({ status: response.status }, target);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return checkBackendRefuses({ error: cause ?? (error as Error).name ?? 'failed' }, target);
  }
}
