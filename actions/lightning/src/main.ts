import * as core from '@actions/core';
import { createLogger, lightningBaseModel, loadServerEnv, AppError, isAppError } from '@mcp-aks/core';
import { evaluationMarkdown, judgeAgreement, listEvaluations, openLightning, rewardDistribution, rewardsMarkdown, trainingRunMarkdown, type LightningSession, type TrainingRun } from '@mcp-aks/lightning';
import { codeBlock, createActionsCredential, heading, markdownTable, parseInputs, runAction, writeSummary } from '@mcp-aks/actions-kit';
import { lightningInputs, list, type LightningInputs } from './inputs';
import { decidePromotion, manifestMarkdown, parseCommands } from './plan';
import { agreementMarkdown, agreementVerdict } from './judge-agreement';

const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

async function loop(session: LightningSession, inputs: LightningInputs, rows: string[][]): Promise<void> {
  const commands = parseCommands(inputs.commands);
  const dryRun = inputs['dry-run'];
  let run: TrainingRun | undefined;
  if (commands.includes('sample-alternatives') && inputs['alternatives-limit'] === undefined) {
    throw new AppError(
      'invalid_input',
      "sample-alternatives calls the serving model and the judge for every alternative: set input 'alternatives-limit' (the most rated prompts it samples, each costing alternatives-samples x 2 model calls)",
    );
  }

  if (commands.includes('label')) {
    const result = await session.label(defined({ sources: inputs.judge ? (['heuristic', 'judge'] as const).slice() : undefined, relabel: inputs.relabel, dryRun }));
    rows.push(['label', `${result.episodes} episodes; ${result.heuristic.written} heuristic rewards written (${result.heuristic.unchanged} unchanged), ${result.judge.written} judged, ${result.feedbackRewards} from feedback`]);
    if (!dryRun) await writeSummary(rewardsMarkdown(await rewardDistribution(session.ctx)));
  }

  if (commands.includes('judge-agreement')) {
    const result = await judgeAgreement(session.ctx);
    const verdict = agreementVerdict(result, { minAgreement: inputs['min-judge-agreement'], minEpisodes: inputs['judge-agreement-min-episodes'] });
    core.setOutput('judge-agreement', result.agreement === null ? '' : String(result.agreement));
    core.setOutput('judge-agreement-episodes', String(result.episodes));
    rows.push(['judge-agreement', `${verdict.status === 'ok' ? 'OK' : verdict.status === 'poor' ? 'POOR' : 'not judged'}: ${verdict.message}`]);
    await writeSummary(agreementMarkdown(result, verdict));
    if (verdict.status === 'too-few') core.notice(verdict.message);
    if (verdict.status === 'poor') {
      // Stop before anything the judge graded is sampled, built into a dataset or trained on.
      if (inputs['on-poor-judge-agreement'] === 'fail') throw new AppError('conflict', `${verdict.message} (on-poor-judge-agreement is fail: the loop stops here)`);
      core.warning(verdict.message);
    }
  }

  if (commands.includes('sample-alternatives')) {
    const result = await session.sampleAlternatives(
      defined({ limit: inputs['alternatives-limit'], samples: inputs['alternatives-samples'], temperature: inputs['alternatives-temperature'], dryRun }),
    );
    core.setOutput('alternatives-sampled', String(result.alternatives));
    rows.push([
      'sample-alternatives',
      `${result.dryRun ? 'would sample' : 'sampled'} ${result.alternatives} alternative answers for ${result.prompts} rated prompts${result.dryRun ? '' : ` (${result.unparsable} without a verdict, ${result.failed} failed)`}`,
    ]);
    if (result.failed) core.warning(`sample-alternatives: ${result.failed} serving or judge call(s) failed; the alternatives they were for are not stored`);
  }

  if (commands.includes('build-dataset')) {
    const { manifest } = await session.buildDataset(
      defined({
        format: inputs.format,
        minReward: inputs['min-reward'],
        topFraction: inputs['top-fraction'],
        validationPercent: inputs['validation-percent'],
        dpoMargin: inputs['dpo-margin'],
        include: list(inputs.include) as ('lightning' | 'hello' | 'failed')[] | undefined,
        tools: list(inputs.tools),
        targetModel: inputs['base-model'],
        dryRun,
      }),
    );
    core.setOutput('dataset-id', manifest.id);
    core.setOutput('dataset-valid', String(manifest.valid));
    rows.push(['build-dataset', `${manifest.id}: ${manifest.files.map((f) => `${f.name} ${f.examples}`).join(', ')}${manifest.valid ? '' : ' (not valid)'}`]);
    await writeSummary(manifestMarkdown(manifest) + '\n' + codeBlock(JSON.stringify(manifest, null, 2), 'json'));
    if (!manifest.valid && commands.includes('train')) {
      throw new AppError('invalid_input', `dataset ${manifest.id} is not valid for fine-tuning: ${manifest.problems.join('; ')}`);
    }
  }

  if (commands.includes('train')) {
    const hyperparameters = inputs['n-epochs'] ? { n_epochs: inputs['n-epochs'] } : undefined;
    let result;
    try {
      result = await session.train(defined({ method: inputs.method, baseModel: inputs['base-model'], suffix: inputs.suffix, seed: inputs.seed, hyperparameters, dryRun }));
    } catch (error) {
      // Not enough newly rated data since the last run (LIGHTNING_MIN_NEW_EXAMPLES): skip, do not fail.
      if (!isAppError(error, 'not_found') || !/nothing new to train on/.test(error.message)) throw error;
      rows.push(['train', `skipped: ${error.message}`]);
      core.notice(`training skipped: ${error.message}`);
      return;
    }
    run = result.run;
    core.setOutput('run-id', run.id);
    rows.push(['train', `${run.id}: job ${run.jobId ?? '(dry run)'} on ${run.baseModel}, ${run.status}`]);
  }

  if (commands.includes('status') && !dryRun) {
    const result = await session.status(
      defined({
        runId: run?.id,
        follow: inputs['follow-status'],
        intervalMs: Math.max(1, inputs['status-interval-seconds'] * 1000),
        timeoutMs: inputs['status-timeout-minutes'] * 60_000,
      }),
    );
    run = result.run;
    rows.push(['status', `${run.id}: ${run.status}${run.fineTunedModel ? ` -> ${run.fineTunedModel}` : ''}${result.timedOut ? ' (still running at the timeout)' : ''}`]);
    if (['failed', 'cancelled'].includes(run.status)) core.warning(`training run ${run.id} ${run.status}${run.error ? `: ${run.error}` : ''}`);
    if (result.terminal) await writeSummary(trainingRunMarkdown(run));
  }
  if (run) {
    core.setOutput('run-status', run.status);
    core.setOutput('fine-tuned-model', run.fineTunedModel ?? '');
  }

  let evaluated: string | undefined;
  if (commands.includes('evaluate') && !dryRun) {
    if (!run?.fineTunedModel) rows.push(['evaluate', `skipped: ${run ? `training run ${run.id} has no fine-tuned model` : 'no training run'}`]);
    else if (session.candidateNeedsDeployment) rows.push(['evaluate', 'at promote: on Azure the candidate is evaluated through the deployment promote creates']);
    else {
      const evaluation = await session.evaluate({ runId: run.id });
      evaluated = evaluation.id;
      core.setOutput('evaluation-id', evaluation.id);
      core.setOutput('gate-passed', String(evaluation.gate.passed));
      rows.push(['evaluate', `${evaluation.gate.passed ? 'PASS' : 'FAIL'}: ${evaluation.gate.reason}`]);
      await writeSummary(evaluationMarkdown(evaluation));
    }
  }

  if (commands.includes('promote')) {
    const decision = decidePromotion(inputs['allow-promote'], run);
    if (!decision.promote) {
      core.setOutput('promoted', 'false');
      rows.push(['promote', `skipped: ${decision.reason}`]);
      core.info(`promote skipped: ${decision.reason}`);
    } else {
      try {
        // Through the evaluation gate, as from the CLI: a candidate that has not beaten the serving model is refused.
        const result = await session.promote(defined({ runId: run!.id, maxDeployments: inputs['max-deployments'], dryRun }));
        core.setOutput('promoted', String(!result.dryRun));
        core.setOutput('deployment-name', result.deployment.deploymentName);
        rows.push(['promote', `${result.deployment.deploymentName} ${result.dryRun ? 'would be' : 'is'} active (${decision.reason}${result.deployment.gate ? `; ${result.deployment.gate.reason}` : ''})`]);
      } catch (error) {
        if (!isAppError(error, 'conflict')) throw error;
        core.setOutput('promoted', 'false');
        rows.push(['promote', `refused by the evaluation gate: ${error.message}`]);
        core.warning(error.message);
        const [latest] = await listEvaluations(session.ctx, 1);
        if (latest && latest.id !== evaluated) {
          core.setOutput('evaluation-id', latest.id);
          core.setOutput('gate-passed', String(latest.gate.passed));
          await writeSummary(evaluationMarkdown(latest));
        }
      }
    }
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs(lightningInputs, (name) => core.getInput(name));
    const credential = createActionsCredential({
      clientId: inputs['client-id'],
      tenantId: inputs['tenant-id'],
      authorityHost: inputs['authority-host'],
      getIDToken: (audience) => core.getIDToken(audience),
    });
    // Lightning reads the server's configuration (COSMOS_ACCOUNT_URI, AZURE_STORAGE_ACCOUNT_URL,
    // FOUNDRY_PROJECT_ENDPOINT, ...) from the step's environment, as the CLI does.
    const env = loadServerEnv({ ...process.env, ...(inputs['data-dir'] ? { DATA_DIR: inputs['data-dir'] } : {}) });
    const base = lightningBaseModel(env);
    if (base.warning) core.warning(base.warning);
    else core.info(`Lightning base model: ${base.model} (${base.source})`);
    const session = await openLightning(env, {
      logger: createLogger({ name: 'lightning-action', level: 'warn' }),
      credential: () => credential,
      progress: (message) => core.info(message),
    });
    const rows: string[][] = [];
    try {
      await loop(session, inputs, rows);
    } finally {
      await writeSummary(heading(`Lightning: ${inputs.commands}${inputs['dry-run'] ? ' (dry run)' : ''}`) + markdownTable(['Command', 'Result'], rows));
      await session.close();
    }
  });
}
