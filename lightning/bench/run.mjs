// build-dataset over 1,000,000 generated episodes against a plain JSON.parse line loop over the same
// file, each measured in its own process (for its peak RSS). Run with `npm run bench -w @mcp-aks/lightning`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const count = Number(process.env.BENCH_EPISODES ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'lightning-bench-'));
const run = (mode) => JSON.parse(execFileSync(process.execPath, [join(here, 'worker.mjs'), mode, dir, String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 }));

try {
  const generated = run('generate');
  const bytes = statSync(join(dir, 'lightning', 'episodes.jsonl')).size;
  const plain = run('plain');
  const built = run('build');
  const rate = (r) => Math.round(count / (r.ms / 1000));
  const mb = (kb) => (kb / 1024).toFixed(0);
  const ratio = rate(built) / rate(plain);
  console.log(`\n### Lightning build-dataset (${count.toLocaleString('en')} episodes, ${(bytes / 2 ** 20).toFixed(0)} MiB of JSONL, ${cpus().length} cores, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log('| run | seconds | episodes/s | ratio | peak RSS (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| plain JSON.parse line loop (readline) | ${(plain.ms / 1000).toFixed(1)} | ${rate(plain).toLocaleString('en')} | 1.00 | ${mb(plain.maxRssKb)} |`);
  console.log(`| \`lightning build-dataset\` (supervised) | ${(built.ms / 1000).toFixed(1)} | ${rate(built).toLocaleString('en')} | ${ratio.toFixed(2)} | ${mb(built.maxRssKb)} |`);
  console.log(`\nbuild-dataset wrote ${built.train} train and ${built.validation} validation examples (${built.duplicates} duplicates, ${built.belowThreshold} below the reward threshold); generation took ${(generated.ms / 1000).toFixed(1)} s.`);
  const { measureCaptureOverhead } = await import('../dist/capture-overhead.mjs');
  const capture = await measureCaptureOverhead(20_000);
  console.log(`\n| capture (embedded store) | observe() p50 | observe() p99 | episodes stored/s |`);
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| ${capture.calls.toLocaleString('en')} ask_foundry calls | ${capture.observeP50Us} µs | ${capture.observeP99Us} µs | ${capture.storedPerSecond.toLocaleString('en')} |`);
  console.log(`\ntargets: ratio >= 0.5 (${ratio >= 0.5 ? 'met' : 'NOT met'}), peak RSS < 200 MB (${built.maxRssKb / 1024 < 200 ? 'met' : 'NOT met'})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
