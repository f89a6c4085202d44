// The two Streams examples: what must hold, and the report's Streams section against golden files
// (regenerate with UPDATE_GOLDEN=1 after a deliberate change, then read the diff).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/method/deconstruct/parse.js';
import { design } from '../../src/method/design.js';
import { renderDesign } from '../../src/method/report/design-report.js';
import { requirementsSchema } from '../../src/model/requirements.js';

const load = (f: string) => design(parseWithSchema(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'), f, requirementsSchema));
const streamsSection = (report: string) => report.slice(report.indexOf('Stream processor'), report.indexOf('\nFindings\n'));

describe('examples/sensor-minute-averages.yaml (windowed aggregation with suppression)', () => {
  const d = load('sensor-minute-averages.yaml');
  const s = d.streams![0]!;
  it('keeps a window store with a compact,delete changelog and a suppression buffer, exactly once', () => {
    expect(s.stores.map((x) => x.kind)).toEqual(['window', 'suppress-buffer']);
    expect(s.internalTopics.find((t) => t.name.endsWith('aggregate-store-changelog'))!.config).toEqual({ 'cleanup.policy': 'compact,delete', 'retention.ms': String(90_000 + 86_400_000) });
    expect(s.config['processing.guarantee']).toBe('exactly_once_v2');
    expect(s.internalTopics.filter((t) => t.kind === 'repartition')).toEqual([]);
  });
});

describe('examples/order-enrichment.yaml (stream-table join that needs a repartition)', () => {
  const d = load('order-enrichment.yaml');
  const s = d.streams![0]!;
  it('repartitions by customer_id into a topic co-partitioned with the 12-partition table', () => {
    expect(s.internalTopics.filter((t) => t.kind === 'repartition').map((t) => [t.name, t.partitions])).toEqual([['order-enrichment-enricher-by-customer_id-repartition', 12]]);
    expect(s.subtopologies.map((x) => x.tasks)).toEqual([d.topics.find((t) => t.flows.includes('orders'))!.partitions, 12]);
    expect(s.joins[0]).toMatchObject({ type: 'stream-table', coPartitioned: 'yes' });
    expect(d.findings.map((f) => f.rule)).toContain('streams/repartition');
  });
});

describe.each(['sensor-minute-averages', 'order-enrichment'])('%s: golden Streams section', (name) => {
  it('matches', () => {
    const section = streamsSection(renderDesign(load(`${name}.yaml`), 'text'));
    const golden = new URL(`./golden/${name}.streams.txt`, import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, section);
    expect(section).toBe(readFileSync(golden, 'utf8'));
  });
});
