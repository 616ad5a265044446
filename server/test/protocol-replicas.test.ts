import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startReplicaSet, type ReplicaSet } from './helpers/processes';

/**
 * Our own tools on the 2026-07-28 revision behind a per-request round-robin balancer: a destructive
 * tool's confirmation is asked by one replica and resumed by another (the request state is signed with
 * the shared MCP_REQUEST_STATE_KEY), and a long Lightning operation runs as a task one replica started
 * and the others answer for (task state in the shared DATA_DIR).
 * Wire shapes: https://modelcontextprotocol.io/specification/draft/basic/utilities/mrtr and
 * https://modelcontextprotocol.github.io/ext-tasks/specification/2026-07-28/tasks.html
 */

const REVISION = '2026-07-28';
const TASKS = 'io.modelcontextprotocol/tasks';
type Json = Record<string, unknown>;

describe('confirmations and tasks across replicas', () => {
  let cluster: ReplicaSet;
  let id = 0;

  beforeAll(async () => {
    cluster = await startReplicaSet('mcp-protocol-replicas-', { MCP_REQUEST_STATE_KEY: 'a shared key of at least thirty-two bytes' });
  }, 60_000);

  afterAll(async () => {
    await cluster?.close();
  });

  /** One 2026-07-28 request through the balancer; returns the JSON-RPC answer and which replica served it. */
  async function rpc(method: string, params: Json, capabilities: Json = { elicitation: {}, extensions: { [TASKS]: {} } }) {
    const before = [...cluster.proxy.hits];
    const name = typeof params.name === 'string' ? params.name : typeof params.taskId === 'string' ? params.taskId : undefined;
    const response = await fetch(cluster.proxy.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': REVISION,
        'mcp-method': method,
        ...(name ? { 'mcp-name': name } : {}),
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: ++id,
        method,
        params: { ...params, _meta: { 'io.modelcontextprotocol/protocolVersion': REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'replica-test', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': capabilities } },
      }),
    });
    const text = await response.text();
    const body = (response.headers.get('content-type') ?? '').includes('text/event-stream')
      ? (JSON.parse(text.split('\n').filter((l) => l.startsWith('data: ')).at(-1)!.slice(6)) as Json)
      : (JSON.parse(text) as Json);
    const replica = cluster.proxy.hits.findIndex((hits, i) => hits !== before[i]);
    return { status: response.status, body, result: body.result as Json | undefined, error: body.error as Json | undefined, replica };
  }

  const save = (name: string) => rpc('tools/call', { name: 'save_snippet', arguments: { snippetname: name, snippet: `the ${name} snippet` } });
  const exists = async (name: string) => (await rpc('tools/call', { name: 'get_snippet', arguments: { snippetname: name } })).result?.isError !== true;

  it('asks before deleting a snippet, and another replica carries out the confirmed deletion', async () => {
    await save('doomed');
    const asked = await rpc('tools/call', { name: 'delete_snippet', arguments: { snippetname: 'doomed' } });
    expect(asked.result).toMatchObject({ resultType: 'input_required', inputRequests: { confirm: { method: 'elicitation/create' } } });
    expect(asked.result!.requestState).toEqual(expect.any(String));
    expect(await exists('doomed')).toBe(true); // nothing happened yet

    const confirmed = await rpc('tools/call', {
      name: 'delete_snippet',
      arguments: { snippetname: 'doomed' },
      inputResponses: { confirm: { action: 'accept', content: { confirm: true } } },
      requestState: asked.result!.requestState,
    });
    expect(confirmed.replica).not.toBe(asked.replica);
    expect(confirmed.result).toMatchObject({ resultType: 'complete', structuredContent: { name: 'doomed', deleted: true } });
    expect(await exists('doomed')).toBe(false);
  });

  it('does nothing when the user declines, and refuses a tampered or transplanted confirmation', async () => {
    await save('kept');
    await save('other');
    const asked = await rpc('tools/call', { name: 'delete_snippet', arguments: { snippetname: 'kept' } });
    const state = asked.result!.requestState as string;

    const declined = await rpc('tools/call', { name: 'delete_snippet', arguments: { snippetname: 'kept' }, inputResponses: { confirm: { action: 'decline' } }, requestState: state });
    expect(declined.result).toMatchObject({ isError: true, content: [{ type: 'text', text: expect.stringContaining('not confirmed') }] });

    const [head, body, mac] = state.split('.');
    const tampered = await rpc('tools/call', {
      name: 'delete_snippet',
      arguments: { snippetname: 'kept' },
      inputResponses: { confirm: { action: 'accept', content: { confirm: true } } },
      requestState: [head, body!.slice(0, -2) + (body!.endsWith('A') ? 'BB' : 'AA'), mac].join('.'),
    });
    expect(tampered.error).toMatchObject({ code: -32602, message: 'Invalid or expired requestState' });

    // A confirmation of 'kept' does not delete 'other': the state names the exact arguments.
    const transplanted = await rpc('tools/call', { name: 'delete_snippet', arguments: { snippetname: 'other' }, inputResponses: { confirm: { action: 'accept', content: { confirm: true } } }, requestState: state });
    expect(transplanted.result).toMatchObject({ resultType: 'input_required' });
    expect(await exists('kept')).toBe(true);
    expect(await exists('other')).toBe(true);
  });

  it('acts at once for clients that cannot answer: no elicitation capability, or a 2025-era session', async () => {
    await save('no-elicitation');
    const direct = await rpc('tools/call', { name: 'delete_snippet', arguments: { snippetname: 'no-elicitation' } }, {});
    expect(direct.result).toMatchObject({ resultType: 'complete', structuredContent: { deleted: true } });

    await save('legacy');
    const client = new Client({ name: 'legacy-agent', version: '1' }, { capabilities: { elicitation: {} } });
    await client.connect(new StreamableHTTPClientTransport(new URL(cluster.proxy.url)));
    try {
      const result = await client.callTool({ name: 'delete_snippet', arguments: { snippetname: 'legacy' } });
      expect(result.structuredContent).toMatchObject({ deleted: true });
    } finally {
      await client.close();
    }
  });

  it('reports progress on a long call when the client sent a progressToken, and only then', async () => {
    const frames = async (meta: Json) => {
      const response = await fetch(cluster.proxy.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': REVISION, 'mcp-method': 'tools/call', 'mcp-name': 'lightning_build_dataset' },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: ++id,
          method: 'tools/call',
          params: {
            name: 'lightning_build_dataset',
            arguments: { dry_run: true },
            _meta: { ...meta, 'io.modelcontextprotocol/protocolVersion': REVISION, 'io.modelcontextprotocol/clientCapabilities': {} },
          },
        }),
      });
      const text = await response.text();
      return (response.headers.get('content-type') ?? '').includes('text/event-stream')
        ? text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as Json)
        : [JSON.parse(text) as Json];
    };
    const withToken = await frames({ progressToken: 'build-1' });
    const progress = withToken.filter((f) => f.method === 'notifications/progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ params: { progressToken: 'build-1', progress: 1, message: expect.stringContaining('label:') } });
    expect(progress.map((f) => (f.params as Json).message)).toContainEqual(expect.stringContaining('build-dataset:'));
    expect(withToken.at(-1)).toMatchObject({ result: { resultType: 'complete' } });
    const without = await frames({});
    expect(without.filter((f) => f.method === 'notifications/progress')).toEqual([]);
  });

  it('lets any cache keep the tool list and the discovery result for a minute', async () => {
    const listed = await rpc('tools/list', {});
    expect(listed.result).toMatchObject({ resultType: 'complete', ttlMs: 60_000, cacheScope: 'public' });
    const discovered = await rpc('server/discover', {});
    expect(discovered.result).toMatchObject({ ttlMs: 60_000, cacheScope: 'public', capabilities: { extensions: { [TASKS]: {} } } });
  });

  it('runs a dataset build as a task that every replica reports on', async () => {
    const created = await rpc('tools/call', { name: 'lightning_build_dataset', arguments: { dry_run: true } });
    expect(created.result).toMatchObject({ resultType: 'task', status: 'working' });
    const taskId = created.result!.taskId as string;

    const pollers = new Set<number>();
    let task: Json | undefined;
    for (let i = 0; i < 100; i++) {
      const polled = await rpc('tasks/get', { taskId });
      pollers.add(polled.replica);
      task = polled.result;
      if (task && ['completed', 'failed', 'cancelled'].includes(task.status as string) && pollers.size === 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pollers.size).toBe(3);
    expect(task).toMatchObject({ taskId, status: 'completed', result: { content: [{ type: 'text' }] } });

    // Without the extension the same call is answered synchronously, as before tasks existed.
    const sync = await rpc('tools/call', { name: 'lightning_build_dataset', arguments: { dry_run: true } }, {});
    expect(sync.result).toMatchObject({ resultType: 'complete', content: [{ type: 'text' }] });
    expect(sync.result).not.toHaveProperty('taskId');
  });
});
