import { createHash } from 'node:crypto';
import { exchangeOf, inputKey, type RawEpisode, type TrainingMessage } from '../dataset/examples';

/**
 * The key that holds a prompt out of training: a hash of the normalised prompt (whitespace
 * collapsed, case folded, system messages left out so that a new system prompt does not let an
 * evaluation prompt back into training). Computed from the prompt as captured, before redaction.
 */
export function promptHash(prompt: readonly TrainingMessage[]): string {
  const key = inputKey(prompt.filter((m) => m.role !== 'system'));
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The prompt hash of a stored episode's final model exchange; undefined when it has none. */
export function episodePromptHash(episode: RawEpisode): string | undefined {
  const exchange = exchangeOf(episode, null);
  return exchange ? promptHash(exchange.prompt) : undefined;
}

/** Whether a stored episode's prompt is in the evaluation set (the dataset builder's hook). */
export function isHeldOut(episode: RawEpisode, heldOut: ReadonlySet<string>): boolean {
  if (heldOut.size === 0) return false;
  const hash = episodePromptHash(episode);
  return hash !== undefined && heldOut.has(hash);
}
