import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { bicepDir, mainJson } from './bicep-cli';

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

describe('MCP API policy (mcp-api.xml)', () => {
  const inbound = section(mcp, 'inbound');

  it('runs the outer scopes first, then validates the Entra token', () => {
    const [first, second] = children(inbound);
    expect(first?.nodeName).toBe('base');
    expect(second?.nodeName).toBe('validate-azure-ad-token');
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
    expect(children(inbound).map((e) => e.nodeName)).toEqual(['base', 'validate-azure-ad-token', 'set-variable', 'set-variable', 'choose']);
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

  it('rate limits tools/call only, keyed by the token subject', () => {
    const when = children(child(inbound, 'choose'), 'when')[1]!;
    expect(when.getAttribute('condition')).toBe('@((bool)context.Variables["mcp-is-tools-call"])');
    const limit = child(when, 'rate-limit-by-key');
    expect(limit.getAttribute('counter-key')).toBe('@(((Jwt)context.Variables["mcp-token"]).Subject)');
    expect(limit.getAttribute('calls')).toBe('{{mcp-tools-call-limit}}');
    expect(Number(limit.getAttribute('renewal-period'))).toBeLessThanOrEqual(300);
    expect(all(mcp, 'rate-limit-by-key')).toHaveLength(1);
  });

  it('recognises tools/call in single and batched JSON-RPC bodies, and nothing else', () => {
    const flag = all(inbound, 'set-variable').find((s) => s.getAttribute('name') === 'mcp-is-tools-call');
    const expression = flag?.getAttribute('value') ?? '';
    expect(expression).toMatch(/^@\(context\.Request\.Method == "POST" && Regex\.IsMatch\(context\.Request\.Body\?\.As<string>\(preserveContent: true\) \?\? "", "/);
    // The C# verbatim pattern: unescape the C# string literal, then run it as a JavaScript RegExp.
    const literal = /Regex\.IsMatch\([^,]+, ("(?:[^"\\]|\\.)*")\)\)$/.exec(expression)?.[1];
    expect(literal).toBeDefined();
    const pattern = new RegExp(JSON.parse(literal ?? '""') as string);
    expect(pattern.test('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"hello_mcp"}}')).toBe(true);
    expect(pattern.test('[{"jsonrpc":"2.0","id":1,"method" : "tools/call"}]')).toBe(true);
    expect(pattern.test('{"jsonrpc":"2.0","id":1,"method":"tools/list"}')).toBe(false);
    expect(pattern.test('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"x":"tools/call"}}')).toBe(false);
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

describe('APIM wiring in Bicep', () => {
  const apimBicep = readFileSync(join(bicepDir, 'modules', 'apim.bicep'), 'utf8');
  const namedValueKeys = [...(/var namedValueKeys = \[([^\]]*)\]/.exec(apimBicep)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const namedValuesObject = /var namedValues = \{([\s\S]*?)\n\}/.exec(apimBicep)?.[1] ?? '';
  const definedNames = [...namedValuesObject.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]);

  it('defines exactly the named values the policies use', () => {
    const used = new Set([...(policyText('mcp-api.xml') + policyText('protected-resource-metadata.xml')).matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...namedValueKeys].sort());
    expect([...definedNames].sort()).toEqual([...namedValueKeys].sort());
  });

  it('names the metadata URL the challenge advertises after the path the metadata operation serves', () => {
    expect(apimBicep).toContain("'mcp-resource-metadata-url': '${gatewayUrl}/.well-known/oauth-protected-resource'");
    expect(apimBicep).toContain("urlTemplate: '/.well-known/oauth-protected-resource'");
    expect(apimBicep).toContain("'mcp-authorization-server': '${loginEndpoint}${tenantId}/v2.0'");
  });

  it('compiles the policy files verbatim into main.json: API policy on the MCP API, metadata policy on its operations', () => {
    const template = JSON.parse(readFileSync(mainJson, 'utf8')) as any;
    const apim = template.resources.apim.properties.template;
    const resources = Object.values<any>(apim.resources);
    // loadTextContent inlines each file as a variable that the property points at.
    const inlined = (value: string) => apim.variables[/^\[variables\('(.+)'\)\]$/.exec(value)?.[1] ?? ''] as string;
    const apiPolicy = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis/policies');
    expect(apiPolicy.properties.format).toBe('rawxml');
    expect(inlined(apiPolicy.properties.value)).toBe(policyText('mcp-api.xml'));
    const opPolicy = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis/operations/policies');
    expect(opPolicy.properties.format).toBe('rawxml');
    expect(inlined(opPolicy.properties.value)).toBe(policyText('protected-resource-metadata.xml'));
    const api = resources.find((r) => r.type === 'Microsoft.ApiManagement/service/apis');
    expect(api.properties).toMatchObject({ subscriptionRequired: false, protocols: ['https'] });
  });
});
