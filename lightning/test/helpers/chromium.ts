import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Headless Chromium (Debian package `chromium`; ./dev test and ./dev ci install it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = () => existsSync(CHROMIUM);

/** Loads a local HTML file, runs its scripts and returns the DOM as serialized after load. */
export async function dumpDom(htmlPath: string, timeoutMs = 90_000): Promise<string> {
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
