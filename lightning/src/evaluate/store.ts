import type { CommandContext } from '../context';
import type { StoredRecord } from '../store';
import { evalSetSchema, evaluationSchema, type EvalSet, type Evaluation } from './schemas';

/** The evaluation set's versions and the evaluations, in the `evaluations` collection. */

/** At most this many versions: the set is at most 2,000 prompts, added a batch at a time. */
const MAX_VERSIONS = 1000;

/**
 * The versions of the evaluation set, newest first. Each stored record holds what one `eval-set add`
 * added; version N is everything added by the first N records in write order (createdAt, then id).
 */
export async function listEvalSets(ctx: CommandContext, limit: number): Promise<EvalSet[]> {
  const rows = await ctx.store.records.latest('evaluations', ctx.agentId, { limit: MAX_VERSIONS, orderBy: 'createdAt', where: { type: 'eval_set' } });
  const records = rows.map((r) => evalSetSchema.parse(r)).sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt)));
  const seen = new Set<string>();
  let items: EvalSet['items'] = [];
  const versions: EvalSet[] = [];
  records.forEach((record, i) => {
    const fresh = record.items.filter((item) => !seen.has(item.promptHash) && seen.add(item.promptHash));
    items = [...items, ...fresh];
    versions.push({ ...record, version: i + 1, added: { ...record.added, promptHashes: fresh.map((f) => f.promptHash) }, items });
  });
  return versions.reverse().slice(0, limit);
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
