export const SERVER_NAME = 'mcp-agents';
export const SERVER_VERSION = '0.1.0';
