import { describe, expect, it } from 'vitest';
import { checkMessages, checkPreference, exampleTokenLimit, type TrainingMessage } from '../src/dataset';

const sys: TrainingMessage = { role: 'system', content: 'You help.' };
const user: TrainingMessage = { role: 'user', content: 'List pods' };
const answer: TrainingMessage = { role: 'assistant', content: 'Here they are' };
const call: TrainingMessage = { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'list_pods', arguments: '{}' } }] };
const result: TrainingMessage = { role: 'tool', tool_call_id: 'call_1', content: '["a","b"]' };

describe('Azure fine-tuning example rules', () => {
  it('accepts a conversation with a matched tool call', () => {
    expect(checkMessages([sys, user, call, result, answer], 16_000)).toBeUndefined();
    expect(checkMessages([sys, user, call], 16_000)).toBeUndefined();
  });
  it('refuses unmatched or foreign tool_call ids', () => {
    expect(checkMessages([sys, user, call, { ...result, tool_call_id: 'call_2' }, answer], 16_000)).toMatch(/matching tool_call id/);
    expect(checkMessages([sys, user, call, answer], 16_000)).toMatch(/not answered/);
  });
  it('needs an assistant message at the end and a system message only first', () => {
    expect(checkMessages([sys, user], 16_000)).toBe('no assistant message');
    expect(checkMessages([user, answer, user], 16_000)).toMatch(/last message/);
    expect(checkMessages([user, sys, answer], 16_000)).toMatch(/system message/);
  });
  it('enforces the per-example token limit of the target model', () => {
    expect(exampleTokenLimit('gpt-4.1-nano-2025-04-14')).toBe(32_768);
    expect(exampleTokenLimit('gpt-4o-mini-2024-07-18')).toBe(65_536);
    expect(exampleTokenLimit('unknown-model')).toBe(16_385);
    const long: TrainingMessage = { role: 'user', content: 'x'.repeat(300_000) };
    expect(checkMessages([long, answer], exampleTokenLimit('gpt-4.1-mini'))).toMatch(/token example limit/);
  });
  it('checks preference pairs', () => {
    expect(checkPreference({ input: { messages: [sys, user] }, preferred_output: [answer], non_preferred_output: [{ role: 'assistant', content: 'no' }] }, 16_000)).toBeUndefined();
    expect(checkPreference({ input: { messages: [sys, user, answer] }, preferred_output: [answer], non_preferred_output: [answer] }, 16_000)).toMatch(/input must end/);
    expect(checkPreference({ input: { messages: [user] }, preferred_output: [user], non_preferred_output: [answer] }, 16_000)).toMatch(/one assistant/);
  });
});
