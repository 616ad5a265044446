import { runIngest } from './run';

// `npm run ingest -- <folder>`: loads task instructions into the configured search index.
process.exitCode = await runIngest(process.argv.slice(2), process.env);
