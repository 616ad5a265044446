import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { silentLogger } from '@mcp-aks/core';
import { startServer } from '@mcp-aks/server';
import { cli } from './helpers/cli';
import type { EvalSet, Evaluation } from '../src/evaluate/schemas';
import type { DatasetManifest, Deployment, TrainingRun } from '../src/schemas';
import { chromiumAvailable, dumpDom, renderMermaid, renderedCharts } from './helpers/chromium';
import { startOpenAIStandIn } from './helpers/openai-standin';

const WORSE = 'base-model.ft-worse';
const BETTER = 'base-model.ft-better';

/**
 * The stand-in's models: the base model answers as usual; the worse tuned model refuses; the better
 * one answers and checks its answer. Its judge (the rubric's system prompt) prefers checked answers.
 */
function chat(request: { model: string; messages: { role: string; content: string }[] }): string | undefined {
  const last = request.messages.at(-1)?.content ?? '';
  if (request.messages[0]?.content.startsWith('You grade')) {
    const answer = last.split('Answer:\n')[1] ?? '';
    const score = answer.includes('Verified') ? 1 : answer.includes('Answer to:') || /^1\. /m.test(answer) ? 0.6 : -0.8;
    return JSON.stringify({ score, reason: 'graded by the stand-in judge' });
  }
  if (request.model === WORSE) return 'I cannot help with that.';
  if (request.model === BETTER) return `${last.startsWith('Task:') ? '1. Check the deployment\n2. Scale it\n3. Verify the rollout' : `Answer to: ${last.slice(0, 200)}`}\nVerified against the cluster.`;
  return undefined;
}

// Shaped like the result file Azure OpenAI documents ("Analyze your customized model").
const resultCsv = ['step,train_loss,train_mean_token_accuracy,valid_loss,validation_mean_token_accuracy', ...Array.from({ length: 30 }, (_, i) => `${i + 1},${(2.5 * Math.exp(-i / 10) + 0.2).toFixed(4)},${(0.5 + i / 80).toFixed(3)},${i % 5 === 4 ? (2.6 * Math.exp(-i / 12) + 0.3).toFixed(4) : ''},${i % 5 === 4 ? (0.45 + i / 90).toFixed(3) : ''}`)].join('\n');

describe('the evaluation gate end to end: the real server, the CLI and an OpenAI-compatible stand-in', () => {
  let dir: string;
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  let env: Record<string, string>;
  let summaryMarkdown = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-gate-'));
    standIn = await startOpenAIStandIn({ jobStates: ['running', 'succeeded'], fineTunedModel: [WORSE, BETTER], chat, resultCsv });
    env = {
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_RPS: '0',
      LIGHTNING_AGENT_ID: 'gate-agent',
      LIGHTNING_CAPTURE_FLUSH_MS: '20',
      OPENAI_BASE_URL: standIn.baseURL,
      OPENAI_MODEL: 'base-model',
      LIGHTNING_JUDGE_MODEL: 'judge-model',
    };
  });
  afterAll(async () => {
    await standIn.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds the evaluation prompts out of training, refuses a worse tuned model, promotes a better one and draws the report', async () => {
    const server = await startServer({ env: { ...env, ENABLE_LIGHTNING_CAPTURE: 'true' }, logger: silentLogger, defaultMetrics: false });
    let client: Client | undefined;
    let cutoff: string;
    try {
      client = new Client({ name: 'lightning-gate', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
      const ask = async (question: string) => expect((await client!.callTool({ name: 'ask_foundry', arguments: { question } })).isError).toBeFalsy();
      const task = async (t: string) => expect((await client!.callTool({ name: 'next_best_action', arguments: { task: t } })).isError).toBeFalsy();
      // The evaluation window: the first calls.
      for (let i = 0; i < 8; i++) await ask(`How do I scale deployment api-${i} on AKS?`);
      await task('Drain node pool blue before the upgrade');
      await task('Renew the ingress TLS certificate');
      await client.callTool({ name: 'lightning_list_episodes', arguments: { limit: 1 } }); // flushes capture
      await new Promise((r) => setTimeout(r, 20));
      cutoff = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      // Later traffic, for training; one prompt repeats an evaluation prompt in other case and spacing.
      for (let i = 0; i < 14; i++) await ask(`How do I restart pod web-${i} on AKS?`);
      await ask('how do I  scale deployment API-0 on aks?');
      await task('Roll out a new image to the web deployment');
      await task('Rotate the storage account key');
    } finally {
      await client?.close();
      await server.close();
    }

    expect((await cli(['label'], env)).code).toBe(0);
    const noSelection = await cli(['eval-set', 'add'], env);
    expect(noSelection.code).toBe(2);
    expect(noSelection.err).toContain('say which prompts to add');
    const added = await cli(['eval-set', 'add', '--json', '--to', cutoff, '--note', 'first week'], env);
    expect(added.code, added.err).toBe(0);
    const first = JSON.parse(added.out) as { added: number; evalSet: EvalSet };
    expect(first).toMatchObject({ added: 10, evalSet: { version: 1 } });
    expect(first.evalSet.id).toMatch(/^evalset-\d{17}-[0-9a-f]{6}$/);
    expect(new Set(first.evalSet.items.map((i) => i.tool))).toEqual(new Set(['ask_foundry', 'next_best_action']));
    // Adding the same window again adds nothing and makes no new version.
    expect(JSON.parse((await cli(['eval-set', 'add', '--json', '--to', cutoff], env)).out)).toMatchObject({ added: 0, alreadyIn: 10, evalSet: { version: 1 } });
    expect((await cli(['eval-set', 'list'], env)).out).toMatch(/^v1 {2}evalset-\S+ .* 10 prompts \(\+10\)/);

    // The dataset leaves out every evaluation prompt, the respelled one included.
    const built = await cli(['build-dataset', '--json', '--validation-percent', '0', '--allow-heuristic-only'], env);
    expect(built.code, built.err).toBe(0);
    const manifest = JSON.parse(built.out) as DatasetManifest;
    expect(manifest.counts).toMatchObject({ excluded_eval_set: 11, train: 16 });
    const trainText = await readFile(manifest.files.find((f) => f.kind === 'train')!.location, 'utf8');
    expect(trainText).not.toMatch(/scale deployment api-/i);
    expect(trainText).not.toContain('Drain node pool blue');

    // The first tuned model is worse: evaluate says so and promote refuses it.
    expect((await cli(['train', '--poll-interval', '0.001'], env)).code).toBe(0);
    const followed = await cli(['status', '--follow', '--interval', '0.001', '--json'], env);
    const run = (JSON.parse(followed.out) as { run: TrainingRun }).run;
    expect(run).toMatchObject({ status: 'succeeded', fineTunedModel: WORSE, metrics: { totalSteps: 30, resultFiles: ['file-result-ftjob-1'] } });
    expect(run.metrics!.final.validLoss).toBeCloseTo(2.6 * Math.exp(-29 / 12) + 0.3, 3);

    const evaluated = await cli(['evaluate', '--json'], env);
    expect(evaluated.code, evaluated.err).toBe(9);
    const worse = JSON.parse(evaluated.out) as Evaluation;
    expect(worse).toMatchObject({ evalSetVersion: 1, active: { model: 'base-model' }, candidate: { model: WORSE }, gate: { passed: false, margin: 0 }, trainingRunId: run.id });
    expect(worse.examples).toHaveLength(10);
    expect(worse.losses).toBe(10);
    expect(worse.difference.high).toBeLessThan(0);
    expect(worse.candidate.perTool.next_best_action!.mean).toBeLessThan(worse.active.perTool.next_best_action!.mean);
    expect(worse.examples.find((x) => x.tool === 'next_best_action')!.candidate.checks.shape).toBe(false);
    expect(worse.graders.judge).toBe('judge-model');

    const refused = await cli(['promote'], env);
    expect(refused.code).toBe(9);
    expect(refused.err).toMatch(/promote refused base-model\.ft-worse: candidate has not beaten the active model/);
    expect(JSON.parse((await cli(['list', 'deployments', '--json'], env)).out)).toEqual([]);

    // Forced, the reason is recorded with the deployment; then back to the base model.
    const forced = await cli(['promote', '--json', '--force', 'incident 42: the base model is down'], env);
    expect(forced.code, forced.err).toBe(0);
    expect((JSON.parse(forced.out) as { deployment: Deployment }).deployment).toMatchObject({ fineTunedModel: WORSE, active: true, gate: { forced: true, passed: false, reason: 'incident 42: the base model is down' } });
    expect((await cli(['deactivate'], env)).code).toBe(0);

    // The second tuned model is better: promote evaluates it and lets it through.
    expect((await cli(['train', '--poll-interval', '0.001'], env)).code).toBe(0);
    expect((await cli(['status', '--follow', '--interval', '0.001'], env)).code).toBe(0);
    const promoted = await cli(['promote', '--json'], env);
    expect(promoted.code, promoted.err).toBe(0);
    const deployment = (JSON.parse(promoted.out) as { deployment: Deployment }).deployment;
    expect(deployment).toMatchObject({ fineTunedModel: BETTER, active: true, gate: { passed: true, forced: false } });
    expect(deployment.gate!.reason).toMatch(/^candidate beats the active model: mean difference 0\.3/);
    const [better] = JSON.parse((await cli(['list', 'deployments', '--json'], env)).out) as Deployment[];
    expect(better!.gate!.evaluationId).toMatch(/^eval-/);

    // The same gate for agents: lightning_evaluate through the server.
    const again = await startServer({ env, logger: silentLogger, defaultMetrics: false });
    try {
      client = new Client({ name: 'lightning-gate', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(again.url)));
      const result = await client.callTool({ name: 'lightning_evaluate', arguments: { model: WORSE } });
      expect(result.isError).toBeFalsy();
      // The serving model is now the better one: the worse model loses against it as well.
      expect(result.structuredContent).toMatchObject({ active: { model: BETTER }, candidate: { model: WORSE }, gate: { passed: false }, examples: 10 });
      const bad = await client.callTool({ name: 'lightning_evaluate', arguments: { limit: 0 } });
      expect(bad.isError).toBe(true);
    } finally {
      await client?.close();
      await again.close();
    }

    // The pictures: Markdown with Mermaid charts, and the HTML report.
    const markdown = await cli(['report', '--markdown'], env);
    expect(markdown.code).toBe(0);
    expect(markdown.out).toContain('```mermaid\nxychart-beta');
    expect(markdown.out).toMatch(/x-axis \["overall", "ask_foundry", "next_best_action"\]/);
    expect(markdown.out).toMatch(/x-axis "step" 1 --> 30/);
    summaryMarkdown = markdown.out;
    const out = join(dir, 'report.html');
    const reported = await cli(['report', '--out', out], env);
    expect(reported.code, reported.err).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/<(?:link|img)\b|src="http|href="http/);
    expect(html).toContain('data-chart="loss"');
    // Each example row names its prompt.
    expect(html).toContain('How do I scale deployment api-3 on AKS?');
  });

  it.skipIf(!chromiumAvailable() && !process.env.CI)('renders the report charts in headless Chromium', async () => {
    const out = join(dir, 'report.html');
    const dom = await dumpDom(out);
    const charts = renderedCharts(dom);
    expect(charts.map((c) => c.kind).sort()).toEqual(['loss', 'rewards', 'scores']);
    for (const chart of charts) {
      expect(chart.width, chart.kind).toBeGreaterThanOrEqual(600);
      expect(chart.height, chart.kind).toBeGreaterThanOrEqual(300);
    }
    const marks = Object.fromEntries(charts.map((c) => [c.kind, c.marks]));
    // Active and candidate bars for overall and the two tools; two loss lines; at least one reward source.
    expect(marks).toMatchObject({ scores: 6, loss: 2 });
    expect(marks.rewards).toBeGreaterThanOrEqual(1);
    expect(dom).toContain('data-charts-rendered="3"');
  }, 120_000);

  it.skipIf(!chromiumAvailable() && !process.env.CI)('writes Mermaid charts that Mermaid itself renders (the job summary)', async () => {
    const blocks = [...summaryMarkdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(3);
    const rendered = await renderMermaid(blocks);
    for (const r of rendered) expect(r.ok, r.error).toBe(true);
    const [scores, loss, rewards] = rendered;
    // xychart draws bars as rects in its plot group and lines as paths.
    expect(scores!.svg).toContain('aria-roledescription="xychart"');
    expect((scores!.svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect((loss!.svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((rewards!.svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
