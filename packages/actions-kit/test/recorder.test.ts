import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReply, startRecorder, type Recorder } from '../src/recorder';

describe('recorder', () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder();
  });
  afterAll(() => recorder.close());

  it('answers in order, repeats the last reply and records everything', async () => {
    recorder.on('PUT', /^\/things\/\w+$/, errorReply(429, 'TooManyRequests', 'slow down', { 'retry-after': '1' }), { status: 201, body: { ok: true } });
    const put = (body: unknown) => fetch(`${recorder.url}/things/a?api-version=1`, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await put({ n: 1 })).status).toBe(429);
    expect(await (await put({ n: 2 })).json()).toEqual({ ok: true });
    expect((await put({ n: 3 })).status).toBe(201);
    const seen = recorder.find('PUT', '/things/a');
    expect(seen.map((r) => (r.json as { n: number }).n)).toEqual([1, 2, 3]);
    expect(seen[0]!.query['api-version']).toBe('1');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('answers 501 and lists requests no route expects', async () => {
    const response = await fetch(`${recorder.url}/nothing`);
    expect(response.status).toBe(501);
    expect(recorder.unmatched.map((r) => r.path)).toEqual(['/nothing']);
  });
});
