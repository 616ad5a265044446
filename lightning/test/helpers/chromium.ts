import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Headless Chromium (Debian package `chromium`; ./dev test and ./dev ci install it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = () => existsSync(CHROMIUM);

/** Loads a local HTML file, runs its scripts and returns the DOM as serialized after load. */
export async function dumpDom(htmlPath: string, timeoutMs = 90_000, extraFlags: string[] = []): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lightning-chromium-'));
  try {
    return await new Promise<string>((resolve, reject) => {
      execFile(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${profile}`,
          '--window-size=1200,2400',
          ...extraFlags,
          '--dump-dom',
          pathToFileURL(htmlPath).href,
        ],
        { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`chromium failed: ${error.message}\n${stderr.slice(-2000)}`)) : resolve(stdout)),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** The charts of a dumped report: kind, rendered size and drawn marks, as the page's script recorded them. */
export function renderedCharts(dom: string): { kind: string; width: number; height: number; marks: number }[] {
  const charts: { kind: string; width: number; height: number; marks: number }[] = [];
  for (const match of dom.matchAll(/<svg\b[^>]*>/g)) {
    const tag = match[0];
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
    if (!attr('data-chart')) continue;
    charts.push({ kind: attr('data-chart')!, width: Number(attr('data-rendered-width') ?? 0), height: Number(attr('data-rendered-height') ?? 0), marks: Number(attr('data-rendered-marks') ?? 0) });
  }
  return charts;
}

/**
 * Renders Mermaid blocks with the mermaid package itself in headless Chromium (what GitHub does with
 * a job summary's ```mermaid blocks), returning per block whether it parsed and what it drew.
 */
export async function renderMermaid(blocks: string[]): Promise<{ ok: boolean; error?: string; svg: string }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lightning-mermaid-'));
  try {
    const script = pathToFileURL(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')).href;
    const page = join(dir, 'mermaid.html');
    await writeFile(
      page,
      `<!doctype html><html><body><script type="application/json" id="blocks">${JSON.stringify(blocks).replace(/</g, '\\u003c')}</script>
<script src="${script}"></script>
<script>
(async () => {
  mermaid.initialize({ startOnLoad: false });
  const blocks = JSON.parse(document.getElementById('blocks').textContent);
  for (const [i, text] of blocks.entries()) {
    const out = document.createElement('div');
    out.className = 'result';
    try { out.innerHTML = (await mermaid.render('m' + i, text)).svg; out.setAttribute('data-ok', 'true'); }
    catch (e) { out.setAttribute('data-ok', 'false'); out.setAttribute('data-error', String((e && e.message) || e).slice(0, 300)); }
    document.body.appendChild(out);
  }
  document.body.setAttribute('data-done', 'true');
})();
</script></body></html>`,
    );
    const dom = await dumpDom(page, 90_000, ['--virtual-time-budget=30000', '--allow-file-access-from-files']);
    if (!dom.includes('data-done="true"')) throw new Error('mermaid did not finish rendering');
    const results: { ok: boolean; error?: string; svg: string }[] = [];
    const parts = dom.split('<div class="result"').slice(1);
    for (const part of parts) {
      const ok = /^[^>]*data-ok="true"/.test(part);
      const error = /^[^>]*data-error="([^"]*)"/.exec(part)?.[1];
      results.push({ ok, ...(error ? { error } : {}), svg: part });
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
