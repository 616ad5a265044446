export * from './facade';
export * from './redirect-uris';
export * from './routes';
export * from './scopes';
