/**
 * Evaluates the C# policy expressions of the APIM policies (the subset they use) against a stand-in of the
 * `context` object, so the tests check what a policy decides rather than how it is spelled.
 *
 * The stand-in follows "API Management policy expressions" (https://learn.microsoft.com/azure/api-management/api-management-policy-expressions):
 * - named values ({{name}}) are substituted into the policy text before expressions run;
 * - context.Request.Headers is an IReadOnlyDictionary<string, string[]> with case-insensitive keys, and
 *   GetValueOrDefault(name, default) returns the comma-joined values or the default;
 * - context.Request.Body.As<string>(preserveContent: true) reads the body (the test records each read);
 * - context.Variables is the dictionary set-variable writes; Jwt exposes Subject and Claims.
 * Translation to JavaScript covers what the policies use: casts, As<T>(preserveContent: ...), null-conditional
 * indexers, foreach, catch (Exception), and the BCL members Split, TrimStart, StartsWith, Length,
 * string.CompareOrdinal, int.Parse, Regex.IsMatch and JObject.Parse. Anything else fails loudly.
 */
export interface PolicyRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Evaluation<T> {
  value: T;
  /** How many times the expression read the request body. */
  bodyReads: number;
}


export function substituteNamedValues(text: string, namedValues: Record<string, string>): string {
  return text.replace(/\{\{([a-z0-9-]+)\}\}/g, (_, name: string) => {
    const value = namedValues[name];
    if (value === undefined) throw new Error(`no named value ${name}`);
    return value;
  });
}

/** C# expression or statement block (without the leading @) to a JavaScript function body. */
export function toJavaScript(expression: string): string {
  let body: string;
  if (expression.startsWith('@(') && expression.endsWith(')')) body = `return (${expression.slice(2, -1)});`;
  else if (expression.startsWith('@{') && expression.endsWith('}')) body = expression.slice(2, -1);
  else throw new Error(`not a policy expression: ${expression.slice(0, 40)}`);
  const js = body
    .replace(/\((string|bool|int|Jwt|JObject)\)/g, '')
    .replace(/\.As<string>\(preserveContent: (true|false)\)/g, '.As("string", $1)')
    .replace(/\?\[/g, '?.[')
    .replace(/foreach \(var (\w+) in /g, 'for (var $1 of ')
    .replace(/catch \(Exception\)/g, 'catch (e)')
    .replace(/\.Split\(/g, '.split(')
    .replace(/\.TrimStart\(\)/g, '.trimStart()')
    .replace(/\.StartsWith\(/g, '.startsWith(')
    .replace(/\.Length\b/g, '.length');
  const unknown = /\b(new|typeof|is|as|out|ref|SelectMany|Contains|ContainsKey|Select|Where)\b/.exec(js.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
  if (unknown) throw new Error(`expression uses ${unknown?.[0]}, which this evaluator does not translate`);
  return js;
}

/** Runs one policy expression for a request, with the variables earlier policies set. */
export function evaluate<T>(expression: string, request: PolicyRequest, variables: Record<string, unknown> = {}): Evaluation<T> {
  let bodyReads = 0;
  const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const context = {
    Request: {
      Method: request.method,
      Headers: {
        GetValueOrDefault: (name: string, fallback: string) => headers[name.toLowerCase()] ?? fallback,
      },
      Body:
        request.body === undefined
          ? null
          : {
              As: (type: string, preserve: boolean) => {
                if (type !== 'string' || !preserve) throw new Error('the body must be read as a string with preserveContent: true');
                bodyReads += 1;
                return request.body;
              },
            },
    },
    Variables: new Proxy(variables, {
      get: (target, key: string) => {
        if (!(key in target)) throw new Error(`KeyNotFoundException: variable ${key}`);
        return target[key];
      },
    }),
  };
  const Regex = { IsMatch: (input: string, pattern: string) => new RegExp(pattern).test(input) };
  const JObject = {
    Parse: (text: string) => {
      const parsed = JSON.parse(text) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('JsonReaderException: not an object');
      return parsed;
    },
  };
  const string = { CompareOrdinal: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) };
  const int = {
    Parse: (text: string) => {
      if (!/^-?\d+$/.test(text.trim())) throw new Error(`FormatException: ${text}`);
      return Number(text);
    },
  };
  const fn = new Function('context', 'Regex', 'JObject', 'string', 'int', toJavaScript(expression)) as (...args: unknown[]) => T;
  return { value: fn(context, Regex, JObject, string, int), bodyReads };
}
