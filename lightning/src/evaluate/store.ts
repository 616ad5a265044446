import type { CommandContext } from '../context';
import type { StoredRecord } from '../store';
import { evalSetSchema, evaluationSchema, type EvalSet, type Evaluation } from './schemas';

/** The evaluation set's versions and the evaluations, in the `evaluations` collection. */

export async function listEvalSets(ctx: CommandContext, limit: number): Promise<EvalSet[]> {
  const rows = await ctx.store.records.latest('evaluations', ctx.agentId, { limit, orderBy: 'createdAt', where: { type: 'eval_set' } });
  return rows.map((r) => evalSetSchema.parse(r)).sort((a, b) => b.version - a.version);
}

/** The newest version of the agent's evaluation set, or undefined when there is none. */
export async function currentEvalSet(ctx: CommandContext): Promise<EvalSet | undefined> {
  return (await listEvalSets(ctx, 5))[0];
}

/** Every prompt hash the training files must leave out. */
export async function heldOutPromptHashes(ctx: CommandContext): Promise<Set<string>> {
  const current = await currentEvalSet(ctx);
  return new Set(current?.items.map((i) => i.promptHash) ?? []);
}

export async function putEvaluation(ctx: CommandContext, evaluation: Evaluation): Promise<void> {
  await ctx.store.records.upsert('evaluations', [evaluation as unknown as StoredRecord]);
}

export async function listEvaluations(ctx: CommandContext, limit: number): Promise<Evaluation[]> {
  const rows = await ctx.store.records.latest('evaluations', ctx.agentId, { limit, orderBy: 'createdAt', where: { type: 'evaluation' } });
  return rows.map((r) => evaluationSchema.parse(r));
}

export async function getEvaluation(ctx: CommandContext, id: string): Promise<Evaluation | undefined> {
  const row = await ctx.store.records.get('evaluations', ctx.agentId, id);
  return row && row.type === 'evaluation' ? evaluationSchema.parse(row) : undefined;
}
