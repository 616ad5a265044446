// The server's entry point.
export { createLightningRuntime, type LightningRuntime, type LightningRuntimeOptions } from './runtime';
// Capture: the server may compute the episode id of a call to tell the caller (for submit_feedback).
export { EpisodeCapture, episodeIdFor, toEpisode, Spool, type CaptureStats } from './capture';
export { measureCaptureOverhead, sampleToolCall, type CaptureOverhead } from './capture/overhead';
// The commands, for the CLI and the lightning GitHub action; each returns a typed result.
export { label, labelOptionsSchema, type LabelOptions, type LabelResult } from './rewards/label';
export { buildDataset, buildDatasetOptionsSchema, type BuildDatasetOptions, type BuildDatasetResult } from './dataset/build';
export { judgeAgreement, agreementOf, type JudgeAgreement } from './rewards/agreement';
export { train, status, trainOptionsSchema, statusOptionsSchema, jobRequest, type TrainOptions, type TrainResult, type StatusOptions, type StatusResult, type TrainingDeps } from './training/train';
export { promote, rollback, deactivate, promoteOptionsSchema, type PromoteOptions, type PromoteResult, type RollbackResult, type PromotionTarget, type PromotionGate } from './deployments/promote';
export * from './deployments/plan';
export { TunedModelSelector } from './deployments/selector';
export type { CommandContext } from './context';
export { openLightning, type LightningSession } from './session';
// The evaluation gate and the pictures.
export { addToEvalSet, evalSetAddOptionsSchema, type EvalSetAddOptions, type EvalSetAddResult } from './evaluate/eval-set';
export { evaluate, evaluateOptionsSchema, type EvaluateOptions, type EvaluateDeps } from './evaluate/run';
export { decideGate, gateSettingsSchema, type GateSettings } from './evaluate/gate-decision';
export { promotionGate, type GateDeps } from './evaluate/gate';
export { currentEvalSet, listEvalSets, listEvaluations, getEvaluation, heldOutPromptHashes } from './evaluate/store';
export { promptHash } from './evaluate/prompt';
export * from './evaluate/schemas';
export { parseResultCsv, readTrainingMetrics, type TrainingMetrics, type TrainingStep } from './training/results';
export { collectReport, rewardDistribution, type ReportData, type RewardDistribution } from './report/collect';
export { renderHtmlReport } from './report/html';
export { evaluationMarkdown, trainingRunMarkdown, rewardsMarkdown } from './report/markdown';
export { evaluationText } from './report/text';
export { exitCodes, exitCodeFor } from './cli/exit-codes';
// Building blocks.
export * from './schemas';
export * from './store';
export { CosmosStore, cosmosContainerNames, COSMOS_PARTITION_KEY_PATH, type CosmosStoreOptions } from './store/cosmos';
export * from './dataset';
export * from './rewards/heuristics';
export * from './rewards/judge';
export { lightningTools, feedbackTool, ADMIN_SCOPE } from './tools/lightning-tools';
export { OpenAIChatModel } from './model';
export { createDatasetSink, createPromotionTarget, createOpenAI, createJudgeModel } from './environment';
