/**
 * The small YAML subset task-instruction front matter uses: `key: value`, quoted strings,
 * `key: [a, b]` and block lists (`key:` then `  - item` lines), `#` comments. Anything else is an
 * error with its line number, not a guess.
 */
export type FrontMatterValue = string | string[];

export interface SplitDocument {
  /** Undefined when the document has no front matter. */
  frontMatter?: string;
  body: string;
  /** Lines before the body starts, for error line numbers. */
  bodyLine: number;
}

export function splitFrontMatter(text: string): SplitDocument {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) return { body: normalized, bodyLine: 1 };
  const end = normalized.indexOf('\n---', 3);
  if (end === -1) throw new Error('front matter starts with --- but never ends');
  const after = normalized.indexOf('\n', end + 4);
  const frontMatter = normalized.slice(4, end + 1);
  const body = after === -1 ? '' : normalized.slice(after + 1);
  return { frontMatter, body, bodyLine: frontMatter.split('\n').length + 2 };
}

function unquote(raw: string, line: number): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    if (!value.endsWith('"') || value.length < 2) throw new Error(`line ${line}: unterminated double-quoted string`);
    try {
      return JSON.parse(value) as string;
    } catch {
      throw new Error(`line ${line}: invalid double-quoted string`);
    }
  }
  if (value.startsWith("'")) {
    if (!value.endsWith("'") || value.length < 2) throw new Error(`line ${line}: unterminated single-quoted string`);
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value.replace(/\s+#.*$/, '');
}

function splitInlineList(inner: string, line: number): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of inner) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else current += ch;
  }
  if (quote) throw new Error(`line ${line}: unterminated string in list`);
  if (current.trim() !== '' || items.length > 0) items.push(current);
  return items.map((item) => unquote(item, line)).filter((item) => item !== '');
}

export function parseFrontMatter(source: string): Record<string, FrontMatterValue> {
  const result: Record<string, FrontMatterValue> = {};
  const lines = source.split('\n');
  let listKey: string | undefined;
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) return;
    const item = /^\s+-\s+(.*)$/.exec(text) ?? /^-\s+(.*)$/.exec(text);
    if (item) {
      if (!listKey) throw new Error(`line ${line}: list item without a key above it`);
      (result[listKey] as string[]).push(unquote(item[1] ?? '', line));
      return;
    }
    const pair = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:(.*)$/.exec(text);
    if (!pair) throw new Error(`line ${line}: expected "key: value"`);
    const key = pair[1] as string;
    const raw = (pair[2] ?? '').trim();
    if (key in result) throw new Error(`line ${line}: "${key}" appears twice`);
    listKey = undefined;
    if (raw === '') {
      result[key] = [];
      listKey = key;
    } else if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) throw new Error(`line ${line}: a list that starts with [ must end with ] on the same line`);
      result[key] = splitInlineList(raw.slice(1, -1), line);
    } else if (raw === '|' || raw === '>' || raw.startsWith('|') || raw.startsWith('>')) {
      throw new Error(`line ${line}: block scalars (| and >) are not supported; put long text in the body`);
    } else {
      result[key] = unquote(raw, line);
    }
  });
  return result;
}
