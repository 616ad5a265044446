import type { CommandContext } from '../context';
import type { PromotionGate } from '../deployments/promote';
import type { GateSettings } from './gate-decision';
import { evaluate, type EvaluateDeps } from './run';
import type { Evaluation } from './schemas';
import { currentEvalSet, listEvaluations } from './store';

export interface GateDeps {
  evaluation: () => Promise<EvaluateDeps>;
  /** The name the serving model is called by now. */
  activeModel: () => Promise<string>;
  settings: GateSettings;
}

/** A recorded evaluation that answers the gate's question as asked now, so a workflow's evaluate step is not paid twice. */
export async function reusableEvaluation(ctx: CommandContext, candidate: string, active: string, settings: GateSettings): Promise<Evaluation | undefined> {
  const evalSet = await currentEvalSet(ctx);
  if (!evalSet) return undefined;
  return (await listEvaluations(ctx, 20)).find(
    (e) =>
      e.candidate.model === candidate &&
      e.active.model === active &&
      e.evalSetVersion === evalSet.version &&
      e.examples.length === evalSet.items.length &&
      e.gate.margin === settings.margin &&
      e.gate.confidence === settings.confidence,
  );
}

/** The gate promote asks: the candidate against the active model on the current evaluation set. */
export function promotionGate(ctx: CommandContext, deps: GateDeps): PromotionGate {
  return async ({ callName, runId }) => {
    if (!(await currentEvalSet(ctx))) return { passed: false, reason: `no evaluation set for agent ${ctx.agentId} to compare on (add prompts with lightning eval-set add)` };
    const active = await deps.activeModel();
    if (active === callName) return { passed: false, reason: `${callName} is already the serving model` };
    const recorded = await reusableEvaluation(ctx, callName, active, deps.settings);
    const evaluation =
      recorded && recorded.examples.length >= deps.settings.minExamples
        ? recorded
        : await evaluate(ctx, await deps.evaluation(), { candidate: callName, active, ...deps.settings, ...(runId ? { trainingRunId: runId } : {}) });
    if (recorded === evaluation) ctx.progress?.(`promote: using evaluation ${evaluation.id}`);
    return { passed: evaluation.gate.passed, reason: evaluation.gate.reason, evaluationId: evaluation.id };
  };
}
