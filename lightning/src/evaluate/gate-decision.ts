import { z } from 'zod';
import type { GateDecision, Interval } from './schemas';

export const gateSettingsSchema = z.object({
  /** The paired difference's lower confidence bound must be above this (0: better, with confidence). */
  margin: z.number().min(-2).max(2).default(0),
  /** Two-sided confidence of the interval (0.95: the lower bound is a 97.5% one-sided bound). */
  confidence: z.number().gt(0.5).lt(1).default(0.95),
  /** Fewer paired examples than this never pass. */
  minExamples: z.number().int().min(2).max(2000).default(5),
});
export type GateSettings = z.output<typeof gateSettingsSchema>;

const f = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** The promotion gate: pure, from the paired difference (candidate minus active) and the settings. */
export function decideGate(difference: Interval, settings: Pick<GateSettings, 'margin' | 'confidence' | 'minExamples'>): GateDecision {
  const base = { margin: settings.margin, confidence: settings.confidence, lowerBound: difference.low };
  if (difference.n < settings.minExamples) {
    return { ...base, passed: false, reason: `${difference.n} paired examples; the gate needs at least ${settings.minExamples}` };
  }
  const interval = `mean difference ${f(difference.mean)}, ${Math.round(settings.confidence * 100)}% interval [${f(difference.low)}, ${f(difference.high)}]`;
  if (difference.low > settings.margin) return { ...base, passed: true, reason: `candidate beats the active model: ${interval}, lower bound above ${f(settings.margin)}` };
  return { ...base, passed: false, reason: `candidate has not beaten the active model: ${interval}, lower bound not above ${f(settings.margin)}` };
}
