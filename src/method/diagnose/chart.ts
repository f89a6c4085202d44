// Lag over time as a picture: a one-line terminal sparkline and a small standalone SVG. Both are
// plain strings; writing them anywhere is the caller's business.
import { fmt } from '../../model/units.js';
import { duration } from './duration.js';

export interface SeriesPoint {
  /** seconds */
  t: number;
  value: number;
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per point, scaled from 0 to the series maximum. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  return values
    .map((v) => {
      if (!Number.isFinite(v) || max === 0) return BARS[0]!;
      return BARS[Math.min(BARS.length - 1, Math.round((Math.max(0, v) / max) * (BARS.length - 1)))]!;
    })
    .join('');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SvgOptions {
  title: string;
  yLabel: string;
  width?: number;
  height?: number;
}

/** A line chart of the series with labelled axes (time in the unit that reads best). */
export function svgChart(points: readonly SeriesPoint[], options: SvgOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  const left = 84;
  const right = 16;
  const top = 32;
  const bottom = 40;
  const tMax = Math.max(1e-9, ...points.map((p) => p.t));
  const vMax = Math.max(1, ...points.map((p) => p.value).filter(Number.isFinite));
  const x = (t: number) => left + (t / tMax) * (width - left - right);
  const y = (v: number) => top + (1 - Math.max(0, v) / vMax) * (height - top - bottom);
  const path = points
    .filter((p) => Number.isFinite(p.value))
    .map((p) => `${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const yTicks = ticks.map((f) => `<text x="${left - 6}" y="${(y(f * vMax) + 4).toFixed(1)}" text-anchor="end">${escapeXml(fmt(f * vMax))}</text>`);
  const xTicks = ticks.map(
    (f) => `<text x="${x(f * tMax).toFixed(1)}" y="${height - bottom + 16}" text-anchor="${f === 0 ? 'start' : f === 1 ? 'end' : 'middle'}">${escapeXml(duration(f * tMax))}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="18" font-size="13">${escapeXml(options.title)}</text>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#888"/>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#888"/>`,
    ...yTicks,
    ...xTicks,
    `<text x="12" y="${(top + height - bottom) / 2}" transform="rotate(-90 12 ${(top + height - bottom) / 2})" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
    `<polyline fill="none" stroke="#c0392b" stroke-width="2" points="${path}"/>`,
    '</svg>',
    '',
  ].join('\n');
}
