export * from './task-manager';
export * from './task-methods';
export * from './task-store';
export * from './task-tools';
