// The topology reader's one entry point, shared by the CLI command and the MCP tool.
import { UserError } from '../../model/errors.js';
import { analyzeTopology, type TopologyOptions, type TopologyReport } from './analyze.js';
import { topologyMermaid, topologySvg } from './draw.js';
import { parseTopology } from './parse.js';
import { topologyMarkdown, topologyText } from './report.js';

export const TOPOLOGY_FORMATS = ['text', 'json', 'markdown', 'mermaid', 'svg'] as const;
export type TopologyFormat = (typeof TOPOLOGY_FORMATS)[number];

export interface TopologyResult {
  report: TopologyReport;
  /** The rendering asked for (for json: the report as JSON text). */
  output: string;
}

/** "orders:12,customers:12" -> { orders: 12, customers: 12 }. */
export function parseTopicPartitions(list: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = item.lastIndexOf(':');
    const n = Number(item.slice(at + 1));
    if (at <= 0 || !Number.isInteger(n) || n < 1)
      throw new UserError({ field: '--topics', message: `"${item}" is not name:partitions`, expected: 'a comma-separated list like orders:12,customers:12' });
    out[item.slice(0, at)] = n;
  }
  return out;
}

export function readTopology(text: string, format: TopologyFormat, options: TopologyOptions & { file?: string } = {}): TopologyResult {
  const parsed = parseTopology(text, options.file);
  const report = analyzeTopology(parsed, options);
  const render: Record<TopologyFormat, () => string> = {
    text: () => topologyText(report),
    markdown: () => topologyMarkdown(report),
    json: () => `${JSON.stringify(report, null, 2)}\n`,
    mermaid: () => topologyMermaid(parsed, report),
    svg: () => topologySvg(parsed, report),
  };
  return { report, output: render[format]() };
}

export type { TopologyOptions, TopologyReport } from './analyze.js';
