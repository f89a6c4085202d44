// Drawings of a topology: Mermaid text, and an SVG with a layered layout of our own.
// SVG layout: one box per sub-topology; inside it nodes sit in layers by longest path from the
// topics they read (topics on top, sinks' topics at the bottom), ordered by a few barycenter
// sweeps to cut crossings; stores are cylinders beside the processors that use them. A topic
// crossing sub-topologies is drawn in both boxes and labelled with where it goes or comes from,
// so no edge ever leaves a box and large topologies stay legible.
import type { ParsedTopology } from './parse.js';
import type { TopicReport, TopicRole, TopologyReport } from './analyze.js';

type Shape = 'source' | 'processor' | 'sink' | 'topic' | 'store';

interface DrawNode {
  id: string;
  label: string;
  note?: string;
  shape: Shape;
  role?: TopicRole;
  title: string;
  layer: number;
  order: number;
  width: number;
  x: number;
  y: number;
}

interface DrawEdge {
  from: string;
  to: string;
  dashed: boolean;
}

const CHAR = 6.6; // px per character at the 11px monospace font used
const NODE_H = 30;
const ROW_H = 74;
const GAP = 22;
const PAD = 24;
const HEADER = 34;
const MAX_ROW_WIDTH = 2200;

const COLORS: Record<TopicRole | 'store' | 'source' | 'sink' | 'processor', { fill: string; stroke: string }> = {
  input: { fill: '#dbeafe', stroke: '#1d4ed8' },
  output: { fill: '#dcfce7', stroke: '#15803d' },
  through: { fill: '#e0e7ff', stroke: '#4338ca' },
  repartition: { fill: '#ffedd5', stroke: '#c2410c' },
  'foreign-key-internal': { fill: '#ffedd5', stroke: '#c2410c' },
  'global-input': { fill: '#f3e8ff', stroke: '#7e22ce' },
  store: { fill: '#fef9c3', stroke: '#a16207' },
  source: { fill: '#ffffff', stroke: '#1d4ed8' },
  sink: { fill: '#ffffff', stroke: '#15803d' },
  processor: { fill: '#f8fafc', stroke: '#475569' },
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Nodes and edges of one sub-topology's drawing, before layout. */
function subgraph(topology: ParsedTopology, report: TopologyReport, id: number): { nodes: DrawNode[]; edges: DrawEdge[] } {
  const sub = topology.subtopologies.find((s) => s.id === id)!;
  const topicInfo = new Map(report.topics.map((t) => [t.name, t]));
  const storeInfo = new Map(report.stores.map((s) => [s.name, s]));
  const nodes: DrawNode[] = [];
  const edges: DrawEdge[] = [];
  const make = (id: string, label: string, shape: Shape, title: string, extra: Partial<DrawNode> = {}): DrawNode => {
    const node: DrawNode = { id, label, shape, title, layer: 0, order: 0, width: 0, x: 0, y: 0, ...extra };
    node.width = Math.max(label.length, (node.note ?? '').length) * CHAR + (shape === 'store' ? 34 : 24);
    nodes.push(node);
    return node;
  };
  const topicNote = (t: TopicReport | undefined, reading: boolean): string | undefined => {
    if (!t) return undefined;
    const others = (reading ? t.writtenBy : t.readBy).filter((x) => x !== id);
    const where = others.length ? `${reading ? 'from' : 'to'} sub-topology ${others.join(', ')}` : t.role;
    return `${where}${t.partitions !== null ? ` · ${t.partitions} partitions` : ''}`;
  };
  for (const name of sub.nodes) {
    const n = topology.nodes[name]!;
    const detail = n.kind === 'source' ? `topics: ${n.pattern ?? n.topics.join(', ')}` : n.kind === 'sink' ? `topic: ${n.topic ?? n.extractor}` : `stores: ${n.stores.join(', ') || 'none'}`;
    make(`n:${name}`, name, n.kind, `${n.kind} ${name}\n${detail}`);
    for (const next of n.successors) edges.push({ from: `n:${name}`, to: `n:${next}`, dashed: false });
    if (n.kind === 'source') {
      for (const topic of n.pattern !== undefined ? [n.pattern] : n.topics) {
        const tid = `t:in:${topic}`;
        if (!nodes.some((x) => x.id === tid)) {
          const info = topicInfo.get(topic);
          make(tid, topic, 'topic', `topic ${info?.clusterName ?? topic} (${info?.role ?? 'pattern'})`, {
            role: info?.role ?? 'input',
            note: n.pattern !== undefined ? 'pattern' : topicNote(info, true),
          });
        }
        edges.push({ from: tid, to: `n:${name}`, dashed: false });
      }
    }
    if (n.kind === 'sink') {
      const topic = n.topic ?? `(${n.extractor ?? 'dynamic'})`;
      const tid = `t:out:${topic}`;
      if (!nodes.some((x) => x.id === tid)) {
        const info = topicInfo.get(topic);
        make(tid, topic, 'topic', `topic ${info?.clusterName ?? topic} (${info?.role ?? 'dynamic'})`, { role: info?.role ?? 'output', note: topicNote(info, false) ?? 'chosen per record' });
      }
      edges.push({ from: `n:${name}`, to: tid, dashed: false });
    }
    if (n.kind === 'processor') {
      for (const store of n.stores) {
        const sid = `s:${store}`;
        const info = storeInfo.get(store);
        if (!nodes.some((x) => x.id === sid))
          make(sid, store, 'store', `store ${store}\n${info?.changelog ? `changelog ${info.changelog} (${info.changelogCleanup})` : 'global store: restored from its topic'}`, {
            note: info?.changelog ? `changelog ${info.changelogCleanup}` : 'global',
          });
        edges.push({ from: `n:${name}`, to: sid, dashed: true });
      }
    }
  }
  return { nodes, edges };
}

/** Longest-path layers over the solid edges; a store sits in the layer of the first processor using it. */
function layer(nodes: DrawNode[], edges: DrawEdge[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const solid = edges.filter((e) => !e.dashed);
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of solid) indegree.set(e.to, indegree.get(e.to)! + 1);
  const queue = nodes.filter((n) => n.shape !== 'store' && indegree.get(n.id) === 0).map((n) => n.id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of solid.filter((x) => x.from === id)) {
      const target = byId.get(e.to)!;
      target.layer = Math.max(target.layer, byId.get(id)!.layer + 1);
      indegree.set(e.to, indegree.get(e.to)! - 1);
      if (indegree.get(e.to) === 0) queue.push(e.to);
    }
  }
  for (const s of nodes.filter((n) => n.shape === 'store')) {
    const users = edges.filter((e) => e.dashed && e.to === s.id).map((e) => byId.get(e.from)!.layer);
    s.layer = Math.min(...users);
  }
}

/** Orders nodes in each layer by the mean position of their neighbours, sweeping down and up. */
function order(nodes: DrawNode[], edges: DrawEdge[]): DrawNode[][] {
  const layers: DrawNode[][] = [];
  for (const n of nodes) (layers[n.layer] ??= []).push(n);
  for (let i = 0; i < layers.length; i++) layers[i] ??= [];
  layers.forEach((row) => row.forEach((n, i) => (n.order = i)));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = (n: DrawNode, up: boolean) =>
    edges.flatMap((e) => {
      if (up ? e.to === n.id : e.from === n.id) return [byId.get(up ? e.from : e.to)!];
      if (e.dashed && (up ? e.from === n.id : e.to === n.id)) return [byId.get(up ? e.to : e.from)!];
      return [];
    });
  for (let sweep = 0; sweep < 6; sweep++) {
    const down = sweep % 2 === 0;
    const indices = layers.map((_, i) => i);
    for (const i of down ? indices.slice(1) : indices.reverse().slice(1)) {
      const row = layers[i]!;
      const key = new Map(
        row.map((n) => {
          const ns = neighbours(n, down);
          return [n.id, ns.length ? ns.reduce((a, m) => a + m.order, 0) / ns.length : n.order];
        }),
      );
      row.sort((a, b) => key.get(a.id)! - key.get(b.id)! || a.order - b.order);
      row.forEach((n, k) => (n.order = k));
    }
  }
  return layers;
}

interface Box {
  id: number;
  title: string;
  nodes: DrawNode[];
  edges: DrawEdge[];
  width: number;
  height: number;
  x: number;
  y: number;
}

function layoutBox(topology: ParsedTopology, report: TopologyReport, id: number): Box {
  const { nodes, edges } = subgraph(topology, report, id);
  layer(nodes, edges);
  const layers = order(nodes, edges);
  const rowWidth = (row: DrawNode[]) => row.reduce((a, n) => a + n.width, 0) + GAP * Math.max(0, row.length - 1);
  const inner = Math.max(...layers.map(rowWidth), 160);
  layers.forEach((row, i) => {
    let x = PAD + (inner - rowWidth(row)) / 2;
    for (const n of row) {
      n.x = x;
      n.y = HEADER + i * ROW_H;
      x += n.width + GAP;
    }
  });
  const sub = report.subtopologies.find((s) => s.id === id)!;
  const title = sub.global ? `Sub-topology ${id} · global store (no tasks)` : `Sub-topology ${id}${sub.tasks !== null ? ` · ${sub.tasks} tasks` : ''}`;
  return { id, title, nodes, edges, width: Math.max(inner + 2 * PAD, title.length * 7.5 + 2 * PAD), height: HEADER + layers.length * ROW_H, x: 0, y: 0 };
}

function shapeSvg(n: DrawNode, ox: number, oy: number): string {
  const x = ox + n.x;
  const y = oy + n.y;
  const c = COLORS[n.shape === 'topic' ? (n.role ?? 'input') : n.shape];
  const title = `<title>${esc(n.title)}</title>`;
  const text = (dy: number, s: string, cls: string) => `<text x="${(x + n.width / 2).toFixed(1)}" y="${(y + dy).toFixed(1)}" class="${cls}">${esc(s)}</text>`;
  const drop = n.shape === 'store' ? 3 : 0; // below the cylinder's top rim
  const label = n.note ? text(13 + drop, n.label, 'l') + text(25 + drop, n.note, 'n') : text(19 + drop, n.label, 'l');
  let body: string;
  if (n.shape === 'topic') {
    body = `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${n.width.toFixed(1)}" height="${NODE_H}" rx="15" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`;
  } else if (n.shape === 'store') {
    const w = n.width;
    body = `<path d="M${x.toFixed(1)},${(y + 5).toFixed(1)} a${(w / 2).toFixed(1)},5 0 0,0 ${w.toFixed(1)},0 v${NODE_H - 8} a${(w / 2).toFixed(1)},5 0 0,1 ${(-w).toFixed(1)},0 z M${x.toFixed(1)},${(y + 5).toFixed(1)} a${(w / 2).toFixed(1)},5 0 0,1 ${w.toFixed(1)},0" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/>`;
  } else {
    const dash = n.shape === 'processor' ? '' : ' stroke-width="2"';
    body = `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${n.width.toFixed(1)}" height="${NODE_H}" rx="${n.shape === 'processor' ? 4 : 0}" fill="${c.fill}" stroke="${c.stroke}"${dash}/>`;
  }
  return `<g>${title}${body}${label}</g>`;
}

function edgeSvg(box: Box, e: DrawEdge): string {
  const byId = new Map(box.nodes.map((n) => [n.id, n]));
  const a = byId.get(e.from)!;
  const b = byId.get(e.to)!;
  if (e.dashed) {
    const sameRow = a.layer === b.layer;
    const [x1, x2] = sameRow ? (a.x < b.x ? [a.x + a.width, b.x] : [a.x, b.x + b.width]) : [a.x + a.width / 2, b.x + b.width / 2];
    const [y1, y2] = sameRow ? [a.y + NODE_H / 2, b.y + NODE_H / 2] : a.y < b.y ? [a.y + NODE_H, b.y] : [a.y, b.y + NODE_H];
    return `<line x1="${(box.x + x1).toFixed(1)}" y1="${(box.y + y1).toFixed(1)}" x2="${(box.x + x2).toFixed(1)}" y2="${(box.y + y2).toFixed(1)}" class="st"/>`;
  }
  const x1 = box.x + a.x + a.width / 2;
  const y1 = box.y + a.y + NODE_H;
  const x2 = box.x + b.x + b.width / 2;
  const y2 = box.y + b.y;
  const mid = (y1 + y2) / 2;
  return `<path d="M${x1.toFixed(1)},${y1.toFixed(1)} C${x1.toFixed(1)},${mid.toFixed(1)} ${x2.toFixed(1)},${mid.toFixed(1)} ${x2.toFixed(1)},${(y2 - 2).toFixed(1)}" class="e"/>`;
}

export function topologySvg(topology: ParsedTopology, report: TopologyReport): string {
  const boxes = [...topology.subtopologies].sort((a, b) => a.id - b.id).map((s) => layoutBox(topology, report, s.id));
  // Boxes flow left to right and wrap into rows.
  const legendH = 44;
  let x = PAD;
  let y = legendH + PAD;
  let rowH = 0;
  let width = 0;
  for (const b of boxes) {
    if (x > PAD && x + b.width > MAX_ROW_WIDTH) {
      x = PAD;
      y += rowH + PAD;
      rowH = 0;
    }
    b.x = x;
    b.y = y;
    x += b.width + PAD;
    rowH = Math.max(rowH, b.height);
    width = Math.max(width, x);
  }
  const height = y + rowH + PAD;
  const legend: Array<[string, keyof typeof COLORS]> = [
    ['input topic', 'input'],
    ['output topic', 'output'],
    ['repartition / internal', 'repartition'],
    ['global topic', 'global-input'],
    ['state store', 'store'],
    ['source', 'source'],
    ['sink', 'sink'],
    ['processor', 'processor'],
  ];
  let lx = PAD;
  const legendSvg = legend
    .map(([label, key]) => {
      const c = COLORS[key];
      const g = `<rect x="${lx}" y="14" width="14" height="14" rx="3" fill="${c.fill}" stroke="${c.stroke}"/><text x="${lx + 20}" y="25" class="g">${label}</text>`;
      lx += 34 + label.length * 7;
      return g;
    })
    .join('');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(Math.max(width, lx))}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(Math.max(width, lx))} ${Math.ceil(height)}" font-family="ui-monospace, Menlo, Consolas, monospace">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#475569"/></marker></defs>',
    '<style>.l{font-size:11px;text-anchor:middle;fill:#0f172a}.n{font-size:9px;text-anchor:middle;fill:#475569}.g{font-size:11px;fill:#0f172a}.h{font-size:13px;font-weight:bold;fill:#0f172a}.e{fill:none;stroke:#475569;stroke-width:1.3;marker-end:url(#arrow)}.st{stroke:#a16207;stroke-width:1.3;stroke-dasharray:4 3}</style>',
    `<rect width="100%" height="100%" fill="#ffffff"/>${legendSvg}`,
  ];
  for (const b of boxes) {
    parts.push(
      `<g><rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" rx="8" fill="#f1f5f9" stroke="#94a3b8" stroke-dasharray="${report.subtopologies.find((s) => s.id === b.id)!.global ? '6 4' : 'none'}"/><text x="${(b.x + 12).toFixed(1)}" y="${(b.y + 22).toFixed(1)}" class="h">${esc(b.title)}</text>`,
    );
    for (const e of b.edges) parts.push(edgeSvg(b, e));
    for (const n of b.nodes) parts.push(shapeSvg(n, b.x, b.y));
    parts.push('</g>');
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** Mermaid class names are plain words. */
const cls = (key: string): string => key.replace(/-/g, '');

/** Mermaid flowchart: a subgraph per sub-topology, each topic once (Mermaid routes the edges between boxes). */
export function topologyMermaid(topology: ParsedTopology, report: TopologyReport): string {
  const ids = new Map<string, string>();
  const idOf = (key: string): string => ids.get(key) ?? (ids.set(key, `n${ids.size}`), ids.get(key)!);
  const label = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart TB'];
  const topicRole = new Map(report.topics.map((t) => [t.name, t.role]));
  const topics = new Set<string>();
  const links: string[] = [];
  for (const sub of [...topology.subtopologies].sort((a, b) => a.id - b.id)) {
    const s = report.subtopologies.find((x) => x.id === sub.id)!;
    lines.push(`  subgraph st${sub.id}[${label(`Sub-topology ${sub.id}${sub.global ? ' (global store)' : s.tasks !== null ? ` · ${s.tasks} tasks` : ''}`)}]`);
    for (const name of sub.nodes) {
      const n = topology.nodes[name]!;
      lines.push(`    ${idOf(`n:${name}`)}[${label(name)}]:::${n.kind}`);
      if (n.kind === 'processor') {
        for (const store of n.stores) {
          if (!ids.has(`s:${store}`)) lines.push(`    ${idOf(`s:${store}`)}[(${label(store)})]:::store`);
          links.push(`  ${idOf(`n:${name}`)} -.- ${idOf(`s:${store}`)}`);
        }
      }
      for (const next of n.successors) links.push(`  ${idOf(`n:${name}`)} --> ${idOf(`n:${next}`)}`);
      if (n.kind === 'source')
        for (const t of n.pattern !== undefined ? [n.pattern] : n.topics) {
          topics.add(t);
          links.push(`  ${idOf(`t:${t}`)} --> ${idOf(`n:${name}`)}`);
        }
      if (n.kind === 'sink') {
        const t = n.topic ?? `(${n.extractor ?? 'dynamic'})`;
        topics.add(t);
        links.push(`  ${idOf(`n:${name}`)} --> ${idOf(`t:${t}`)}`);
      }
    }
    lines.push('  end');
  }
  for (const t of topics) lines.push(`  ${idOf(`t:${t}`)}([${label(t)}]):::${cls(topicRole.get(t) === 'foreign-key-internal' ? 'repartition' : (topicRole.get(t) ?? 'input'))}`);
  lines.push(...links);
  for (const key of ['input', 'output', 'through', 'repartition', 'global-input', 'store', 'source', 'sink', 'processor'] as const) {
    const c = COLORS[key];
    lines.push(`  classDef ${cls(key)} fill:${c.fill},stroke:${c.stroke}`);
  }
  return `${lines.join('\n')}\n`;
}
