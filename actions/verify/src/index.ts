import { run } from './main';
import { runCli } from './cli';

// One bundle, two entry points: the action (the runner sets INPUT_*), and the mcp-verify CLI
// (bin/mcp-verify.mjs sets MCP_VERIFY_CLI before loading it).
if (process.env.MCP_VERIFY_CLI === '1') process.exitCode = await runCli(process.argv.slice(2));
else await run();
