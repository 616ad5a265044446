/**
 * Small, dependency-free SVG charts for the HTML report: a line chart and a grouped bar chart with
 * optional interval whiskers. Pure functions from numbers to markup; every label is escaped.
 */

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const frame = (width: number, height: number): Frame => ({ width, height, left: 56, right: 16, top: 36, bottom: 64 });
const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const step = [1, 2, 2.5, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

function open(kind: string, title: string, f: Frame): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeXml(kind)}" role="img" aria-label="${escapeXml(title)}" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="system-ui, sans-serif" font-size="12">` +
    `<title>${escapeXml(title)}</title><rect width="${f.width}" height="${f.height}" fill="#fff"/>` +
    `<text x="${f.width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600">${escapeXml(title)}</text>`
  );
}

function yAxis(f: Frame, min: number, max: number, y: (v: number) => number, label: string): string {
  let out = `<line x1="${f.left}" y1="${f.top}" x2="${f.left}" y2="${f.height - f.bottom}" stroke="#444"/>`;
  for (const t of niceTicks(min, max)) {
    out += `<line x1="${f.left}" x2="${f.width - f.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e7eb"/><text x="${f.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text>`;
  }
  return out + `<text transform="translate(14 ${(f.top + f.height - f.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(label)}</text>`;
}

function legend(f: Frame, names: string[]): string {
  return names
    .map((name, i) => {
      const x = f.left + i * 170;
      return `<g class="legend"><rect x="${x}" y="${f.height - 20}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 16}" y="${f.height - 10}">${escapeXml(name.slice(0, 24))}</text></g>`;
    })
    .join('');
}

export interface LineSeries {
  name: string;
  points: [number, number][];
}

export function lineChart(options: { kind: string; title: string; xLabel: string; yLabel: string; series: LineSeries[]; width?: number; height?: number }): string {
  const f = frame(options.width ?? 640, options.height ?? 320);
  const all = options.series.flatMap((s) => s.points);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const [y0, y1] = ys.length ? [Math.min(0, ...ys), Math.max(...ys)] : [0, 1];
  const x = (v: number) => f.left + ((v - x0) / (x1 - x0 || 1)) * (f.width - f.left - f.right);
  const y = (v: number) => f.height - f.bottom - ((v - y0) / (y1 - y0 || 1)) * (f.height - f.top - f.bottom);
  let out = open(options.kind, options.title, f) + yAxis(f, y0, y1, y, options.yLabel);
  out += `<line x1="${f.left}" y1="${f.height - f.bottom}" x2="${f.width - f.right}" y2="${f.height - f.bottom}" stroke="#444"/>`;
  for (const t of niceTicks(x0, x1)) out += `<text x="${x(t)}" y="${f.height - f.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`;
  out += `<text x="${(f.left + f.width - f.right) / 2}" y="${f.height - f.bottom + 32}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`;
  options.series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const d = s.points.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    out += `<polyline class="series" data-series="${escapeXml(s.name)}" fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2" points="${d}"/>`;
  });
  return out + legend(f, options.series.map((s) => s.name)) + '</svg>';
}

export interface BarSeries {
  name: string;
  values: number[];
  /** Interval ends per category, drawn as whiskers. */
  low?: number[];
  high?: number[];
}

export function barChart(options: { kind: string; title: string; yLabel: string; categories: string[]; series: BarSeries[]; min?: number; max?: number; width?: number; height?: number }): string {
  const f = frame(options.width ?? 640, options.height ?? 320);
  const values = options.series.flatMap((s) => [...s.values, ...(s.low ?? []), ...(s.high ?? [])]);
  const y0 = options.min ?? Math.min(0, ...values);
  const y1 = options.max ?? Math.max(1, ...values);
  const y = (v: number) => f.height - f.bottom - ((Math.max(y0, Math.min(y1, v)) - y0) / (y1 - y0 || 1)) * (f.height - f.top - f.bottom);
  const band = (f.width - f.left - f.right) / Math.max(1, options.categories.length);
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, options.series.length));
  let out = open(options.kind, options.title, f) + yAxis(f, y0, y1, y, options.yLabel);
  out += `<line x1="${f.left}" y1="${y(0)}" x2="${f.width - f.right}" y2="${y(0)}" stroke="#444"/>`;
  options.categories.forEach((category, c) => {
    const bandX = f.left + c * band;
    out += `<text x="${bandX + band / 2}" y="${f.height - f.bottom + 16}" text-anchor="middle">${escapeXml(category.slice(0, 22))}</text>`;
    options.series.forEach((s, i) => {
      const v = s.values[c];
      if (v === undefined || !Number.isFinite(v)) return;
      const bx = bandX + band * 0.1 + i * barWidth;
      const top = Math.min(y(v), y(0));
      const h = Math.max(1, Math.abs(y(v) - y(0)));
      out += `<rect class="bar" data-series="${escapeXml(s.name)}" data-category="${escapeXml(category)}" data-value="${v}" x="${bx.toFixed(1)}" y="${top.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[i % PALETTE.length]}"><title>${escapeXml(`${s.name} ${category}: ${fmt(v)}`)}</title></rect>`;
      const lo = s.low?.[c];
      const hi = s.high?.[c];
      if (lo !== undefined && hi !== undefined) {
        const cx = (bx + (barWidth - 2) / 2).toFixed(1);
        out += `<line class="whisker" x1="${cx}" x2="${cx}" y1="${y(lo).toFixed(1)}" y2="${y(hi).toFixed(1)}" stroke="#111" stroke-width="1.5"/>`;
      }
    });
  });
  return out + legend(f, options.series.map((s) => s.name)) + '</svg>';
}
