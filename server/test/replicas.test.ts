import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startReplicaSet, type ReplicaSet } from './helpers/processes';

describe('three replicas behind a round-robin load balancer without session affinity', () => {
  let cluster: ReplicaSet;

  beforeAll(async () => {
    cluster = await startReplicaSet('mcp-replicas-');
  }, 60_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('serves every client correctly whichever replica answers each request', async () => {
    const eras = ['2025-11-25', '2026-07-28', '2025-11-25', '2026-07-28', '2025-11-25', '2025-11-25'] as const;
    const clients = await Promise.all(
      eras.map(async (era, i) => {
        const client = new Client({ name: `agent-${i}`, version: '1' }, era === '2026-07-28' ? { versionNegotiation: { mode: { pin: era } } } : {});
        await client.connect(new StreamableHTTPClientTransport(new URL(cluster.proxy.url)));
        return client;
      }),
    );

    // Every client writes through whichever replica it lands on, then reads every other client's
    // snippet: the shared store makes each replica's answer the same.
    await Promise.all(clients.map((c, i) => c.callTool({ name: 'save_snippet', arguments: { snippetname: `from-agent-${i}`, snippet: `written by agent ${i}` } })));
    for (const [i, client] of clients.entries()) {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('get_snippet');
      for (let j = 0; j < clients.length; j++) {
        const result = await client.callTool({ name: 'get_snippet', arguments: { snippetname: `from-agent-${j}` } });
        expect(result.isError, `agent ${i} reading agent ${j}`).toBeFalsy();
        expect(result.structuredContent).toMatchObject({ snippet: `written by agent ${j}` });
      }
      const hello = await client.callTool({ name: 'hello_mcp', arguments: {} });
      expect(JSON.stringify(hello.content)).toContain('Hello');
    }
    await Promise.all(clients.map((c) => c.close()));

    // The balancer really spread the work: each replica served a share of the requests.
    const total = cluster.proxy.hits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(60);
    for (const hits of cluster.proxy.hits) expect(hits).toBeGreaterThan(total / 6);
  });
});
