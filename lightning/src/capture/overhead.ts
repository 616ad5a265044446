import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type ToolCallRecord } from '@mcp-aks/core';
import { EmbeddedStore, LightningStore } from '../store';
import { EpisodeCapture } from './capture';

export interface CaptureOverhead {
  calls: number;
  /** Time observe() adds to a tool call, in microseconds. */
  observeP50Us: number;
  observeP99Us: number;
  /** Episodes written to the embedded store per second by the background flush. */
  storedPerSecond: number;
}

/** A typical ask_foundry call as the server reports it. */
export function sampleToolCall(i: number): ToolCallRecord {
  const at = new Date().toISOString();
  const question = `How do I scale deployment web-${i} in namespace team-${i % 17} without downtime?`;
  return {
    requestId: `bench-${i}`,
    tool: 'ask_foundry',
    input: { question },
    result: { content: [{ type: 'text', text: `Use a rolling update and an HPA for web-${i}.` }], structuredContent: { answer: `Use a rolling update and an HPA for web-${i}.`, model: 'chat' } },
    isError: false,
    caller: { scopes: [], sessionHash: `s${i % 50}` },
    startedAt: at,
    endedAt: at,
    latencyMs: 800,
    modelCalls: [
      {
        provider: 'azure-openai',
        model: 'gpt-4.1-mini',
        deployment: 'chat',
        tuned: false,
        request: { messages: [{ role: 'system', content: 'You are a concise assistant for platform teams.' }, { role: 'user', content: question }], maxTokens: 1024, temperature: 0.2 },
        response: { content: `Use a rolling update and an HPA for web-${i}.`, finishReason: 'stop' },
        usage: { promptTokens: 40, completionTokens: 14, totalTokens: 54 },
        latencyMs: 780,
      },
    ],
  };
}

/**
 * What capture costs a tool call: observe() timed call by call (the only part on the call's path),
 * then the background write rate to the embedded store. For the server's benchmark, the end-to-end
 * measure is tool-call p50 with ENABLE_LIGHTNING_CAPTURE (and LIGHTNING_CAPTURE_ALL_TOOLS, to include
 * a cheap tool like hello_mcp) on against off.
 */
export async function measureCaptureOverhead(calls = 20_000): Promise<CaptureOverhead> {
  const dir = await mkdtemp(join(tmpdir(), 'lightning-capture-bench-'));
  const store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
  const capture = new EpisodeCapture({ store, agentId: 'bench', spoolDir: join(dir, 'spool'), logger: silentLogger, maxQueue: calls + 1, flushIntervalMs: 50 });
  try {
    const records = Array.from({ length: calls }, (_, i) => sampleToolCall(i));
    const times = new Float64Array(calls);
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      capture.observe(records[i]!);
      times[i] = (performance.now() - t0) * 1000;
    }
    await capture.flush();
    const seconds = (performance.now() - started) / 1000;
    times.sort();
    return { calls, observeP50Us: round(times[Math.floor(calls * 0.5)]!), observeP99Us: round(times[Math.floor(calls * 0.99)]!), storedPerSecond: Math.round(capture.stats().stored / seconds) };
  } finally {
    await capture.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
