/**
 * The redirect URIs MCP clients use with a pre-registered public client, as their documentation and
 * issue trackers describe them. The setup script registers these on the Entra public client app, and
 * the façade accepts only these (or those configured in OAUTH_REDIRECT_URIS).
 */
export const DEFAULT_CLIENT_REDIRECT_URIS: readonly string[] = [
  // VS Code registers these four (vscode.dev bounces back to the desktop app); it uses a random loopback
  // port when 33418 is taken. github.com/microsoft/vscode/issues/278512
  'https://vscode.dev/redirect',
  'https://insiders.vscode.dev/redirect',
  'http://127.0.0.1/',
  // GitHub Copilot CLI: http://127.0.0.1:<port>/ (auth.redirectPort pins the port). github.com/github/copilot-cli/issues/3418
  // Claude Code: http://localhost:<port>/callback (--callback-port pins the port). github.com/anthropics/claude-code/issues/66511
  'http://localhost/callback',
  // Claude Desktop and claude.ai custom connectors.
  'https://claude.ai/api/mcp/auth_callback',
  // MCP Inspector (web UI on port 6274) and mcp-remote (Claude Desktop's stdio bridge).
  'http://localhost/oauth/callback',
  'http://localhost/oauth/callback/debug',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(uri: string): URL | undefined {
  try {
    return new URL(uri);
  } catch {
    return undefined;
  }
}

const pathOf = (url: URL) => (url.pathname === '' ? '/' : url.pathname);

/**
 * Whether `requested` matches a registered redirect URI the way Entra matches them: exactly, except
 * that for http loopback URIs the port is ignored (RFC 8252 §7.3; "Localhost exceptions" in
 * https://learn.microsoft.com/entra/identity-platform/reply-url). Fragments and userinfo never match.
 */
export function redirectUriAllowed(requested: string, registered: readonly string[]): boolean {
  const url = parse(requested);
  if (!url || url.hash || url.username || url.password) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return false;
  return registered.some((entry) => {
    const allowed = parse(entry);
    if (!allowed) return false;
    if (url.protocol === 'http:' && allowed.protocol === 'http:') {
      return allowed.hostname === url.hostname && pathOf(allowed) === pathOf(url) && allowed.search === url.search;
    }
    return allowed.href === url.href;
  });
}
