/**
 * Placeholder substitution for the YAML templates in k8s/. A placeholder is `${NAME}` standing as a whole
 * YAML value (after `key:` or a list dash); it is replaced by the JSON encoding of its value, which is valid
 * YAML, so no value can break the document's structure.
 */
const PLACEHOLDER = /\$\{([A-Za-z0-9_]*)\}/g;
const WHOLE_VALUE = /^(\s*(?:-\s+)?(?:[^\s#][^#]*?:\s+)?)\$\{([A-Z][A-Z0-9_]*)\}\s*$/;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Template lines where a placeholder is not a whole YAML value (e.g. quoted or inside a longer string). */
export function misplacedPlaceholders(text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => !line.trimStart().startsWith('#') && line.includes('${'))
    .filter(({ line }) => {
      const match = WHOLE_VALUE.exec(line);
      return !match || [...line.matchAll(PLACEHOLDER)].length !== 1;
    })
    .map(({ line, number }) => `line ${number}: ${line.trim()}`);
}

/**
 * Replaces every placeholder of `text`. Throws a TemplateError naming every placeholder that has no value,
 * and every line where a placeholder is not a whole value.
 */
export function fillTemplate(file: string, text: string, values: Readonly<Record<string, unknown>>): string {
  const misplaced = misplacedPlaceholders(text);
  if (misplaced.length > 0) {
    throw new TemplateError(`${file}: a placeholder must be a whole YAML value:\n  ${misplaced.join('\n  ')}`);
  }
  const missing = placeholdersIn(text).filter((name) => values[name] === undefined || values[name] === null);
  if (missing.length > 0) {
    throw new TemplateError(`${file}: no value for placeholder(s) ${missing.join(', ')}`, missing);
  }
  return text.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name]));
}
