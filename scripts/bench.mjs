#!/usr/bin/env node
// `npm run bench`: throughput and latency of the MCP server against two baselines measured in the
// same run, start-up time, and the Lightning benchmark. Only 127.0.0.1 is ever a target.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const only = process.env.BENCH_ONLY; // "http" | "capture" | "startup" | "lightning"

function startProcess(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`did not start: ${args.join(' ')}\n${output}`));
    }, 20_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], pid: child.pid, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => (output += c));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

const call = (name, args) => JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
const modernCall = (name, args) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name, arguments: args, _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientInfo': { name: 'bench', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} } },
  });

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc on Linux; undefined elsewhere. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return undefined;
  }
}

/**
 * Loads one target. With the target's pid, also the CPU time its process spent per answered call:
 * unlike req/s, that barely moves when other work shares the machine, so its ratios are the steadier
 * comparison on a busy host.
 */
async function load(url, body, headers = {}, extra = {}, pid = undefined) {
  const options = {
    url,
    method: 'POST',
    connections,
    ...extra,
    pipelining: 1,
    body,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25', ...headers },
  };
  await autocannon({ ...options, duration: 1 }); // warm-up
  const cpuBefore = pid === undefined ? undefined : cpuSecondsOf(pid);
  const result = await autocannon({ ...options, duration: seconds });
  const cpuAfter = pid === undefined ? undefined : cpuSecondsOf(pid);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${url}: ${bad} failed requests of ${result.requests.total}`);
  const cpuUs = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUs };
}

/** Per target, the median of its rounds for each measure. */
function mediansOf(samples) {
  const median = (list, key) => list.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { rps: median(list, 'rps'), p50: median(list, 'p50'), p99: median(list, 'p99'), cpuUs: median(list, 'cpuUs') }]));
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One line of progress on a terminal (stderr), so a long run shows where it is; nothing when piped. */
function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

async function httpBench() {
  execFileSync(process.execPath, ['server/build.mjs'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'mcp-bench-'));
  mkdirSync(join(dataDir, 'snippets'), { recursive: true });
  writeFileSync(join(dataDir, 'snippets', 'bench'), 'kubectl rollout status deployment/mcp-agents -n mcp-agents');
  const tools = { hello_mcp: {}, get_snippet: { snippetname: 'bench' } };
  // BENCH_CPU_PROF=<dir>: this server runs under `node --cpu-prof`, its profile written there on exit.
  const profileDir = process.env.BENCH_CPU_PROF;
  const processes = [];
  try {
    const raw = await startProcess(['scripts/bench/raw-echo.mjs']);
    processes.push(raw);
    const peer = await startProcess(['scripts/bench/sdk-handler.mjs'], { DATA_DIR: dataDir });
    processes.push(peer);
    const ours = await startProcess([...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), 'server/dist/main.mjs'], {
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      RATE_LIMIT_RPS: '0',
    });
    processes.push(ours);
    // The same tools/call, as each revision sends it: 2025-11-25 plain; 2026-07-28 with the per-request
    // envelope in _meta and the standard headers.
    const request = (revision, tool) =>
      revision === '2026-07-28'
        ? [modernCall(tool, tools[tool]), { 'mcp-protocol-version': revision, 'mcp-method': 'tools/call', 'mcp-name': tool }]
        : [call(tool, tools[tool]), { 'mcp-protocol-version': revision }];
    const targets = { 'raw echo': () => load(raw.url, call('hello_mcp', {}), {}, {}, raw.pid) };
    for (const [label, server] of [['peer', peer], ['ours', ours]]) {
      for (const revision of ['2025-11-25', '2026-07-28']) {
        for (const tool of Object.keys(tools)) targets[`${label} ${revision} ${tool}`] = () => load(server.url, ...request(revision, tool), {}, server.pid);
      }
    }
    // BENCH_TARGETS=<regexp>: only the targets whose names match (the raw echo always runs).
    const pick = process.env.BENCH_TARGETS ? new RegExp(process.env.BENCH_TARGETS) : undefined;
    for (const name of Object.keys(targets)) if (pick && name !== 'raw echo' && !pick.test(name)) delete targets[name];
    // Rounds interleave the targets so that a noisy moment on the machine does not favour one of them;
    // each cell is the median of the rounds.
    const samples = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const names = Object.keys(targets);
    for (let round = 0; round < rounds; round++) {
      for (const [i, name] of names.entries()) {
        progress(`round ${round + 1}/${rounds}, target ${i + 1}/${names.length}: ${name}`);
        samples[name].push(await targets[name]());
      }
    }
    progress('');
    const m = mediansOf(samples);

    const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
    // Each ratio twice: by throughput, then by CPU per call (how many times less CPU a call costs).
    const ratio = (a, b) => {
      if (!a || !b) return '—';
      const cpu = a.cpuUs && b.cpuUs ? ` · ${(b.cpuUs / a.cpuUs).toFixed(2)}x` : '';
      return `${(a.rps / b.rps).toFixed(2)}x${cpu}`;
    };
    const cpu = (r) => (r.cpuUs === undefined ? '—' : fmt(r.cpuUs));
    const echo = m['raw echo'];
    const rows = [['raw node:http JSON-RPC echo (the limit)', '—', 'hello_mcp', fmt(echo.rps), echo.p50, echo.p99, cpu(echo), '—', ratio(echo, echo)]];
    for (const label of ['peer', 'ours']) {
      for (const revision of ['2025-11-25', '2026-07-28']) {
        for (const tool of Object.keys(tools)) {
          const r = m[`${label} ${revision} ${tool}`];
          if (!r) continue;
          const who = label === 'peer' ? 'SDK `createMcpHandler`, server built per request' : 'this server';
          const base = m[`peer ${revision} ${tool}`];
          rows.push([who, revision, tool, fmt(r.rps), r.p50, r.p99, cpu(r), label === 'ours' ? ratio(r, base) : ratio(r, r), ratio(r, echo)]);
        }
      }
    }
    console.log(`\n### tools/call throughput (${connections} connections, median of ${rounds} interleaved ${seconds}s rounds, 127.0.0.1, RATE_LIMIT_RPS=0)\n`);
    console.log('Ratios: by req/s · by server CPU per call.\n');
    console.log(table(['target', 'revision', 'tool', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/call', 'vs SDK pattern', 'vs raw limit'], rows));
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startupBench() {
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 10);
  const time = async (args, env, ready) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'mcp-start-'));
      const started = performance.now();
      await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (c) => {
          out += c;
          if (ready(out)) {
            samples.push(performance.now() - started);
            child.kill('SIGTERM');
          }
        });
        child.once('exit', (code) => (ready(out) ? resolve() : reject(new Error(`exit ${code}: ${out}`))));
      });
      rmSync(dataDir, { recursive: true, force: true });
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  };
  const nodeOnly = await time(['-e', 'console.log("ready")'], {}, (o) => o.includes('ready'));
  const server = await time(['server/dist/main.mjs'], {}, (o) => o.includes('"url":"http'));
  console.log(`\n### start-to-ready (median of ${runs})\n`);
  console.log(
    table(
      ['process', 'ms', 'vs node -e'],
      [
        ['node -e (baseline)', nodeOnly.toFixed(0), '1.00x'],
        ['server bundle, embedded defaults, listening', server.toFixed(0), `${(server / nodeOnly).toFixed(2)}x`],
      ],
    ),
  );
}

async function captureBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'mcp-capture-'));
  const processes = [];
  try {
    const model = await startProcess(['scripts/bench/fake-model.mjs']);
    processes.push(model);
    const common = { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT_RPS: '0', OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'bench-model' };
    const off = await startProcess(['server/dist/main.mjs'], common);
    const on = await startProcess(['server/dist/main.mjs'], { ...common, ENABLE_LIGHTNING_CAPTURE: 'true' });
    processes.push(off, on);
    const body = call('ask_foundry', { question: 'How do I drain a node before an upgrade?' });
    // Two loads: a steady 200 calls/s (latency as a caller sees it) and saturation (throughput).
    const steady = { connections: 8, overallRate: 200 };
    const samples = { offSteady: [], onSteady: [], off: [], on: [] };
    for (let round = 0; round < rounds; round++) {
      samples.offSteady.push(await load(off.url, body, {}, steady));
      samples.onSteady.push(await load(on.url, body, {}, steady));
      samples.off.push(await load(off.url, body));
      samples.on.push(await load(on.url, body));
    }
    const m = mediansOf(samples);
    const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
    const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(0)}%`;
    console.log(`\n### capture overhead: tools/call ask_foundry against an instant OpenAI-compatible endpoint (median of ${rounds} rounds)\n`);
    console.log(
      table(
        ['load', 'capture off: req/s, p50, p99 ms', 'capture on: req/s, p50, p99 ms', 'p50 change', 'throughput change'],
        [
          ['steady 200 calls/s', `${fmt(m.offSteady.rps)}, ${m.offSteady.p50}, ${m.offSteady.p99}`, `${fmt(m.onSteady.rps)}, ${m.onSteady.p50}, ${m.onSteady.p99}`, pct(m.onSteady.p50, m.offSteady.p50), '—'],
          [`saturation (${connections} connections)`, `${fmt(m.off.rps)}, ${m.off.p50}, ${m.off.p99}`, `${fmt(m.on.rps)}, ${m.on.p50}, ${m.on.p99}`, pct(m.on.p50, m.off.p50), pct(m.on.rps, m.off.rps)],
        ],
      ),
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function lightningBench() {
  console.log('\n### Lightning\n');
  execFileSync('npm', ['run', 'bench', '--silent', '-w', '@mcp-aks/lightning'], { cwd: root, stdio: 'inherit' });
}

console.log(`# Benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
if (!only || only === 'http') await httpBench();
if (!only || only === 'capture') await captureBench();
if (!only || only === 'startup') await startupBench();
if (!only || only === 'lightning') lightningBench();
