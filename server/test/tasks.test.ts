import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@mcp-aks/core';
import { FolderBlobStore } from '../src/adapters';
import { ownerOf, TaskManager, TaskStore, type TaskView } from '../src/mcp/tasks';

/** Two managers over one shared folder: two replicas of the server. */
describe('MCP tasks in the shared store', () => {
  let dir: string;
  let a: TaskManager;
  let b: TaskManager;
  const logger = createLogger({ name: 'tasks-test', level: 'silent' });
  const manager = () => new TaskManager({ store: new TaskStore(new FolderBlobStore(join(dir, 'tasks'))), logger, ttlMs: 60_000, pollIntervalMs: 20 });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mcp-tasks-'));
  });
  afterEach(() => {
    a?.close();
    b?.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function settle(m: TaskManager, taskId: string, principal = 'alice', status?: string): Promise<TaskView> {
    for (let i = 0; i < 200; i++) {
      const task = await m.get(taskId, principal);
      if (status ? task.status === status : ['completed', 'failed', 'cancelled'].includes(task.status)) return task;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`task ${taskId} did not settle`);
  }

  it('answers tasks/get on another replica, with the result inlined once complete', async () => {
    a = manager();
    b = manager();
    const created = await a.start('tool', 'alice', async () => ({ content: [{ type: 'text', text: 'done' }] }));
    expect(created).toMatchObject({ status: 'working', ttlMs: 60_000, pollIntervalMs: 20 });
    expect(created).not.toHaveProperty('owner');
    const done = await settle(b, created.taskId);
    expect(done).toMatchObject({ status: 'completed', result: { content: [{ type: 'text', text: 'done' }] } });
  });

  it('hides a task from every other principal and refuses unknown ids with -32602', async () => {
    a = manager();
    const created = await a.start('tool', 'alice', async () => ({ content: [] }));
    await expect(a.get(created.taskId, 'mallory')).rejects.toMatchObject({ code: -32602 });
    await expect(a.cancel(created.taskId, 'mallory')).rejects.toMatchObject({ code: -32602 });
    await expect(a.get('task-00000000-0000-0000-0000-000000000000', 'alice')).rejects.toMatchObject({ code: -32602 });
    await expect(a.get('../../etc/passwd', 'alice')).rejects.toMatchObject({ code: -32602 });
  });

  it('resumes a task parked for input when another replica files the answers, one key at a time', async () => {
    a = manager();
    b = manager();
    const created = await a.start('tool', 'alice', async (task) => {
      const answers = await task.input({ first: { method: 'elicitation/create', params: {} }, second: { method: 'elicitation/create', params: {} } });
      return { content: [{ type: 'text', text: JSON.stringify(answers) }] };
    });
    const parked = await settle(b, created.taskId, 'alice', 'input_required');
    expect(Object.keys(parked.inputRequests ?? {})).toEqual(['first', 'second']);
    await b.update(created.taskId, 'alice', { first: { action: 'accept', content: { n: 1 } }, stray: { action: 'accept' } });
    const partly = await b.get(created.taskId, 'alice');
    expect(partly.status).toBe('input_required');
    expect(Object.keys(partly.inputRequests ?? {})).toEqual(['second']);
    await b.update(created.taskId, 'alice', { second: { action: 'decline' } });
    const done = await settle(b, created.taskId);
    expect(done.status).toBe('completed');
    expect(JSON.parse((done.result as { content: { text: string }[] }).content[0]!.text)).toEqual({ first: { action: 'accept', content: { n: 1 } }, second: { action: 'decline' } });
  });

  it('keeps a long task alive with heartbeats, and reports one whose process died as failed', async () => {
    const store = new TaskStore(new FolderBlobStore(join(dir, 'tasks')));
    const beating = new TaskManager({ store, logger, ttlMs: 60_000, pollIntervalMs: 10, heartbeatMs: 30 });
    const observer = new TaskManager({ store, logger, ttlMs: 60_000, pollIntervalMs: 10, heartbeatMs: 30 });
    try {
      const alive = await beating.start('tool', 'alice', (task) => new Promise((_, reject) => task.signal.addEventListener('abort', () => reject(task.signal.reason))));
      await new Promise((r) => setTimeout(r, 250)); // well past three heartbeats
      expect((await observer.get(alive.taskId, 'alice')).status).toBe('working');

      const old = new Date(Date.now() - 1_000).toISOString();
      await store.put({ taskId: 'task-00000000-0000-4000-8000-000000000001', owner: ownerOf('alice'), tool: 'tool', round: 0, status: 'working', createdAt: old, lastUpdatedAt: old, ttlMs: 60_000, pollIntervalMs: 10 });
      expect(await observer.get('task-00000000-0000-4000-8000-000000000001', 'alice')).toMatchObject({ status: 'failed', error: { code: -32603 } });
    } finally {
      beating.close();
      observer.close();
    }
  });

  it('cancels work running on another replica, and records a crash as failed', async () => {
    a = manager();
    b = manager();
    let aborted = false;
    const created = await a.start('tool', 'alice', (task) => new Promise((_, reject) => task.signal.addEventListener('abort', () => ((aborted = true), reject(task.signal.reason)))));
    await b.cancel(created.taskId, 'alice');
    expect((await b.get(created.taskId, 'alice')).status).toBe('cancelled');
    for (let i = 0; i < 200 && !aborted; i++) await new Promise((r) => setTimeout(r, 10));
    expect(aborted).toBe(true); // the running replica noticed the cancellation filed on the other one
    await b.cancel(created.taskId, 'alice'); // idempotent on a terminal task

    const crashed = await a.start('tool', 'alice', async () => {
      throw new Error('boom');
    });
    expect(await settle(b, crashed.taskId)).toMatchObject({ status: 'failed', error: { code: -32603, message: 'boom' } });
  });
});

describe('when a destructive tool asks first', () => {
  it('asks 2026-07-28 clients that can answer, and 2025-era ones only when the answer reaches this process', async () => {
    const { confirmationRoute, argumentsDigest } = await import('../src/mcp/confirmation');
    expect(confirmationRoute({ modernEra: true, clientCanElicit: true, answerReachesThisProcess: false })).toBe('input_required');
    expect(confirmationRoute({ modernEra: true, clientCanElicit: false, answerReachesThisProcess: true })).toBe('act');
    expect(confirmationRoute({ modernEra: false, clientCanElicit: true, answerReachesThisProcess: true })).toBe('elicit');
    expect(confirmationRoute({ modernEra: false, clientCanElicit: true, answerReachesThisProcess: false })).toBe('act');
    expect(confirmationRoute({ modernEra: false, clientCanElicit: false, answerReachesThisProcess: true })).toBe('act');
    expect(argumentsDigest({ a: 1, b: { d: 2, c: 3 } })).toBe(argumentsDigest({ b: { c: 3, d: 2 }, a: 1 }));
    expect(argumentsDigest({ snippetname: 'a' })).not.toBe(argumentsDigest({ snippetname: 'b' }));
  });
});
