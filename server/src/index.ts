export { startServer, type RunningServer, type StartOptions } from './compose';
export { exposureProblem } from './exposure';
export { SERVER_NAME, SERVER_VERSION } from './version';
