import { createReadStream } from 'node:fs';

/**
 * Yields the lines of a UTF-8 file without their newline, reading large chunks. A missing file
 * yields nothing. The last line is yielded even without a trailing newline (it may be torn: callers
 * decode it and skip it when it does not parse).
 */
export async function* readLines(path: string, options: { chunkBytes?: number } = {}): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 });
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
        if (nl > start) yield text.slice(start, nl);
        start = nl + 1;
      }
      rest = text.slice(start);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest;
}

/** Reads `"id":"..."` at the start of a line written by the embedded store, without decoding it. */
export function peekId(line: string): string | undefined {
  if (!line.startsWith('{"id":"')) return undefined;
  const end = line.indexOf('"', 7);
  return end === -1 ? undefined : line.slice(7, end);
}

/** Whether the line's second field is the given agent id (lines are written id, agentId, ...). */
export function peekAgent(line: string, idEnd: number, agentJson: string): boolean {
  return line.startsWith(`,"agentId":${agentJson}`, idEnd);
}
