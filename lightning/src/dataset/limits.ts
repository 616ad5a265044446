/** Azure OpenAI fine-tuning limits the dataset is checked against. */
export const MIN_TRAINING_EXAMPLES = 10;
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Tokens one training example may hold, by base model (prefix match, longest first). */
const exampleTokenLimits: [string, number][] = [
  ['gpt-4.1-nano', 32_768],
  ['gpt-4.1-mini', 65_536],
  ['gpt-4.1', 65_536],
  ['gpt-4o-mini', 65_536],
  ['gpt-4o', 65_536],
  ['o4-mini', 65_536],
  ['gpt-35-turbo', 16_385],
  ['gpt-3.5-turbo', 16_385],
];
export const DEFAULT_EXAMPLE_TOKEN_LIMIT = 16_385;

export function exampleTokenLimit(model: string): number {
  const name = model.toLowerCase();
  for (const [prefix, limit] of exampleTokenLimits) if (name.startsWith(prefix)) return limit;
  return DEFAULT_EXAMPLE_TOKEN_LIMIT;
}

/**
 * An upper-leaning estimate of the tokens of a chat example (about 4 characters a token for English
 * and JSON, plus the per-message overhead of the chat format). No tokenizer ships with the SDKs.
 */
export function estimateTokens(chars: number, messages: number): number {
  return Math.ceil(chars / 3.5) + 4 * messages + 3;
}
