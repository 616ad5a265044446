// One measured phase of the benchmark, in its own process; prints a JSON result line.
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const [mode, dir, countText] = process.argv.slice(2);
const count = Number(countText);
const agentId = 'bench-agent';
const storeDir = join(dir, 'lightning'); // the embedded store under DATA_DIR

async function writeLines(path, make) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += make(i);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const topics = ['scale a deployment', 'rotate a secret', 'drain a node', 'read pod logs', 'roll back a release', 'tune the HPA', 'debug a CrashLoopBackOff', 'set resource limits'];
const id = (i) => `ep-${i.toString(16).padStart(12, '0')}`;

async function generate() {
  mkdirSync(storeDir, { recursive: true });
  const started = Date.now();
  await writeLines(join(storeDir, 'episodes.jsonl'), (i) => {
    const topic = topics[i % topics.length];
    const question = `How do I ${topic} for service ${i % 50_000} in namespace team-${i % 97}? Contact owner${i % 1000}@contoso.com`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    return `${JSON.stringify({
      id: id(i),
      agentId,
      type: 'episode',
      sessionHash: `s${(i * 7919) % 100_003}`,
      requestId: `r${i}`,
      tool: i % 3 === 0 ? 'next_best_action' : 'ask_foundry',
      input: { question },
      output: { text: `Steps to ${topic}: 1. check the current state 2. apply the change with kubectl 3. verify the rollout for service ${i % 50_000}.` },
      outcome: i % 20 === 0 ? 'error' : 'ok',
      modelCalls: [
        {
          provider: 'azure-openai',
          model: 'gpt-4.1-mini',
          deployment: 'chat',
          tuned: false,
          request: { messages: [{ role: 'system', content: 'You are an assistant for operating MCP servers on AKS. Answer with short ordered steps.' }, { role: 'user', content: question }] },
          response: { content: `Steps to ${topic}: 1. check the current state 2. apply the change with kubectl 3. verify the rollout for service ${i % 50_000}.`, finishReason: 'stop' },
          usage: { promptTokens: 60, completionTokens: 40, totalTokens: 100 },
          latencyMs: 800 + (i % 400),
        },
      ],
      model: 'chat',
      tuned: false,
      latencyMs: 850 + (i % 400),
      usage: { promptTokens: 60, completionTokens: 40, totalTokens: 100 },
      startedAt: at,
      endedAt: at,
      capturedAt: at,
    })}\n`;
  });
  // One heuristic reward an episode, and a human rating (feedback) on every other one, as a rated
  // deployment has: only rated episodes are trained on, and about a third of those pass the threshold.
  await writeLines(join(storeDir, 'rewards.jsonl'), (i) => {
    const reward = (source, value, version) =>
      `${JSON.stringify({ id: `rw-${source}-${i.toString(16).padStart(12, '0')}`, agentId, type: 'reward', episodeId: id(i), source, value, reason: 'bench', components: {}, version, createdAt: '2026-01-02T00:00:00.000Z' })}\n`;
    const heuristic = reward('heuristic', i % 20 === 0 ? -1 : 0.2, 'heuristic-v2');
    return i % 2 === 0 ? heuristic + reward('feedback', i % 3 === 0 ? 0.9 : 0.2, 'feedback-v1') : heuristic;
  });
  return { ms: Date.now() - started };
}

async function plain() {
  const started = Date.now();
  let n = 0;
  const lines = createInterface({ input: createReadStream(join(storeDir, 'episodes.jsonl')), crlfDelay: Infinity });
  for await (const line of lines) {
    const record = JSON.parse(line);
    if (record.agentId === agentId) n++;
  }
  if (n !== count) throw new Error(`read ${n} of ${count}`);
  return { ms: Date.now() - started };
}

async function build() {
  // The CLI as users run it (`lightning build-dataset`), in this process so that its peak RSS is measured.
  const { main } = await import('../dist/cli.mjs');
  let out = '';
  const started = Date.now();
  const code = await main(['build-dataset', '--json', '--quiet'], { stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t), env: { DATA_DIR: dir, LIGHTNING_AGENT_ID: agentId, LOG_LEVEL: 'warn' } });
  const ms = Date.now() - started;
  const manifest = JSON.parse(out);
  if (code !== 0) throw new Error(`build-dataset exited ${code}`);
  if (manifest.counts.episodes_read !== count) throw new Error(`read ${manifest.counts.episodes_read} of ${count}`);
  return { ms, train: manifest.counts.train, validation: manifest.counts.validation, duplicates: manifest.counts.duplicates ?? 0, belowThreshold: manifest.counts.below_threshold ?? 0 };
}

const result = await { generate, plain, build }[mode]();
console.log(JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS }));
