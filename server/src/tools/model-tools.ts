import { z } from 'zod';
import { ModelCallError, defineTool, textResult, type ChatMessage, type ChatModel, type ToolContext } from '@mcp-aks/core';
import type { SearchIndex, TaskInstruction } from '../ports';

async function complete(model: ChatModel, messages: ChatMessage[], ctx: ToolContext, options: { maxTokens: number; temperature: number }) {
  try {
    const response = await model.complete({ messages, maxTokens: options.maxTokens, temperature: options.temperature, signal: ctx.signal });
    ctx.modelCalls.push(response.record);
    return response;
  } catch (error) {
    // A failed exchange is still an episode worth keeping (what was asked, how it failed).
    if (error instanceof ModelCallError) ctx.modelCalls.push(error.record);
    throw error;
  }
}

export function askFoundryTool(model: ChatModel) {
  return defineTool({
    name: 'ask_foundry',
    title: 'Ask the model',
    description: 'Asks the configured chat model (Azure AI Foundry / Azure OpenAI, or an OpenAI-compatible endpoint) a question, with optional context.',
    inputSchema: z.object({
      question: z.string().min(1, 'question must not be empty').max(20_000).describe('The question'),
      context: z.string().max(100_000).optional().describe('Background the model should use to answer'),
    }),
    outputSchema: z.object({ answer: z.string(), model: z.string() }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    captureByDefault: true,
    handler: async ({ question, context }, ctx) => {
      const messages: ChatMessage[] = [
        { role: 'system', content: 'You are a concise, accurate assistant for platform engineering teams. Answer from the context when one is given; say when you do not know.' },
        ...(context ? [{ role: 'user' as const, content: `Context:\n${context}` }] : []),
        { role: 'user', content: question },
      ];
      const response = await complete(model, messages, ctx, { maxTokens: 1024, temperature: 0.2 });
      return textResult(response.content, { answer: response.content, model: response.model });
    },
  });
}

/** Turns a model's numbered or bulleted answer into plan steps. */
export function parsePlan(text: string): string[] {
  const steps = text
    .split('\n')
    .map((line) => line.trim())
    .map((line) => /^(?:\d+[.)]|[-*•])\s+(.*)$/.exec(line)?.[1]?.trim())
    .filter((s): s is string => Boolean(s));
  if (steps.length > 0) return steps.slice(0, 20);
  const whole = text.trim();
  return whole ? [whole] : [];
}

export function planPrompt(task: string, instructions: TaskInstruction[]): ChatMessage[] {
  const references = instructions
    .map((i, n) => {
      const steps = i.steps.length ? `\nSteps:\n${i.steps.map((s, k) => `${k + 1}. ${s}`).join('\n')}` : '';
      return `[${n + 1}] ${i.title} (id ${i.id}, category ${i.category})\n${i.description || i.intent}${steps}`;
    })
    .join('\n\n');
  return [
    {
      role: 'system',
      content:
        'You plan the next best actions for a platform engineering task. Answer with a short ordered plan: a numbered list of at most 7 concrete steps, one line each, and nothing else. Prefer the reference instructions when they apply.',
    },
    { role: 'user', content: `Task: ${task}\n\nReference instructions:\n${references || '(none found)'}` },
  ];
}

const usedInstruction = z.object({ id: z.string(), title: z.string(), category: z.string(), score: z.number() });

export function nextBestActionTool(model: ChatModel, search: SearchIndex) {
  return defineTool({
    name: 'next_best_action',
    title: 'Next best action',
    description:
      'Finds the task instructions most relevant to a task and asks the model for a short ordered plan. Returns the plan and the instructions it used.',
    inputSchema: z.object({ task: z.string().min(1, 'task must not be empty').max(10_000).describe('What needs to be done') }),
    outputSchema: z.object({ task: z.string(), plan: z.array(z.string()), instructions: z.array(usedInstruction), model: z.string() }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    captureByDefault: true,
    handler: async ({ task }, ctx) => {
      const hits = await search.search(task, { top: 3 });
      const response = await complete(model, planPrompt(task, hits.map((h) => h.instruction)), ctx, { maxTokens: 600, temperature: 0.1 });
      const plan = parsePlan(response.content);
      const instructions = hits.map((h) => ({ id: h.instruction.id, title: h.instruction.title, category: h.instruction.category, score: h.score }));
      const text = `${plan.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n\nBased on: ${instructions.map((i) => i.title).join('; ') || 'no matching instructions'}`;
      return textResult(text, { task, plan, instructions, model: response.model });
    },
  });
}
