export * from './recorder';
export * from './fake-az';
export * from './local-action';
export * from './fake-credential';
export * from './in-process';
export * from './access-token';
