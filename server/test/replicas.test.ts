import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { spawnServer, startRoundRobinProxy, type ServerProcess } from './helpers/processes';

describe('three replicas behind a round-robin load balancer without session affinity', () => {
  let dataDir: string;
  let replicas: ServerProcess[] = [];
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mcp-replicas-'));
    replicas = await Promise.all([0, 1, 2].map(() => spawnServer({ DATA_DIR: dataDir })));
    proxy = await startRoundRobinProxy(replicas.map((r) => r.port));
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(replicas.map((r) => r.stop()));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves every client correctly whichever replica answers each request', async () => {
    const eras = ['2025-11-25', '2026-07-28', '2025-11-25', '2026-07-28', '2025-11-25', '2025-11-25'] as const;
    const clients = await Promise.all(
      eras.map(async (era, i) => {
        const client = new Client({ name: `agent-${i}`, version: '1' }, era === '2026-07-28' ? { versionNegotiation: { mode: { pin: era } } } : {});
        await client.connect(new StreamableHTTPClientTransport(new URL(proxy.url)));
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
    const total = proxy.hits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(60);
    for (const hits of proxy.hits) expect(hits).toBeGreaterThan(total / 6);
  });
});
