import { z } from 'zod';
import { invalidInput } from '@mcp-aks/core';

/** A task instruction: what next_best_action retrieves. The shape `ingest` accepts as JSON. */
export const taskInstructionSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_\-=]+$/, 'id may hold letters, digits, _, - and = only'),
  title: z.string().min(1).max(500),
  category: z.string().max(200).default('general'),
  intent: z.string().max(2000).default(''),
  keywords: z.array(z.string().max(200)).max(100).default([]),
  description: z.string().max(10_000).default(''),
  content: z.string().max(200_000).default(''),
  steps: z.array(z.string().max(2000)).max(100).default([]),
});

export type TaskInstruction = z.output<typeof taskInstructionSchema>;

/** Validates a batch for upsert (every index adapter does the same), naming the first bad instruction. */
export function validateInstructions(instructions: TaskInstruction[]): TaskInstruction[] {
  return instructions.map((instruction, i) => {
    const result = taskInstructionSchema.safeParse(instruction);
    if (!result.success) throw invalidInput(`instruction ${i} is invalid: ${result.error.issues[0]?.message ?? 'bad shape'}`);
    return result.data;
  });
}

export interface SearchHit {
  instruction: TaskInstruction;
  /** Relevance as the backend reports it; comparable only within one result list. */
  score: number;
}

export interface SearchIndex {
  /** Adds or replaces instructions by id. */
  upsert(instructions: TaskInstruction[]): Promise<{ upserted: number }>;
  search(query: string, options?: { top?: number; category?: string }): Promise<SearchHit[]>;
  get(id: string): Promise<TaskInstruction | undefined>;
  count(): Promise<number>;
  /**
   * Throws when the index cannot be reached. Resolves with a note when it is reachable but has nothing to
   * search (empty, or not created yet): the server is ready, its searches just find nothing.
   */
  ping(): Promise<ReadinessNote | void>;
}

/** What a readiness probe may add to a success. */
export interface ReadinessNote {
  detail: string;
}
