import { z } from 'zod';
import { defineTool, errorResult, textResult } from '@mcp-aks/core';
import type { BlobStore } from '../ports';
import { documentName, namePrefix } from './names';

const snippetName = documentName('snippetname');

const snippetInfo = z.object({ name: z.string(), size: z.number().int(), updatedAt: z.string() });

export function snippetTools(store: BlobStore, options: { maxSnippetBytes: number }) {
  const save = defineTool({
    name: 'save_snippet',
    title: 'Save snippet',
    description: `Saves a text snippet under a name, replacing any snippet of that name. At most ${options.maxSnippetBytes} bytes of UTF-8.`,
    inputSchema: z.object({
      snippetname: snippetName.describe('The snippet name: letters, digits, spaces, ".", "_" and "-"'),
      snippet: z.string().describe('The text to save'),
    }),
    outputSchema: snippetInfo.extend({ etag: z.string() }),
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    handler: async ({ snippetname, snippet }) => {
      const size = Buffer.byteLength(snippet, 'utf8');
      if (size > options.maxSnippetBytes) {
        return errorResult(`The snippet is ${size} bytes; the limit is ${options.maxSnippetBytes} bytes (MAX_SNIPPET_BYTES).`);
      }
      const info = await store.put(snippetname, snippet);
      return textResult(`Saved snippet '${info.name}' (${info.size} bytes).`, { name: info.name, size: info.size, updatedAt: info.updatedAt, etag: info.etag });
    },
  });

  const get = defineTool({
    name: 'get_snippet',
    title: 'Get snippet',
    description: 'Returns the text of a saved snippet by name.',
    inputSchema: z.object({ snippetname: snippetName.describe('The snippet name') }),
    outputSchema: snippetInfo.extend({ snippet: z.string() }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: async ({ snippetname }) => {
      const doc = await store.get(snippetname);
      if (!doc) return errorResult(`Snippet '${snippetname}' not found.`);
      return { content: [{ type: 'text', text: doc.content }], structuredContent: { name: doc.name, snippet: doc.content, size: doc.size, updatedAt: doc.updatedAt } };
    },
  });

  const list = defineTool({
    name: 'list_snippets',
    title: 'List snippets',
    description: 'Lists saved snippets, optionally only those whose names start with a prefix.',
    inputSchema: z.object({
      prefix: namePrefix.optional().describe('Only names starting with this'),
      limit: z.number().int().min(1).max(1000).optional().describe('At most this many (default 100)'),
    }),
    outputSchema: z.object({ snippets: z.array(snippetInfo), truncated: z.boolean() }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: async ({ prefix, limit }) => {
      const max = limit ?? 100;
      const found = await store.list({ ...(prefix ? { prefix } : {}), limit: max + 1 });
      const snippets = found.slice(0, max).map((d) => ({ name: d.name, size: d.size, updatedAt: d.updatedAt }));
      const truncated = found.length > max;
      const text = snippets.length === 0 ? 'No snippets.' : snippets.map((s) => `${s.name} (${s.size} bytes)`).join('\n') + (truncated ? '\n…' : '');
      return textResult(text, { snippets, truncated });
    },
  });

  const remove = defineTool({
    name: 'delete_snippet',
    title: 'Delete snippet',
    description: 'Deletes a saved snippet by name.',
    inputSchema: z.object({ snippetname: snippetName.describe('The snippet name') }),
    outputSchema: z.object({ name: z.string(), deleted: z.boolean() }),
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    confirm: ({ snippetname }) => `Delete the snippet '${snippetname}'? This cannot be undone.`,
    handler: async ({ snippetname }) => {
      const deleted = await store.delete(snippetname);
      if (!deleted) return errorResult(`Snippet '${snippetname}' not found.`);
      return textResult(`Deleted snippet '${snippetname}'.`, { name: snippetname, deleted });
    },
  });

  return [save, get, list, remove];
}
