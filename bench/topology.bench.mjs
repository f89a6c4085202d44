#!/usr/bin/env node
// topology read + draw for a 200-node describe() output (the corpus, replicated under new names).
import './footer.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { readTopology } from '../dist/index.js';

const dir = new URL('../test/method/topology/corpus/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.includes('global'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** Copies of the corpus' sub-topologies with every name suffixed, renumbered, until `nodes` nodes. */
function large(nodes) {
  const out = ['Topologies:'];
  let id = 0;
  let count = 0;
  for (let copy = 0; count < nodes; copy++) {
    for (const [f, text] of texts.entries()) {
      const body = text.split('\n').filter((l) => /^\s*(Source|Processor|Sink|-->|<--|Sub-topology)/.test(l));
      for (const line of body) {
        const sub = /Sub-topology: (\d+)(.*)/.exec(line);
        if (sub) {
          out.push(`   Sub-topology: ${id++}${sub[2]}`);
          continue;
        }
        if (/^\s*(Source|Processor|Sink):/.test(line)) count++;
        out.push(line.replace(/([A-Za-z0-9][\w.-]*)(?=[,)\]\s]|$)/g, (m) => (/^(Source|Processor|Sink|topics|stores|topic|none|extractor|class)$/.test(m) ? m : `${m}-c${copy}f${f}`)));
      }
      if (count >= nodes) break;
    }
  }
  return { text: out.join('\n'), nodes: count };
}

const { text, nodes } = large(200);
for (let i = 0; i < 5; i++) readTopology(text, 'svg');
const runs = 20;
const timings = {};
for (const format of ['json', 'svg', 'mermaid']) {
  const start = process.hrtime.bigint();
  let size = 0;
  for (let i = 0; i < runs; i++) size = readTopology(text, format).output.length;
  timings[format] = { ms: Number(process.hrtime.bigint() - start) / 1e6 / runs, size };
}
console.log(
  `topology: ${nodes} nodes; read + analyze ${timings.json.ms.toFixed(1)} ms; read + draw SVG ${timings.svg.ms.toFixed(1)} ms (${(timings.svg.size / 1024).toFixed(0)} KiB); read + Mermaid ${timings.mermaid.ms.toFixed(1)} ms`,
);
