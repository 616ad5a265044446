export * from './blob-store';
export * from './search-index';
export * from './chat-model';
