import type { JudgeAgreement } from '@mcp-aks/lightning';
import { markdownTable } from '@mcp-aks/actions-kit';

export interface AgreementPolicy {
  /** Share of compared episodes the judge must put on the human's side (0-1). */
  minAgreement: number;
  /** Fewer compared episodes than this says nothing either way. */
  minEpisodes: number;
}

export type AgreementVerdict = { status: 'ok' | 'poor' | 'too-few'; message: string };

// Messages also go to workflow commands, where a % would be escaped: fractions there, percentages in the summary.
const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Whether the judge can be trusted to decide what is trained on: its rewards rank every episode without a
 * human rating, and the alternatives sample-alternatives adds are graded by it alone.
 */
export function agreementVerdict(result: JudgeAgreement, policy: AgreementPolicy): AgreementVerdict {
  if (result.episodes < policy.minEpisodes || result.agreement === null) {
    return {
      status: 'too-few',
      message: `judge agreement not judged: ${result.episodes} episode(s) have both a judge reward and a human rating, fewer than the ${policy.minEpisodes} needed`,
    };
  }
  if (result.agreement < policy.minAgreement) {
    return {
      status: 'poor',
      message:
        `the LLM judge agrees with human ratings on ${result.sameSide} of ${result.episodes} episodes (${result.agreement}), below the minimum ${policy.minAgreement}: ` +
        'its rewards decide what is trained on where no one rated. Look at the largest disagreements, then change the rubric or LIGHTNING_JUDGE_MODEL (or rate more episodes)',
    };
  }
  return { status: 'ok', message: `the LLM judge agrees with human ratings on ${result.sameSide} of ${result.episodes} episodes (${result.agreement}; minimum ${policy.minAgreement})` };
}

/** The agreement as the step summary: the measures, the verdict and the largest disagreements. */
export function agreementMarkdown(result: JudgeAgreement, verdict: AgreementVerdict): string {
  const measures = markdownTable(
    ['Measure', 'Value'],
    [
      ['Episodes rated by the judge and a person', result.episodes],
      [`Same side of ${result.threshold}`, result.agreement === null ? 'n/a' : `${result.sameSide} (${percent(result.agreement)})`],
      ['Mean absolute error', result.meanAbsoluteError ?? 'n/a'],
      ['Correlation', result.correlation ?? 'n/a'],
      ['Judge versions', Object.entries(result.versions).map(([v, n]) => `${v} (${n})`).join(', ') || 'none'],
    ],
  );
  const worst = result.worst.length ? `\nLargest disagreements:\n\n${markdownTable(['Episode', 'Human', 'Judge'], result.worst.map((w) => [w.episodeId, w.human, w.judge]))}` : '';
  const mark = verdict.status === 'ok' ? 'OK' : verdict.status === 'poor' ? 'POOR' : 'not judged';
  return `### Judge agreement: ${mark}\n\n${verdict.message}.\n\n${measures}${worst}`;
}
