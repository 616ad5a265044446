import { describe, expect, it } from 'vitest';
import { taskInstructionSchema, type SearchIndex, type TaskInstruction } from '../../src/ports';

export const sampleInstructions: TaskInstruction[] = [
  {
    id: 'rotate-storage-keys',
    title: 'Rotate storage account keys',
    category: 'security',
    intent: 'Replace a leaked or expiring storage account access key without downtime',
    keywords: ['credentials', 'secret rotation', 'storage', 'key vault'],
    description: 'Regenerate the secondary key, switch consumers, then regenerate the primary key.',
    content: 'Keys live in Key Vault; applications read them through the CSI driver.',
    steps: ['Regenerate key2', 'Update the Key Vault secret', 'Restart consumers', 'Regenerate key1'],
  },
  {
    id: 'rollback-deployment',
    title: 'Roll back a failed deployment',
    category: 'deployment',
    intent: 'Return the service to the last known good release after a bad rollout',
    keywords: ['rollback', 'helm', 'kubectl rollout undo', 'release'],
    description: 'Use the rollout history to return to the previous revision.',
    content: 'Check kubectl rollout history before undoing.',
    steps: ['Find the previous revision', 'kubectl rollout undo', 'Watch the pods become ready'],
  },
  {
    id: 'investigate-5xx',
    title: 'Investigate a spike of HTTP 5xx errors',
    category: 'incident',
    intent: 'Find why the API answers 500, 502 or 503',
    keywords: ['5xx', 'errors', 'apim', 'logs', 'incident'],
    description: 'Correlate APIM gateway logs with pod logs and recent deployments.',
    content: 'Start at the APIM analytics blade, then query Log Analytics.',
    steps: ['Check APIM analytics', 'Query container logs', 'Compare with recent deployments'],
  },
  {
    id: 'scale-out',
    title: 'Scale out the MCP server',
    category: 'capacity',
    intent: 'Add replicas when latency grows under load',
    keywords: ['scale', 'replicas', 'hpa', 'autoscaling'],
    description: 'Raise the HPA maximum and verify the cluster has room.',
    content: 'The deployment is stateless; any number of replicas can serve.',
    steps: ['Raise maxReplicas', 'Check node capacity', 'Watch latency'],
  },
].map((i) => taskInstructionSchema.parse(i));

/** Behaviour every SearchIndex shows. `create` returns a fresh, empty index each time. */
export function searchIndexContract(label: string, create: () => Promise<SearchIndex>, capabilities: { ranking: boolean }): void {
  describe(`SearchIndex contract: ${label}`, () => {
    it('stores instructions and returns them by id, counted', async () => {
      const index = await create();
      expect(await index.count()).toBe(0);
      expect(await index.upsert(sampleInstructions)).toEqual({ upserted: sampleInstructions.length });
      expect(await index.count()).toBe(sampleInstructions.length);
      expect(await index.get('rollback-deployment')).toEqual(sampleInstructions[1]);
      expect(await index.get('no-such-id')).toBeUndefined();
    });

    it('replaces an instruction with the same id instead of adding one', async () => {
      const index = await create();
      await index.upsert(sampleInstructions);
      const changed = { ...sampleInstructions[3]!, title: 'Scale out the MCP server deployment', steps: ['Raise maxReplicas'] };
      expect(await index.upsert([changed])).toEqual({ upserted: 1 });
      expect(await index.count()).toBe(sampleInstructions.length);
      expect(await index.get('scale-out')).toEqual(changed);
    });

    it('answers ping, with nothing to add once it holds instructions', async () => {
      const index = await create();
      await index.upsert(sampleInstructions.slice(0, 1));
      await expect(index.ping()).resolves.toBeUndefined();
    });

    if (!capabilities.ranking) return;

    it('ranks the instruction that matches the task first', async () => {
      const index = await create();
      await index.upsert(sampleInstructions);
      const cases: [string, string][] = [
        ['rotate the storage account key that leaked', 'rotate-storage-keys'],
        ['how do I roll back the release that broke production', 'rollback-deployment'],
        ['users see 502 errors from the API', 'investigate-5xx'],
        ['add more replicas, latency is high', 'scale-out'],
      ];
      for (const [query, expected] of cases) {
        const hits = await index.search(query);
        expect(hits[0]?.instruction.id, query).toBe(expected);
        const scores = hits.map((h) => h.score);
        expect(scores, query).toEqual([...scores].sort((a, b) => b - a));
      }
    });

    it('filters by category, bounds results by top, and finds nothing for nothing', async () => {
      const index = await create();
      await index.upsert(sampleInstructions);
      const filtered = await index.search('deployments logs errors', { category: 'incident' });
      expect(filtered.map((h) => h.instruction.id)).toEqual(['investigate-5xx']);
      expect(await index.search('the deployment', { top: 1 })).toHaveLength(1);
      expect(await index.search('')).toEqual([]);
      expect(await index.search('quantum entanglement')).toEqual([]);
    });
  });
}
