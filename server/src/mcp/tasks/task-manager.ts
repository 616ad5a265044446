import { createHash, randomUUID } from 'node:crypto';
import { ProtocolError, ProtocolErrorCode, type CallToolResult } from '@modelcontextprotocol/server';
import type { Logger } from '@mcp-aks/core';
import { ANSWER_KEY, isTerminal, type TaskRecord, type TaskStore } from './task-store';

/** What a task's work gets: cancellation, a way to ask the client for input, a status line. */
export interface TaskWork {
  taskId: string;
  /** True when the work runs after the call was answered (a task), false when the call waits for it. */
  background: boolean;
  signal: AbortSignal;
  /** Parks the task in input_required until every request is answered (tasks/update, any replica). */
  input(requests: Record<string, Record<string, unknown>>): Promise<Record<string, unknown>>;
  status(message: string): Promise<void>;
}

export interface TaskManagerOptions {
  store: TaskStore;
  logger: Logger;
  ttlMs: number;
  /** How often the running process looks for a cancellation or answers, and what clients are told to poll at. */
  pollIntervalMs: number;
  /** How often the running process proves it is alive; a task silent for three of these has lost its process. */
  heartbeatMs?: number;
}

/** The wire shape of a task (SEP-2663 `Task`): what CreateTaskResult and tasks/get carry. */
export type TaskView = Omit<TaskRecord, 'owner' | 'tool' | 'round' | 'heartbeatAt'>;

export class TaskCancelledError extends Error {
  constructor() {
    super('The task was cancelled');
  }
}

/** The principal a task belongs to, hashed: the store never holds a raw subject. */
export const ownerOf = (principal: string) => createHash('sha256').update(principal).digest('base64url').slice(0, 22);

/**
 * Runs long operations as MCP tasks: the state lives in the shared store, the work runs in the process
 * that accepted the call, and every replica answers for it. A task whose process stops heartbeating
 * (the pod died) reads as failed.
 */
export class TaskManager {
  private readonly running = new Map<string, AbortController>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: TaskManagerOptions) {}

  /** Creates the task durably, starts the work, and returns the task as the client first sees it. */
  async start(tool: string, principal: string, work: (task: TaskWork) => Promise<CallToolResult>): Promise<TaskView> {
    const now = new Date().toISOString();
    const record: TaskRecord = {
      taskId: `task-${randomUUID()}`,
      owner: ownerOf(principal),
      tool,
      round: 0,
      status: 'working',
      createdAt: now,
      lastUpdatedAt: now,
      ttlMs: this.options.ttlMs,
      pollIntervalMs: this.options.pollIntervalMs,
    };
    await this.options.store.put(record);
    const controller = new AbortController();
    this.running.set(record.taskId, controller);
    void this.run(record, controller, work);
    return view(record);
  }

  /** tasks/get: the task, with only the input requests still unanswered. Unknown or foreign: -32602. */
  async get(taskId: string, principal: string): Promise<TaskView> {
    const record = await this.find(taskId, principal);
    if (!isTerminal(record.status) && this.lost(record)) {
      return view({ ...record, status: 'failed', inputRequests: undefined, error: { code: ProtocolErrorCode.InternalError, message: 'The server process running this task stopped before it finished' } });
    }
    if (!isTerminal(record.status) && (await this.options.store.cancelRequested(taskId))) {
      return view({ ...record, status: 'cancelled', inputRequests: undefined, statusMessage: 'Cancelled by the client' });
    }
    if (record.status === 'input_required' && record.inputRequests) {
      const answered = new Set(await this.options.store.answeredKeys(taskId, record.round));
      const pending = Object.fromEntries(Object.entries(record.inputRequests).filter(([key]) => !answered.has(key)));
      return view({ ...record, inputRequests: pending });
    }
    return view(record);
  }

  /** tasks/update: files the answers to pending input requests; other keys are ignored. */
  async update(taskId: string, principal: string, responses: Record<string, unknown>): Promise<void> {
    const record = await this.find(taskId, principal);
    if (record.status !== 'input_required' || !record.inputRequests) return;
    const pending = record.inputRequests;
    await Promise.all(
      Object.entries(responses)
        .filter(([key, response]) => ANSWER_KEY.test(key) && key in pending && response !== null && typeof response === 'object')
        .map(([key, response]) => this.options.store.answer(taskId, record.round, key, response)),
    );
  }

  /** tasks/cancel: idempotent; the running process notices within one poll interval. */
  async cancel(taskId: string, principal: string): Promise<void> {
    const record = await this.find(taskId, principal);
    if (isTerminal(record.status)) return;
    await this.options.store.requestCancel(taskId);
    this.running.get(taskId)?.abort(new TaskCancelledError());
  }

  /** Stops the work this process runs (shutdown): those tasks end cancelled. */
  close(): void {
    for (const controller of this.running.values()) controller.abort(new TaskCancelledError());
    for (const timer of this.timers) clearTimeout(timer);
  }

  private get heartbeatMs(): number {
    return this.options.heartbeatMs ?? 10_000;
  }

  /** Unfinished, but its process has not been heard from for three heartbeats (and it is not ours). */
  private lost(record: TaskRecord): boolean {
    if (this.running.has(record.taskId)) return false;
    const heard = Math.max(Date.parse(record.lastUpdatedAt), record.heartbeatAt ? Date.parse(record.heartbeatAt) : 0);
    return Date.now() - heard > 3 * this.heartbeatMs;
  }

  private async find(taskId: string, principal: string): Promise<TaskRecord> {
    const record = await this.options.store.get(taskId);
    const expired = record && Date.parse(record.lastUpdatedAt) + record.ttlMs < Date.now();
    if (!record || expired || record.owner !== ownerOf(principal)) {
      if (record && expired) void this.options.store.remove(taskId).catch(() => undefined);
      throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown task: ${taskId}`);
    }
    return record;
  }

  private async run(initial: TaskRecord, controller: AbortController, work: (task: TaskWork) => Promise<CallToolResult>): Promise<void> {
    const { store, logger, pollIntervalMs } = this.options;
    let record = initial;
    // Writes go out one after the other in the order made: status lines are not awaited by the work,
    // and a late status write must never land over the final state.
    let writes: Promise<void> = Promise.resolve();
    const save = (changes: Partial<TaskRecord>) => {
      record = { ...record, ...changes, lastUpdatedAt: new Date().toISOString() };
      const snapshot = record;
      writes = writes.catch(() => undefined).then(() => store.put(snapshot));
      return writes;
    };
    // Another replica may receive the cancellation: look for it while the work runs.
    let beat = Date.now();
    const watch = async () => {
      if (controller.signal.aborted) return;
      if (await store.cancelRequested(record.taskId).catch(() => false)) return controller.abort(new TaskCancelledError());
      if (Date.now() - beat >= this.heartbeatMs) {
        beat = Date.now();
        record = { ...record, heartbeatAt: new Date(beat).toISOString() };
        const snapshot = record;
        writes = writes.catch(() => undefined).then(() => store.put(snapshot));
      }
      schedule();
    };
    const schedule = () => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void watch();
      }, pollIntervalMs);
      timer.unref();
      this.timers.add(timer);
    };
    schedule();

    const task: TaskWork = {
      taskId: record.taskId,
      background: true,
      signal: controller.signal,
      status: (message) => save({ statusMessage: message }),
      input: async (requests) => {
        const round = record.round + 1;
        await save({ status: 'input_required', inputRequests: requests, round });
        const keys = Object.keys(requests);
        for (;;) {
          controller.signal.throwIfAborted();
          const answered = new Set(await store.answeredKeys(record.taskId, round));
          if (keys.every((k) => answered.has(k))) break;
          await sleep(pollIntervalMs, controller.signal);
        }
        const answers = await store.answers(record.taskId, round, keys);
        await save({ status: 'working', inputRequests: undefined });
        return answers;
      },
    };

    try {
      const result = await work(task);
      controller.signal.throwIfAborted();
      if (await store.cancelRequested(record.taskId)) throw new TaskCancelledError();
      await save({ status: 'completed', result: result as Record<string, unknown>, inputRequests: undefined });
    } catch (error) {
      const cancelled = controller.signal.aborted || error instanceof TaskCancelledError;
      if (cancelled) await save({ status: 'cancelled', inputRequests: undefined, statusMessage: 'Cancelled by the client' }).catch(() => undefined);
      else {
        const code = error instanceof ProtocolError ? error.code : ProtocolErrorCode.InternalError;
        logger.error({ err: error, taskId: record.taskId, tool: record.tool }, 'task failed');
        await save({ status: 'failed', inputRequests: undefined, error: { code, message: error instanceof Error ? error.message : String(error) } }).catch((err: unknown) =>
          logger.error({ err, taskId: record.taskId }, 'could not record a failed task'),
        );
      }
    } finally {
      this.running.delete(record.taskId);
      controller.abort(new TaskCancelledError()); // stops the watcher
    }
  }
}

function view(record: TaskRecord): TaskView {
  const { owner: _owner, tool: _tool, round: _round, heartbeatAt: _heartbeat, ...rest } = record;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as TaskView;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new TaskCancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
