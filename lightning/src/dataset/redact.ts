/**
 * Removes secrets and personal data from text before it leaves the store, replacing each with a
 * typed placeholder so the model still learns the shape of the conversation.
 */
export type RedactionKind = 'PRIVATE_KEY' | 'TOKEN' | 'KEY' | 'SECRET' | 'EMAIL' | 'PHONE';

const rules: { kind: RedactionKind; pattern: RegExp; trigger: RegExp }[] = [
  { kind: 'PRIVATE_KEY', trigger: /-----BEGIN/, pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  // JSON Web Tokens (access and ID tokens).
  { kind: 'TOKEN', trigger: /eyJ/, pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g },
  { kind: 'TOKEN', trigger: /[Bb]earer/, pattern: /(?<=\b[Bb]earer\s+)[A-Za-z0-9._~+/-]{16,}=*/g },
  // Provider API keys and personal access tokens.
  { kind: 'KEY', trigger: /sk-|gh[pousr]_|github_pat_|AKIA|xox|AIza/, pattern: /\b(?:sk-(?:proj-)?[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})\b/g },
  // Connection strings and SAS signatures: keep the name, drop the value.
  { kind: 'SECRET', trigger: /=/, pattern: /(?<=\b(?:AccountKey|SharedAccessKey|Password|Pwd|sig)=)[^;&\s"']{6,}/gi },
  { kind: 'SECRET', trigger: /key|secret|passw|token/i, pattern: /(?<=\b(?:api[_-]?key|client[_-]?secret|password|passwd|secret|access[_-]?token|refresh[_-]?token)["']?\s*[:=]\s*["']?)[^\s"',;]{6,}/gi },
  { kind: 'EMAIL', trigger: /@/, pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g },
  // Phone numbers with separators or a leading +: dates, versions and IP addresses do not match.
  { kind: 'PHONE', trigger: /\d{3}/, pattern: /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w.-]|\/)/g },
];

export type RedactionCounts = Partial<Record<RedactionKind, number>>;

export function redactText(text: string, counts?: RedactionCounts): string {
  let out = text;
  for (const rule of rules) {
    // Each rule runs only when its cheap trigger is present: most text skips most rules.
    if (!rule.trigger.test(out)) continue;
    out = out.replace(rule.pattern, () => {
      if (counts) counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return `[REDACTED_${rule.kind}]`;
    });
  }
  return out;
}

/** Redacts every string inside a JSON value (object keys are kept); returns a new value. */
export function redactDeep<T>(value: T, counts?: RedactionCounts): T {
  if (typeof value === 'string') return redactText(value, counts) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, counts)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, counts);
    return out as T;
  }
  return value;
}
