// Drawings: every node of a large topology inside its sub-topology's box, none overlapping, and
// Mermaid text that names every node once.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTopology } from '../../../src/method/topology/index.js';

const dir = new URL('./corpus/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const text = (f: string) => readFileSync(new URL(f, dir), 'utf8');

/** All corpus sub-topologies in one description, renumbered, each file's names suffixed: 100+ nodes. */
function combined(): string {
  let id = 0;
  const lines = ['Topologies:'];
  files.forEach((f, i) => {
    for (const line of text(f).split('\n')) {
      const sub = /Sub-topology: (\d+)(.*)/.exec(line);
      if (sub) lines.push(`   Sub-topology: ${id++}${sub[2]}`);
      else if (/^\s*(Source|Processor|Sink|-->|<--)/.test(line))
        lines.push(line.replace(/([A-Za-z0-9][\w.*-]*)(?=[,)\]\s]|$)/g, (m) => (/^(Source|Processor|Sink|topics|stores|topic|none|extractor|class)$/.test(m) ? m : `${m}-f${i}`)));
    }
  });
  return lines.join('\n');
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const rects = (svg: string, attr: RegExp): Rect[] => [...svg.matchAll(attr)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) }));
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('topology drawings', () => {
  const big = combined();
  const { report, output: svg } = readTopology(big, 'svg');

  it('draws a 100+ node topology with every node inside its box and no two nodes overlapping', () => {
    expect(report.counts.nodes).toBeGreaterThan(100);
    const boxes = rects(svg, /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="8"/g);
    expect(boxes).toHaveLength(report.counts.subtopologies);
    const nodes = rects(svg, /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="(30)" rx="(?:0|4|15)"/g);
    // every processor/source/sink node and every topic copy is a 30px-high rectangle
    expect(nodes.length).toBeGreaterThanOrEqual(report.counts.nodes);
    for (const n of nodes) expect(boxes.filter((b) => n.x >= b.x && n.y >= b.y && n.x + n.w <= b.x + b.w && n.y + n.h <= b.y + b.h)).toHaveLength(1);
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) expect(overlaps(nodes[i]!, nodes[j]!)).toBe(false);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('escapes names and marks where a topic crossing sub-topologies goes', () => {
    const { output } = readTopology(text('02-word-count-generated.txt'), 'svg');
    expect(output).toContain('to sub-topology 1');
    expect(output).toContain('from sub-topology 0');
    const odd = readTopology(text('13-dynamic-sink.txt'), 'svg').output;
    expect(odd).not.toMatch(/<[^a-z/!]/);
  });

  it('writes Mermaid with each node declared once, stores as cylinders and topics as stadiums', () => {
    const mermaid = readTopology(text('06-stream-table-join.txt'), 'mermaid').output;
    expect(mermaid.startsWith('flowchart TB\n')).toBe(true);
    expect(mermaid).toContain('[("user-profiles-store")]:::store');
    expect(mermaid).toContain('(["page-views"]):::input');
    expect(mermaid.match(/\["KSTREAM-JOIN-0000000004"\]/g)).toHaveLength(1);
    const big = readTopology(combined(), 'mermaid').output;
    const declared = [...big.matchAll(/^\s+(n\d+)[[(]/gm)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
  });
});
