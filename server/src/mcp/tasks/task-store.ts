import { z } from 'zod';
import type { BlobStore } from '../../ports';

/**
 * MCP task state in the shared document store (a DATA_DIR folder locally, Blob Storage in Azure), so
 * any replica answers tasks/get, tasks/update and tasks/cancel for a task another one runs.
 *
 * One writer per document, so no update is ever lost without conditional writes:
 * - `<id>`: the task itself, written only by the process running it;
 * - `<id>.cancel`: written by tasks/cancel (any replica);
 * - `<id>.answer.<round>.<key>`: one per answered input request, written by tasks/update (any
 *   replica) and never rewritten: each time the task asks for input is a new round.
 */

export const TASK_STATUSES = ['working', 'input_required', 'completed', 'failed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const isTerminal = (status: TaskStatus) => status === 'completed' || status === 'failed' || status === 'cancelled';

export const taskRecordSchema = z.object({
  taskId: z.string(),
  /** Who created it (a hash of the principal): nobody else can see or steer it. */
  owner: z.string(),
  tool: z.string(),
  /** How many times the task has asked for input: answers are filed per round. */
  round: z.number().int().min(0).default(0),
  status: z.enum(TASK_STATUSES),
  statusMessage: z.string().optional(),
  createdAt: z.string(),
  lastUpdatedAt: z.string(),
  /** Refreshed by the running process while the work is unfinished: how other replicas know it is alive. */
  heartbeatAt: z.string().optional(),
  ttlMs: z.number().int().positive(),
  pollIntervalMs: z.number().int().positive(),
  inputRequests: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  result: z.record(z.string(), z.unknown()).optional(),
  error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).optional(),
});
export type TaskRecord = z.output<typeof taskRecordSchema>;

/** Input-request keys come back from clients: only plain tokens name a document. */
export const ANSWER_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export class TaskStore {
  constructor(private readonly documents: BlobStore) {}

  async put(record: TaskRecord): Promise<void> {
    await this.documents.put(record.taskId, JSON.stringify(record));
  }

  async get(taskId: string): Promise<TaskRecord | undefined> {
    if (!ANSWER_KEY.test(taskId.replace(/^task-/, ''))) return undefined;
    const document = await this.documents.get(taskId);
    if (!document) return undefined;
    const parsed = taskRecordSchema.safeParse(JSON.parse(document.content));
    return parsed.success ? parsed.data : undefined;
  }

  async requestCancel(taskId: string): Promise<void> {
    await this.documents.put(`${taskId}.cancel`, new Date().toISOString());
  }

  async cancelRequested(taskId: string): Promise<boolean> {
    return (await this.documents.get(`${taskId}.cancel`)) !== undefined;
  }

  async answer(taskId: string, round: number, key: string, response: unknown): Promise<void> {
    await this.documents.put(`${taskId}.answer.${round}.${key}`, JSON.stringify(response));
  }

  /** The keys answered so far in a round. */
  async answeredKeys(taskId: string, round: number): Promise<string[]> {
    const prefix = `${taskId}.answer.${round}.`;
    return (await this.documents.list({ prefix, limit: 1000 })).map((d) => d.name.slice(prefix.length));
  }

  /** The answers of a round to the given keys. */
  async answers(taskId: string, round: number, keys: string[]): Promise<Record<string, unknown>> {
    const answers: Record<string, unknown> = {};
    for (const key of keys) {
      const document = await this.documents.get(`${taskId}.answer.${round}.${key}`);
      if (document) answers[key] = JSON.parse(document.content) as unknown;
    }
    return answers;
  }

  /** Removes a task and everything filed with it. */
  async remove(taskId: string): Promise<void> {
    const related = await this.documents.list({ prefix: `${taskId}.`, limit: 1000 });
    await Promise.all([taskId, ...related.map((d) => d.name)].map((name) => this.documents.delete(name)));
  }
}
