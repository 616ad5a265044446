export * from './credential';
export * from './inputs';
export * from './summary';
export * from './azure-errors';
export * from './run';
export * from './sdk-options';
export * from './propagation';
export * from './step-outputs';
