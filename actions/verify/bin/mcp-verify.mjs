#!/usr/bin/env node
// mcp-verify: the verify action's checks from a laptop. See `mcp-verify --help`.
process.env.MCP_VERIFY_CLI = '1';
await import('../dist/index.js');
