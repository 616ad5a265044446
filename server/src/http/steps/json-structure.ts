export interface StructureLimits {
  /** Deepest nesting of objects and arrays (the message itself is level 1). */
  maxDepth: number;
  /** Object members and array items in the whole message. */
  maxEntries: number;
}

/**
 * Why a parsed message is too big in structure to be worth validating, or undefined. Schema
 * validation costs per key and per level, so a few MB of tiny keys or deep nesting would hold the
 * event loop for everyone; this walk is iterative (no stack overflow) and stops at the first excess.
 */
export function structureProblem(value: unknown, limits: StructureLimits): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  let entries = 0;
  while (stack.length > 0) {
    const node = stack.pop() as object;
    const depth = depths.pop()!;
    if (depth > limits.maxDepth) return `the message nests deeper than ${limits.maxDepth} levels`;
    const children = Array.isArray(node) ? (node as unknown[]) : Object.values(node);
    entries += children.length;
    if (entries > limits.maxEntries) return `the message has more than ${limits.maxEntries} members and items`;
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}
