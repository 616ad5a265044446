import { z } from 'zod';
import { defineTool, errorResult, textResult } from '@mcp-aks/core';
import type { BlobStore } from '../ports';
import { documentName } from './names';

const ontologyInfo = z.object({ name: z.string(), size: z.number().int(), updatedAt: z.string() });

/** Ontology documents are stored as `<name>.json`; callers may name them with or without the suffix. */
export const ontologyFileName = (name: string) => (name.toLowerCase().endsWith('.json') ? name : `${name}.json`);
const displayName = (file: string) => file.replace(/\.json$/i, '');

export function ontologyTools(store: BlobStore) {
  const list = defineTool({
    name: 'list_ontologies',
    title: 'List ontologies',
    description: 'Lists the ontology documents (JSON descriptions of domain concepts and their relations) the server holds.',
    inputSchema: z.object({}),
    outputSchema: z.object({ ontologies: z.array(ontologyInfo) }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: async () => {
      const docs = (await store.list({ limit: 1000 })).filter((d) => d.name.toLowerCase().endsWith('.json'));
      const ontologies = docs.map((d) => ({ name: displayName(d.name), size: d.size, updatedAt: d.updatedAt }));
      return textResult(ontologies.length === 0 ? 'No ontologies.' : ontologies.map((o) => o.name).join('\n'), { ontologies });
    },
  });

  const get = defineTool({
    name: 'get_ontology',
    title: 'Get ontology',
    description: 'Returns one ontology document by name (as listed by list_ontologies).',
    inputSchema: z.object({ name: documentName('name').describe('The ontology name, e.g. azure-platform') }),
    outputSchema: z.object({ name: z.string(), ontology: z.record(z.string(), z.unknown()) }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: async ({ name }) => {
      const doc = await store.get(ontologyFileName(name));
      if (!doc) return errorResult(`Ontology '${name}' not found. Use list_ontologies to see the available ones.`);
      let ontology: unknown;
      try {
        ontology = JSON.parse(doc.content);
      } catch {
        return errorResult(`Ontology '${name}' is not valid JSON.`);
      }
      if (!ontology || typeof ontology !== 'object' || Array.isArray(ontology)) return errorResult(`Ontology '${name}' is not a JSON object.`);
      return { content: [{ type: 'text', text: doc.content }], structuredContent: { name: displayName(doc.name), ontology: ontology as Record<string, unknown> } };
    },
  });

  return [list, get];
}
