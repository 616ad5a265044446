export * from './build';
export * from './examples';
export * from './limits';
export * from './redact';
export * from './sink';
export * from './validate';
