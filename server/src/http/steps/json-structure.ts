export interface StructureLimits {
  /** Deepest nesting of objects and arrays (the message itself is level 1). */
  maxDepth: number;
  /** Object members and array items in the whole message. */
  maxEntries: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Why a message's text is too big in structure to be worth parsing and validating, or undefined.
 * Parsing and schema validation cost per key and per level (a few MB of tiny keys held the event loop
 * for over a second), so this runs on the raw text first: one pass that skips string contents with
 * indexOf and stops at the first excess. Entries are counted as each container's first element plus
 * one per comma, an upper bound of members and items. Malformed text is left for JSON.parse to name.
 */
export function structureProblem(text: string, limits: StructureLimits): string | undefined {
  const { maxDepth, maxEntries } = limits;
  let depth = 0;
  let entries = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end === -1) return undefined;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return `the message nests deeper than ${maxDepth} levels`;
      if (++entries > maxEntries) return `the message has more than ${maxEntries} members and items`;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    } else if (c === COMMA) {
      if (++entries > maxEntries) return `the message has more than ${maxEntries} members and items`;
    }
  }
  return undefined;
}
