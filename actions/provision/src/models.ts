import { z } from 'zod';
import type { ArmTemplate } from './template';

/**
 * The model deployments a template asks for, checked against what the region offers before anything is
 * deployed: a retired or unoffered model otherwise fails deep inside the ARM deployment, minutes in.
 *
 * The offer is the Cognitive Services models list of the location (Models - List,
 * https://learn.microsoft.com/rest/api/aiservices/accountmanagement/models/list). `lifecycleStatus` values
 * are the service's (ModelLifecycleStatus): Deprecating lets only customers with existing deployments
 * deploy, Deprecated means retired; `deprecation.inference` / `deprecation.fineTune` and a SKU's
 * `deprecationDate` are the retirement dates.
 */

/** One model as the list gives it (only what the check reads). */
export interface OfferedModel {
  format?: string;
  name?: string;
  version?: string;
  lifecycleStatus?: string;
  capabilities?: Record<string, string>;
  deprecation?: { inference?: string; fineTune?: string };
  skus?: { name?: string; deprecationDate?: Date | string }[];
}

export const modelDeploymentSchema = z.object({
  deploymentName: z.string().min(1),
  modelName: z.string().min(1),
  modelVersion: z.string().min(1),
  sku: z.string().min(1),
  capacity: z.number().int().positive(),
});
export type ModelDeployment = z.infer<typeof modelDeploymentSchema>;

/** The template parameters that are model deployments, with their values (given, or the default). */
export const MODEL_PARAMETERS = ['chatModel', 'embeddingModel'] as const;
export type ModelRole = (typeof MODEL_PARAMETERS)[number];

export function wantedModels(template: ArmTemplate, parameters: Record<string, { value: unknown }>): { role: ModelRole; deployment: ModelDeployment }[] {
  const wanted: { role: ModelRole; deployment: ModelDeployment }[] = [];
  for (const role of MODEL_PARAMETERS) {
    if (!template.parameters?.[role]) continue;
    const raw = parameters[role]?.value ?? template.parameters[role]?.defaultValue;
    const parsed = modelDeploymentSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`parameter '${role}' is not a model deployment: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    wanted.push({ role, deployment: parsed.data });
  }
  return wanted;
}

const RETIRED = new Set(['deprecated']);
const CLOSED_TO_NEW = new Set(['deprecating']);

function date(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);

/** One line per offered model: name, version, lifecycle, retirement and SKUs. */
export function describeOffer(model: OfferedModel): string {
  const retires = day(date(model.deprecation?.inference));
  const skus = (model.skus ?? []).map((s) => s.name).filter(Boolean);
  return `${model.name} ${model.version} (${model.lifecycleStatus ?? 'lifecycle unknown'}${retires ? `, retires ${retires}` : ''}${skus.length ? `; ${skus.join(', ')}` : ''})`;
}

function isChat(model: OfferedModel): boolean {
  return model.capabilities?.chatCompletion === 'true';
}

function usable(model: OfferedModel, now: Date): boolean {
  const status = (model.lifecycleStatus ?? '').toLowerCase();
  const retires = date(model.deprecation?.inference);
  return !RETIRED.has(status) && !CLOSED_TO_NEW.has(status) && !(retires && retires <= now);
}

export interface ModelCheck {
  /** Why the deployment would fail; empty when it can go ahead. */
  problems: string[];
  /** Worth saying, not worth stopping for. */
  warnings: string[];
}

/**
 * Decides whether each wanted deployment can be made in the region: offered there (format OpenAI, name,
 * version), not retired or closed to new deployments, not past its retirement date, and offered with
 * the SKU asked for. A problem lists what the region does offer for that kind of model instead.
 */
export function checkModels(
  wanted: { role: ModelRole; deployment: ModelDeployment }[],
  offered: OfferedModel[],
  options: { location: string; now: Date; warnDays?: number },
): ModelCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const openai = offered.filter((m) => (m.format ?? '').toLowerCase() === 'openai');
  for (const { role, deployment } of wanted) {
    const label = `${role} ${deployment.modelName} ${deployment.modelVersion} (${deployment.sku})`;
    const alternatives = () => {
      const sameKind = openai.filter((m) => usable(m, options.now) && (role === 'chatModel' ? isChat(m) : m.capabilities?.embeddings === 'true'));
      const list = (sameKind.length ? sameKind : openai.filter((m) => usable(m, options.now))).map(describeOffer);
      return list.length ? `offered in ${options.location}: ${list.join('; ')}` : `no usable OpenAI models are offered in ${options.location}`;
    };
    const match = openai.find((m) => m.name === deployment.modelName && m.version === deployment.modelVersion);
    if (!match) {
      problems.push(`${label} is not offered in ${options.location}; ${alternatives()}`);
      continue;
    }
    const status = (match.lifecycleStatus ?? '').toLowerCase();
    const retires = date(match.deprecation?.inference);
    if (RETIRED.has(status) || (retires && retires <= options.now)) {
      problems.push(`${label} is retired in ${options.location} (${describeOffer(match)}); ${alternatives()}`);
      continue;
    }
    if (CLOSED_TO_NEW.has(status)) {
      problems.push(`${label} is ${match.lifecycleStatus}: only existing deployments can use it (${describeOffer(match)}); ${alternatives()}`);
      continue;
    }
    const sku = (match.skus ?? []).find((s) => s.name === deployment.sku);
    const skuRetires = date(sku?.deprecationDate);
    if (match.skus?.length && (!sku || (skuRetires && skuRetires <= options.now))) {
      problems.push(`${label}: SKU ${deployment.sku} is ${sku ? `retired since ${day(skuRetires)}` : 'not offered'} for this model in ${options.location}; its SKUs: ${describeOffer(match)}`);
      continue;
    }
    if (status === 'legacy') warnings.push(`${label} is Legacy in ${options.location}: no longer recommended (${describeOffer(match)})`);
    const soonest = [retires, skuRetires].filter((d): d is Date => Boolean(d)).sort((a, b) => a.getTime() - b.getTime())[0];
    const warnMs = (options.warnDays ?? 90) * 86_400_000;
    if (soonest && soonest.getTime() - options.now.getTime() < warnMs) warnings.push(`${label} retires on ${day(soonest)} in ${options.location}: plan the move to a newer model`);
  }
  return { problems, warnings };
}

/**
 * The Lightning base model follows the serving model unless set on its own. Azure OpenAI names a
 * fine-tunable base `<model>-<version>` (for example gpt-4.1-mini-2025-04-14).
 */
export function servingBaseModel(chat: ModelDeployment): string {
  return `${chat.modelName}-${chat.modelVersion}`;
}

/** Whether the region offers fine-tuning of the serving model (Lightning trains on it). */
export function checkFineTuning(chat: ModelDeployment, offered: OfferedModel[], options: { location: string; now: Date }): string | undefined {
  const match = offered.find((m) => (m.format ?? '').toLowerCase() === 'openai' && m.name === chat.modelName && m.version === chat.modelVersion);
  if (!match) return undefined;
  const fineTuneEnds = date(match.deprecation?.fineTune);
  if (match.capabilities?.fineTune !== 'true') {
    return `Lightning fine-tunes the serving model ${servingBaseModel(chat)}, which ${options.location} does not offer for fine-tuning: set LIGHTNING_BASE_MODEL to a model that does, and expect tuned deployments to differ from the serving model`;
  }
  if (fineTuneEnds && fineTuneEnds <= options.now) {
    return `Lightning fine-tunes the serving model ${servingBaseModel(chat)}, whose fine-tuning retired on ${day(fineTuneEnds)} in ${options.location}`;
  }
  return undefined;
}
