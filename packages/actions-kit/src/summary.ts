import * as core from '@actions/core';

/** Markdown helpers for job summaries: pure, so what a summary says is unit-tested. */

export function escapeCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function markdownTable(headers: string[], rows: unknown[][]): string {
  const head = `| ${headers.map(escapeCell).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${headers.map((_, i) => escapeCell(row[i])).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  skipped?: boolean;
}

export function checksTable(checks: CheckResult[]): string {
  return markdownTable(
    ['Check', 'Result', 'Detail'],
    checks.map((check) => [check.name, check.skipped ? 'skipped' : check.ok ? 'pass' : 'FAIL', check.detail]),
  );
}

export function codeBlock(text: string, language = ''): string {
  const fence = text.includes('```') ? '~~~~' : '```';
  return `${fence}${language}\n${text}\n${fence}\n`;
}

/**
 * Appends markdown to the job summary; outside a runner (no GITHUB_STEP_SUMMARY, as on a laptop) it
 * goes to the log instead of failing the step.
 */
export async function writeSummary(markdown: string, env: Record<string, string | undefined> = process.env): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown.endsWith('\n') ? markdown : `${markdown}\n`).write();
  else core.info(markdown);
}

export function heading(text: string, level = 2): string {
  return `${'#'.repeat(level)} ${text}\n\n`;
}
