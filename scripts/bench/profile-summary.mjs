#!/usr/bin/env node
// Where the time went in a `node --cpu-prof` profile: self and inclusive time per function and per
// package, positions in the minified bundle mapped back through its source map.
// Usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map;
    try {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** "function (source:line)" and the package or area it belongs to. */
function describe({ functionName, url, lineNumber, columnNumber }) {
  if (!url) return { fn: functionName || '(anonymous)', area: functionName.startsWith('(') ? functionName : '(native)' };
  let source = url;
  let line = lineNumber + 1;
  let name = functionName || '(anonymous)';
  const map = sourceMapOf(url);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry && entry.originalSource) {
    source = entry.originalSource;
    line = entry.originalLine + 1;
    if (entry.name && name.length <= 2) name = entry.name; // minified names say nothing
  }
  source = source.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  const area = pkg ?? (source.startsWith('node:') ? 'node (internal)' : (/(server|packages|lightning)\/[^/]+\/[^/]+/.exec(source)?.[0] ?? source));
  const short = source.replace(/^.*node_modules\//, '').replace(/^.*\/(server|packages|lightning)\//, '$1/');
  return { fn: `${name} (${short}:${line})`, area };
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const described = new Map([...nodes].map(([id, n]) => [id, describe(n.callFrame)]));

const selfFn = new Map();
const selfArea = new Map();
const inclusiveFn = new Map();
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
let total = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const d = described.get(id);
  if (d.fn === '(idle)') {
    idle += dt;
    return;
  }
  total += dt;
  add(selfFn, d.fn, dt);
  add(selfArea, d.area, dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const fn = described.get(at).fn;
    if (seen.has(fn)) continue;
    seen.add(fn);
    add(inclusiveFn, fn, dt);
  }
});

const pct = (v) => `${((v / total) * 100).toFixed(1)}%`;
const list = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v).padStart(6)}  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s busy, ${(idle / 1e6).toFixed(1)} s idle`);
list('self time by package or area', selfArea, top);
list('self time by function', selfFn, top);
list('inclusive time by function', inclusiveFn, top);
