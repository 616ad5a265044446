#!/usr/bin/env node
// Where on-CPU time went in a Linux `perf` recording of the server bundle, by owner: each sample goes
// to the innermost bundle frame on its stack (mapped back through the bundle's source map), so time in
// V8 builtins, native code and the kernel counts for the code that caused it. Unlike a
// `--cpu-prof` profile (wall-clock samples of the main thread), a `perf` recording counts only time
// on a CPU, which matters on a loaded machine where the process is often waiting for one.
//
// Usage (the server started with `node --perf-basic-prof server/dist/main.mjs`, under load):
//   perf record -g -e cpu-clock -F 1500 -p <pid> -o /tmp/perf.data -- sleep 8
//   perf script -i /tmp/perf.data -F ip,sym > /tmp/perf.txt
//   node scripts/bench/perf-owners.mjs /tmp/perf.txt [top=25]
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: perf-owners.mjs <perf script output> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const bundleMap = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'dist', 'main.mjs.map');
const map = new SourceMap(JSON.parse(readFileSync(bundleMap, 'utf8')));

const positions = new Map();
/** The original source and function of a bundle frame, 'node:' for Node's own JavaScript, else null. */
function frameOf(symbol) {
  if (positions.has(symbol)) return positions.get(symbol);
  let frame = null;
  const at = /main\.mjs:(\d+):(\d+)/.exec(symbol);
  if (at) {
    const entry = map.findEntry(Number(at[1]) - 1, Number(at[2]) - 1);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
      frame = { source, fn: `${/JS:\S?'?([\w.$]*)/.exec(symbol)?.[1] || '(anonymous)'} (${source}:${entry.originalLine + 1})` };
    }
  } else if (/JS:.*node:/.test(symbol)) {
    frame = 'node:';
  }
  positions.set(symbol, frame);
  return frame;
}

const ownerOf = (source) =>
  source.startsWith('zod')
    ? 'zod'
    : source.startsWith('@modelcontextprotocol')
      ? 'MCP SDK'
      : source.startsWith('src/http')
        ? 'HTTP edge (server/src/http)'
        : source.startsWith('src/mcp')
          ? 'MCP glue (server/src/mcp)'
          : source.startsWith('src/tools') || source.startsWith('src/adapters')
            ? 'tools and stores'
            : source.split('/')[0];

const byOwner = new Map();
const byFunction = new Map();
const add = (m, key) => m.set(key, (m.get(key) ?? 0) + 1);
let total = 0;
for (const sample of readFileSync(file, 'utf8').split('\n\n')) {
  const lines = sample.trim().split('\n');
  if (!lines[0]) continue;
  total++;
  const syscall = /entry_SYSCALL/.test(sample);
  let owner;
  let viaZod = false;
  let inNode = false;
  for (const line of lines) {
    const frame = frameOf(line.trim().replace(/^[0-9a-f]+\s+/, ''));
    if (frame === null) continue;
    if (frame === 'node:') {
      inNode = true;
      continue;
    }
    if (frame.source.startsWith('zod')) {
      viaZod = true;
      continue;
    }
    owner = ownerOf(frame.source);
    if (!syscall && !viaZod) add(byFunction, frame.fn);
    break;
  }
  let key;
  if (owner) key = `${syscall ? 'system calls made by ' : ''}${viaZod ? 'zod called by ' : ''}${owner}`;
  else if (viaZod) key = 'zod';
  else if (inNode) key = "Node's http, streams and timers";
  else if (/Scaveng|Marking|Heap::|Sweep/.test(sample)) key = 'garbage collector';
  else if (/compiler::|Compil|Maglev/.test(sample)) key = 'JIT compiler';
  else if (/uv__io_poll|epoll/.test(sample)) key = 'event loop and socket I/O';
  else key = 'other native or kernel';
  add(byOwner, key);
}

const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [key, count] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((count / total) * 100).toFixed(1).padStart(6)}%  ${key}`);
};
console.log(`${file}: ${total} on-CPU samples`);
print('by owner (the innermost bundle frame on the stack)', byOwner);
print('by bundle function (its own time and the builtins, native code and GC under it; system calls and zod excluded)', byFunction);
