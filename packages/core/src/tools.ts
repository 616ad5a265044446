import type { z } from 'zod';
import type { Logger } from './logger';

/**
 * The contract between a tool family and the MCP server. A tool is a pure-ish function of validated
 * input and the ports it is given; the server owns MCP wiring, auth, metrics and capture.
 * Lives here (not in server/) so that Lightning can define tools without importing the server.
 */

export interface ToolAnnotations {
  title?: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export type ToolContent =
  | { type: 'text'; text: string }
  | { type: 'image'; data: string; mimeType: string }
  | { type: 'audio'; data: string; mimeType: string }
  | { type: 'resource'; resource: { uri: string; mimeType?: string; text: string } | { uri: string; mimeType?: string; blob: string } };

export interface ToolResult<O = Record<string, unknown>> {
  content: ToolContent[];
  structuredContent?: O;
  isError?: boolean;
  /** Protocol metadata for the caller, e.g. the Lightning episode id to rate with submit_feedback. */
  _meta?: Record<string, unknown>;
}

/** Who is calling, as established by the HTTP layer (undefined subject when auth is off). */
export interface Caller {
  subject?: string;
  clientId?: string;
  scopes: string[];
  /** A stable, hashed identifier of the calling client or session; never the raw token. */
  sessionHash: string;
}

/** One model exchange made while serving a tool call: what Lightning stores as the episode's model trace. */
export interface ModelCallRecord {
  provider: string;
  model: string;
  deployment?: string;
  tuned: boolean;
  request: { messages: ChatMessage[]; tools?: unknown[]; temperature?: number; maxTokens?: number };
  response?: { content: string; toolCalls?: unknown[]; finishReason?: string };
  usage?: { promptTokens: number; completionTokens: number; totalTokens: number };
  latencyMs: number;
  error?: string;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  name?: string;
  tool_call_id?: string;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
}

export interface ToolContext {
  requestId: string;
  caller: Caller;
  logger: Logger;
  signal: AbortSignal;
  /** Model adapters append each exchange here so that capture can record it. */
  modelCalls: ModelCallRecord[];
  /**
   * Reports how a long call is going: a progress notification when the client asked for them
   * (progressToken), the task's status message when the call runs as an MCP task, nothing otherwise.
   */
  progress?: (message: string) => void;
  /** True when the call runs as an MCP task the client polls, so it may take as long as it needs. */
  runningAsTask?: boolean;
}

export interface ToolDefinition<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject | undefined = z.ZodObject | undefined> {
  name: string;
  title: string;
  description: string;
  inputSchema: I;
  outputSchema?: O;
  annotations: ToolAnnotations;
  /** Scopes the caller must hold (checked only when auth is on), beyond the server-wide required scopes. */
  requiredScopes?: string[];
  /** Whether Lightning captures calls of this tool by default (model-backed tools do). */
  captureByDefault?: boolean;
  /**
   * A destructive tool's question to the user before it acts on this input (undefined: no need to
   * ask, e.g. a dry run). Asked when the client can answer; see server/src/mcp/confirmation.ts.
   */
  confirm?: (input: z.output<I>) => string | undefined;
  /** A long operation: runs as an MCP task when the client negotiated the tasks extension. */
  longRunning?: boolean;
  handler: (input: z.output<I>, ctx: ToolContext) => Promise<ToolResult<O extends z.ZodObject ? z.output<O> : Record<string, unknown>>>;
}

/** Erases the generic parameters so heterogeneous tools fit in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolDefinition = ToolDefinition<any, any>;

export function defineTool<I extends z.ZodObject, O extends z.ZodObject | undefined = undefined>(tool: ToolDefinition<I, O>): ToolDefinition<I, O> {
  return tool;
}

/** What the server reports after each tool call; Lightning's capture implements it. */
export interface ToolCallRecord {
  requestId: string;
  tool: string;
  input: unknown;
  result: ToolResult<unknown> | undefined;
  isError: boolean;
  errorKind?: string;
  caller: Caller;
  startedAt: string;
  endedAt: string;
  latencyMs: number;
  modelCalls: ModelCallRecord[];
}

export interface ToolCallObserver {
  /** Must return at once and never throw: the call's answer does not wait for it. */
  observe(record: ToolCallRecord): void;
  close?(): Promise<void>;
}

export function textResult<O extends Record<string, unknown>>(text: string, structuredContent?: O): ToolResult<O> {
  return structuredContent === undefined ? { content: [{ type: 'text', text }] } : { content: [{ type: 'text', text }], structuredContent };
}

export function errorResult(message: string): ToolResult<never> {
  return { content: [{ type: 'text', text: message }], isError: true };
}
