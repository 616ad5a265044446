import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { bicepDir, mainJson } from './bicep-cli';
import { evaluate, substituteNamedValues } from './policy-expression';

/* eslint-disable @typescript-eslint/no-explicit-any -- the ARM template is inspected as plain JSON */

const policyText = (file: string) => readFileSync(join(bicepDir, 'policies', file), 'utf8');

function parse(file: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
    policyText(file),
    'text/xml',
  );
  expect(errors, `${file} is well-formed XML`).toEqual([]);
  return doc;
}

const children = (el: Element | Document, name?: string): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && (!name || n.nodeName === name));
const child = (el: Element | Document, name: string): Element => {
  const found = children(el, name);
  expect(found, `<${name}> under <${(el as Element).nodeName}>`).toHaveLength(1);
  return found[0] as Element;
};
const all = (el: Element | Document, name: string): Element[] => Array.from(el.getElementsByTagName(name) as unknown as ArrayLike<Element>);
const section = (doc: Document, name: string) => child(child(doc, 'policies'), name);

const mcp = parse('mcp-api.xml');
const prm = parse('protected-resource-metadata.xml');
const oauth = parse('oauth-facade.xml');

describe('MCP API policy (mcp-api.xml)', () => {
  const inbound = section(mcp, 'inbound');

  it('answers CORS first (preflights carry no token), then runs the outer scopes, then validates the Entra token', () => {
    const [first, second, third] = children(inbound);
    expect(first?.nodeName).toBe('cors');
    expect(second?.nodeName).toBe('base');
    expect(third?.nodeName).toBe('validate-azure-ad-token');
  });

  // https://learn.microsoft.com/azure/api-management/cors-policy: elements in the documented order; with
  // terminate-unmatched-request a preflight from another origin ends with an empty 200 and no CORS headers.
  it('allows the configured origins, the MCP methods and the MCP request headers, and exposes the MCP response headers', () => {
    const cors = child(inbound, 'cors');
    expect(cors.getAttribute('allow-credentials')).toBe('false');
    expect(cors.getAttribute('terminate-unmatched-request')).toBe('true');
    expect(children(cors).map((e) => e.nodeName)).toEqual(['allowed-origins', 'allowed-methods', 'allowed-headers', 'expose-headers']);
    const origins = child(cors, 'allowed-origins');
    expect(children(origins)).toEqual([]); // apim.bicep fills them in where the marker comment stands
    expect(policyText('mcp-api.xml').split('<!-- cors-origins -->')).toHaveLength(2);
    expect(all(child(cors, 'allowed-methods'), 'method').map((m) => m.textContent)).toEqual(['GET', 'POST', 'DELETE']);
    const allowed = all(child(cors, 'allowed-headers'), 'header').map((h) => h.textContent);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'mcp-protocol-version', 'mcp-method', 'mcp-name', 'mcp-session-id']));
    const exposed = all(child(cors, 'expose-headers'), 'header').map((h) => h.textContent);
    expect(exposed).toEqual(expect.arrayContaining(['www-authenticate', 'mcp-session-id', 'retry-after']));
  });

  it('validates tenant and audience (the MCP API app)', () => {
    const v = child(inbound, 'validate-azure-ad-token');
    expect(v.getAttribute('tenant-id')).toBe('{{mcp-tenant-id}}');
    expect(v.getAttribute('header-name')).toBe('Authorization');
    expect(v.getAttribute('failed-validation-httpcode')).toBe('401');
    expect(v.getAttribute('output-token-variable-name')).toBe('mcp-token');
    expect(all(child(v, 'audiences'), 'audience').map((a) => a.textContent)).toEqual(['{{mcp-api-client-id}}', 'api://{{mcp-api-client-id}}']);
    expect(children(v, 'required-claims')).toEqual([]); // the scope is checked next, to answer 403 rather than 401
  });

  it('accepts the required scope as a delegated scope or an app role, and answers 403 insufficient_scope without it', () => {
    const flag = all(inbound, 'set-variable').find((s) => s.getAttribute('name') === 'mcp-has-scope');
    const expression = flag?.getAttribute('value') ?? '';
    expect(expression).toContain('var scope = "{{mcp-required-scope}}"');
    expect(expression).toContain('jwt.Claims["scp"].SelectMany(s => s.Split(\' \'))');
    expect(expression).toContain('jwt.Claims["roles"]');
    expect(expression).toContain('return delegated.Contains(scope) || roles.Contains(scope);');
    const [refuse] = children(child(inbound, 'choose'), 'when');
    expect(refuse?.getAttribute('condition')).toBe('@(!(bool)context.Variables["mcp-has-scope"])');
    const response = child(refuse!, 'return-response');
    expect(child(response, 'set-status').getAttribute('code')).toBe('403');
    const header = all(response, 'set-header').find((h) => h.getAttribute('name') === 'WWW-Authenticate');
    expect(header && child(header, 'value').textContent).toBe('Bearer error="insufficient_scope", scope="{{mcp-required-scope}}", resource_metadata="{{mcp-resource-metadata-url}}"');
    // The scope check runs before the rate limit, right after the token is validated.
    expect(children(inbound).map((e) => e.nodeName)).toEqual(['cors', 'base', 'validate-azure-ad-token', 'set-variable', 'set-variable', 'choose']);
  });

  it('answers a failed validation with 401 and the resource_metadata challenge', () => {
    const when = child(child(section(mcp, 'on-error'), 'choose'), 'when');
    expect(when.getAttribute('condition')).toBe('@(context.Response.StatusCode == 401)');
    const response = child(when, 'return-response');
    expect(child(response, 'set-status').getAttribute('code')).toBe('401');
    const header = all(response, 'set-header').find((h) => h.getAttribute('name') === 'WWW-Authenticate');
    expect(header?.getAttribute('exists-action')).toBe('override');
    expect(header && child(header, 'value').textContent).toBe('Bearer resource_metadata="{{mcp-resource-metadata-url}}"');
  });

  const namedValues = { 'mcp-tools-call-limit': '60', 'mcp-tool-call-limits': ';lightning_start_training=2;search_docs=10;' };
  const expression = (e: Element, attribute: string) => substituteNamedValues(e.getAttribute(attribute) ?? '', namedValues);
  const toolOf = (request: Parameters<typeof evaluate>[1]) => {
    const flag = all(inbound, 'set-variable').find((v) => v.getAttribute('name') === 'mcp-tool')!;
    return evaluate<string>(expression(flag, 'value'), request);
  };
  const limitWhen = () => children(child(inbound, 'choose'), 'when')[1]!;
  const modern = (method: string, name?: string) => ({ 'MCP-Protocol-Version': '2026-07-28', 'Mcp-Method': method, ...(name ? { 'Mcp-Name': name } : {}) });
  const call = (name: string, extra = '') => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{${extra}"name":"${name}","arguments":{}}}`;

  // SEP-2243 (https://modelcontextprotocol.io/seps/2243-http-standardization): 2026-07-28 clients mirror the
  // JSON-RPC method in Mcp-Method and params.name of tools/call in Mcp-Name; the server rejects a mismatch.
  it('takes the tool from the Mcp-Method / Mcp-Name headers of a 2026-07-28 request without reading the body', () => {
    expect(toolOf({ method: 'POST', headers: modern('tools/call', 'search_docs'), body: call('other_tool') })).toEqual({ value: 'search_docs', bodyReads: 0 });
    expect(toolOf({ method: 'POST', headers: { 'mcp-protocol-version': '2026-07-28', 'MCP-METHOD': 'tools/call', 'mcp-name': 'x' }, body: '' })).toEqual({ value: 'x', bodyReads: 0 });
    expect(toolOf({ method: 'POST', headers: modern('tools/list'), body: call('search_docs') })).toEqual({ value: '', bodyReads: 0 });
    expect(toolOf({ method: 'POST', headers: modern('tools/call'), body: call('search_docs') })).toEqual({ value: '(unnamed)', bodyReads: 0 });
  });

  it('reads the JSON-RPC body only for older clients (no Mcp-Method, or a revision before 2026-07-28)', () => {
    expect(toolOf({ method: 'POST', headers: {}, body: call('search_docs') })).toEqual({ value: 'search_docs', bodyReads: 1 });
    // An older revision's session could send any Mcp-Method: the body decides.
    expect(toolOf({ method: 'POST', headers: { 'MCP-Protocol-Version': '2025-11-25', 'Mcp-Method': 'tools/list' }, body: call('search_docs') }).value).toBe('search_docs');
    // params.name, not the first "name" anywhere in the body.
    expect(toolOf({ method: 'POST', headers: {}, body: call('search_docs', '"_meta":{"name":"decoy"},') }).value).toBe('search_docs');
    expect(toolOf({ method: 'POST', headers: {}, body: '[{"jsonrpc":"2.0","id":1,"method" : "tools/call","params":{"name":"a"}}]' }).value).toBe('(batch)');
    expect(toolOf({ method: 'POST', headers: {}, body: '{"jsonrpc":"2.0","id":1,"method":"tools/call",' }).value).toBe('(unreadable)');
    expect(toolOf({ method: 'POST', headers: {}, body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}' }).value).toBe('');
    expect(toolOf({ method: 'POST', headers: {}, body: '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"x":"tools/call"}}' }).value).toBe('');
    expect(toolOf({ method: 'GET', headers: {}, body: '' })).toEqual({ value: '', bodyReads: 0 });
    expect(toolOf({ method: 'DELETE', headers: {} })).toEqual({ value: '', bodyReads: 0 });
  });

  it('rate limits tools/call per token subject and tool, with per-tool limits over the default', () => {
    const when = limitWhen();
    const counted = (tool: string) => evaluate<boolean>(expression(when, 'condition'), { method: 'POST' }, { 'mcp-tool': tool }).value;
    expect([counted('search_docs'), counted('(batch)'), counted('')]).toEqual([true, true, false]);
    const limit = child(when, 'rate-limit-by-key');
    const token = { Subject: 'user-1' };
    const key = (tool: string) => evaluate<string>(expression(limit, 'counter-key'), { method: 'POST' }, { 'mcp-token': token, 'mcp-tool': tool }).value;
    expect(key('search_docs')).toBe('user-1|search_docs');
    expect(key('search_docs')).not.toBe(key('lightning_start_training'));
    const calls = (tool: string) => evaluate<number>(expression(limit, 'calls'), { method: 'POST' }, { 'mcp-tool': tool }).value;
    expect([calls('lightning_start_training'), calls('search_docs'), calls('hello_mcp'), calls('search')]).toEqual([2, 10, 60, 60]);
    expect(Number(limit.getAttribute('renewal-period'))).toBeLessThanOrEqual(300);
    expect(all(mcp, 'rate-limit-by-key')).toHaveLength(1);
  });

  it('streams the response and never reads its body', () => {
    const forward = child(section(mcp, 'backend'), 'forward-request');
    expect(forward.getAttribute('buffer-response')).toBe('false');
    expect(Number(forward.getAttribute('timeout'))).toBeGreaterThanOrEqual(60);
    const text = policyText('mcp-api.xml');
    expect(text).not.toMatch(/context\.Response\.Body/);
    for (const element of ['log-to-eventhub', 'trace', 'cache-store', 'validate-content', 'find-and-replace', 'set-body']) {
      const outbound = all(section(mcp, 'outbound'), element);
      expect(outbound, `no <${element}> in outbound`).toEqual([]);
    }
  });

  it('forwards the caller\'s Authorization header to the server', () => {
    const touching = all(mcp, 'set-header').filter((h) => h.getAttribute('name')?.toLowerCase() === 'authorization');
    expect(touching).toEqual([]);
  });
});

describe('Protected Resource Metadata policy', () => {
  it('is anonymous: no <base /> in inbound, so the API-level validation does not run', () => {
    expect(children(section(prm, 'inbound')).map((e) => e.nodeName)).toEqual(['return-response']);
  });

  it('returns the RFC 9728 document naming the Entra tenant and the scope', () => {
    const response = child(section(prm, 'inbound'), 'return-response');
    expect(child(response, 'set-status').getAttribute('code')).toBe('200');
    const contentType = all(response, 'set-header').find((h) => h.getAttribute('name') === 'Content-Type');
    expect(contentType && child(contentType, 'value').textContent).toBe('application/json');
    const body = JSON.parse(child(response, 'set-body').textContent ?? '') as Record<string, unknown>;
    expect(body).toEqual({
      resource: '{{mcp-resource-url}}',
      authorization_servers: ['{{mcp-authorization-server}}'],
      scopes_supported: ['{{mcp-scope-uri}}'],
      bearer_methods_supported: ['header'],
      resource_name: 'MCP agents',
    });
  });
});

// The server's OAuth façade (server/src/oauth/facade.ts) lets MCP clients sign in through the gateway: its
// RFC 8414 metadata and endpoints must be reachable there without a token, and the Protected Resource
// Metadata must then name the gateway as the authorization server (RFC 9728 section 2).
describe('OAuth façade operations (oauth-facade.xml)', () => {
  const template = JSON.parse(readFileSync(mainJson, 'utf8')) as any;
  const apim = template.resources.apim.properties.template;
  const operations = Object.values<any>(apim.resources).filter((r) => r.type === 'Microsoft.ApiManagement/service/apis/operations');
  const oauthOps = apim.variables.oauthOperations as { method: string; urlTemplate: string }[];

  it('routes the façade\'s metadata, registration, authorize and token endpoints to the server', () => {
    expect(oauthOps.map((o) => `${o.method} ${o.urlTemplate}`)).toEqual([
      'GET /.well-known/oauth-authorization-server',
      'GET /.well-known/oauth-authorization-server/mcp',
      'POST /oauth/register',
      'GET /oauth/authorize',
      'POST /oauth/token',
    ]);
    const loops = operations.map((o) => o.copy?.input ?? o.properties).filter(Boolean);
    expect(JSON.stringify(loops)).toContain('oauthOperations');
    const policies = Object.values<any>(apim.resources).filter((r) => r.type === 'Microsoft.ApiManagement/service/apis/operations/policies');
    expect(policies.map((p) => p.properties.value)).toContain("[variables('oauthPolicyXml')]");
    expect(apim.variables.oauthPolicyXml).toMatch(/^\[replace\(variables\('\$fxv#\d+'\), '<!-- cors-origins -->', variables\('corsOriginElements'\)\)\]$/);
  });

  it('is anonymous (no <base /> in inbound: no token validation), with CORS and a per-address rate limit', () => {
    const inbound = section(oauth, 'inbound');
    expect(children(inbound).map((e) => e.nodeName)).toEqual(['cors', 'rate-limit-by-key']);
    expect(policyText('oauth-facade.xml').split('<!-- cors-origins -->')).toHaveLength(2);
    const limit = child(inbound, 'rate-limit-by-key');
    expect(evaluate<string>(limit.getAttribute('counter-key')!.replace('context.Request.IpAddress', '"203.0.113.7"'), { method: 'POST' }).value).toBe('203.0.113.7');
    expect(limit.getAttribute('calls')).toBe('{{mcp-oauth-calls-per-minute}}');
    expect(children(section(oauth, 'backend')).map((e) => e.nodeName)).toEqual(['base']);
  });

  it('names the gateway as the authorization server when the façade is on, Entra ID otherwise', () => {
    const apimBicep = readFileSync(join(bicepDir, 'modules', 'apim.bicep'), 'utf8');
    expect(apimBicep).toContain("'mcp-authorization-server': oauthFacade ? gatewayUrl : '${loginEndpoint}${tenantId}/v2.0'");
    expect(template.resources.apim.properties.parameters.oauthFacade).toEqual({ value: "[not(empty(parameters('mcpPublicClientId')))]" });
  });
});

describe('APIM wiring in Bicep', () => {
  const apimBicep = readFileSync(join(bicepDir, 'modules', 'apim.bicep'), 'utf8');
  const namedValueKeys = [...(/var namedValueKeys = \[([^\]]*)\]/.exec(apimBicep)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const namedValuesObject = /var namedValues = \{([\s\S]*?)\n\}/.exec(apimBicep)?.[1] ?? '';
  const definedNames = [...namedValuesObject.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]);

  it('defines exactly the named values the policies use', () => {
    const used = new Set([...(policyText('mcp-api.xml') + policyText('protected-resource-metadata.xml') + policyText('oauth-facade.xml')).matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...namedValueKeys].sort());
    expect([...definedNames].sort()).toEqual([...namedValueKeys].sort());
  });

  it('passes the per-tool limits as ";tool=calls;" and the CORS origins of main.bicep to the gateway', () => {
    expect(apimBicep).toContain("'mcp-tool-call-limits': ';${join(map(items(toolCallLimits), t => '${t.key}=${int(t.value)}'), ';')};'");
    const main = readFileSync(join(bicepDir, 'main.bicep'), 'utf8');
    expect(main).toMatch(/param corsAllowedOrigins string\[\] = \['http:\/\/localhost:6274'\]/);
    expect(main).toContain('corsAllowedOrigins: corsAllowedOrigins');
    expect(main).toContain('output corsAllowedOrigins string[] = corsAllowedOrigins');
  });

  it('names the metadata URL the challenge advertises after the path the metadata operation serves', () => {
    expect(apimBicep).toContain("'mcp-resource-metadata-url': '${gatewayUrl}/.well-known/oauth-protected-resource'");
    expect(apimBicep).toContain("urlTemplate: '/.well-known/oauth-protected-resource'");
    expect(apimBicep).toContain("'mcp-authorization-server': oauthFacade ? gatewayUrl : '${loginEndpoint}${tenantId}/v2.0'");
  });

  it('compiles the policy files verbatim into main.json: API policy on the MCP API, metadata policy on its operations', () => {
    const template = JSON.parse(readFileSync(mainJson, 'utf8')) as any;
    const apim = template.resources.apim.properties.template;
    const resources = Object.values<any>(apim.resources);
    // loadTextContent inlines each file as a variable that the property points at.
    const inlined = (value: string) => apim.variables[/^\[variables\('(.+)'\)\]$/.exec(value)?.[1] ?? ''] as string;
    const apiPolicy = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis/policies');
    expect(apiPolicy.properties.format).toBe('rawxml');
    // The API policy is the file with the <origin> elements put where the marker stands.
    expect(apiPolicy.properties.value).toBe("[variables('apiPolicyXml')]");
    expect(apim.variables.apiPolicyXml).toMatch(/^\[replace\(variables\('(\$fxv#\d+)'\), '<!-- cors-origins -->', variables\('corsOriginElements'\)\)\]$/);
    expect(inlined(`[variables('${/variables\('(\$fxv#\d+)'\)/.exec(apim.variables.apiPolicyXml as string)![1]}')]`)).toBe(policyText('mcp-api.xml'));
    expect(apim.variables.corsOriginElements).toBe("[join(map(parameters('corsAllowedOrigins'), lambda('o', format('<origin>{0}</origin>', replace(replace(lambdaVariables('o'), '&', '&amp;'), '<', '&lt;')))), '')]");
    const opPolicy = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis/operations/policies');
    expect(opPolicy.properties.format).toBe('rawxml');
    expect(inlined(opPolicy.properties.value)).toBe(policyText('protected-resource-metadata.xml'));
    const api = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis');
    expect(api.properties).toMatchObject({ subscriptionRequired: false, protocols: ['https'] });
  });
});
