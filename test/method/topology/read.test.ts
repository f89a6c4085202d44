// The topology reader over a corpus of describe() outputs (test/method/topology/corpus, written from the
// format InternalTopologyBuilder prints and the expectations in Kafka's own topology tests).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTopology, type TopologyOptions } from '../../../src/method/topology/analyze.js';
import { parseTopology } from '../../../src/method/topology/parse.js';
import { UserError } from '../../../src/model/errors.js';

const dir = new URL('./corpus/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const read = (file: string, options?: TopologyOptions) => analyzeTopology(parseTopology(readFileSync(new URL(file, dir), 'utf8'), file), { applicationId: 'app', ...options });
const rules = (file: string, options?: TopologyOptions) => read(file, options).findings.map((f) => f.rule.replace('topology/', ''));

describe('the corpus', () => {
  it('holds at least 15 describe() outputs and every one parses into a connected graph', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    for (const file of corpus) {
      const parsed = parseTopology(readFileSync(new URL(file, dir), 'utf8'), file);
      expect(parsed.subtopologies.length, file).toBeGreaterThan(0);
      for (const node of Object.values(parsed.nodes)) {
        if (node.kind !== 'source') expect(node.predecessors.length, `${file} ${node.name}`).toBeGreaterThan(0);
        for (const next of node.successors) expect(parsed.nodes[next]!.predecessors, `${file} ${node.name}`).toContain(node.name);
      }
    }
  });
});

describe('parseTopology', () => {
  it('reads sources, processors with stores, sinks and arrows', () => {
    const p = parseTopology(readFileSync(new URL('06-stream-table-join.txt', dir), 'utf8'));
    expect(p.nodes['KSTREAM-JOIN-0000000004']).toMatchObject({
      kind: 'processor',
      stores: ['user-profiles-store'],
      successors: ['KSTREAM-SINK-0000000005'],
      predecessors: ['KSTREAM-SOURCE-0000000000'],
    });
    expect(p.nodes['KSTREAM-SOURCE-0000000001']).toMatchObject({ kind: 'source', topics: ['user-profiles'] });
    expect(p.nodes['KTABLE-SOURCE-0000000002']!.successors).toEqual([]);
  });
  it('reads a pattern subscription, a dynamic sink and several topics of one source', () => {
    expect(parseTopology(readFileSync(new URL('12-pattern-source.txt', dir), 'utf8')).nodes['KSTREAM-SOURCE-0000000000']).toMatchObject({ topics: [], pattern: 'audit-.*' });
    const dynamic = parseTopology(readFileSync(new URL('13-dynamic-sink.txt', dir), 'utf8'));
    expect(dynamic.nodes['KSTREAM-SINK-0000000001']).toMatchObject({ extractor: 'com.example.TenantTopicExtractor@5b6f7412' });
    expect(dynamic.nodes['KSTREAM-SOURCE-0000000000']).toMatchObject({ topics: ['events', 'legacy-events'] });
  });
  it('reads a global store sub-topology and a named topology behind a log prefix', () => {
    expect(parseTopology(readFileSync(new URL('10-global-table-join.txt', dir), 'utf8')).subtopologies.map((s) => s.global)).toEqual([true, false]);
    expect(parseTopology(readFileSync(new URL('16-named-topology-logged.txt', dir), 'utf8')).name).toBe('fraud-checks');
  });
  it('rejects text that is not a describe() output, and arrows to nodes never described, with line numbers', () => {
    expect(() => parseTopology('hello world')).toThrow(UserError);
    const broken = 'Topologies:\n   Sub-topology: 0\n    Source: s (topics: [a])\n      --> missing\n';
    try {
      parseTopology(broken, 'x.txt');
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ file: 'x.txt', line: 3 });
      expect((e as UserError).problems[0]!.message).toContain('"missing"');
    }
    expect(() => parseTopology('Topologies:\n    Source: s (topics: [a])\n      --> none\n')).toThrow(/before any "Sub-topology:"/);
  });
});

describe('analyzeTopology', () => {
  it('classifies topics: input, output, repartition (with application.id), foreign-key internal, global input', () => {
    const roles = (file: string) => Object.fromEntries(read(file).topics.map((t) => [t.name, [t.role, t.clusterName]]));
    expect(roles('02-word-count-generated.txt')).toEqual({
      'text-lines': ['input', 'text-lines'],
      'word-counts': ['output', 'word-counts'],
      'KSTREAM-AGGREGATE-STATE-STORE-0000000003-repartition': ['repartition', 'app-KSTREAM-AGGREGATE-STATE-STORE-0000000003-repartition'],
    });
    expect(roles('09-foreign-key-join.txt')['KTABLE-FK-JOIN-SUBSCRIPTION-RESPONSE-0000000014-topic']![0]).toBe('foreign-key-internal');
    expect(roles('10-global-table-join.txt')['currencies']![0]).toBe('global-input');
  });

  it('names changelogs <application.id>-<store>-changelog, compact,delete for join windows, none for global stores', () => {
    const stores = (file: string) => Object.fromEntries(read(file).stores.map((s) => [s.name, [s.changelog, s.changelogCleanup]]));
    expect(stores('03-count-named.txt')).toEqual({ 'click-counts': ['app-click-counts-changelog', 'compact'] });
    expect(stores('04-stream-stream-join.txt')['KSTREAM-JOINTHIS-0000000004-store']).toEqual(['app-KSTREAM-JOINTHIS-0000000004-store-changelog', 'compact,delete']);
    expect(stores('05-stream-stream-join-named.txt')['order-shipment-store-outer-shared-join-store']![1]).toBe('compact,delete');
    expect(stores('10-global-table-join.txt')['currencies-STATE-STORE-0000000000']).toEqual([null, null]);
  });

  it('derives tasks from the largest source topic and sizes repartition topics from the sub-topology writing them', () => {
    const r = read('07-stream-table-join-rekey.txt', { partitions: { orders: 12, customers: 12 } });
    expect(r.subtopologies.map((s) => [s.tasks, s.tasksWhy])).toEqual([
      [12, 'max(orders: 12) = 12'],
      [12, 'max(KSTREAM-KEY-SELECT-0000000003-repartition: 12, customers: 12) = 12'],
    ]);
    const chain = read('02-word-count-generated.txt', { partitions: { 'text-lines': 5 } });
    expect(chain.topics.find((t) => t.role === 'repartition')).toMatchObject({ partitions: 5, partitionsWhy: '= tasks of sub-topology 0, which writes it: 5' });
    expect(chain.subtopologies[1]!.tasks).toBe(5);
    expect(read('02-word-count-generated.txt').subtopologies[0]!.tasks).toBeNull();
  });

  it('sizes foreign-key internal topics like the table they are co-partitioned with', () => {
    const r = read('09-foreign-key-join.txt', { partitions: { 'order-lines': 8, products: 3 } });
    expect(Object.fromEntries(r.topics.map((t) => [t.name, t.partitions]))).toMatchObject({
      'KTABLE-FK-JOIN-SUBSCRIPTION-REGISTRATION-0000000006-topic': 3,
      'KTABLE-FK-JOIN-SUBSCRIPTION-RESPONSE-0000000014-topic': 8,
    });
    expect(r.subtopologies.map((s) => s.tasks)).toEqual([8, 3]);
  });

  it.each([
    ['04-stream-stream-join.txt', 'stream-stream', ['ad-clicks', 'ad-impressions']],
    ['05-stream-stream-join-named.txt', 'stream-stream', ['orders', 'shipments']],
    ['06-stream-table-join.txt', 'stream-table', ['page-views', 'user-profiles']],
    ['08-table-table-join.txt', 'table-table', ['accounts', 'balances']],
    ['10-global-table-join.txt', 'stream-globaltable', ['trades', 'currencies']],
    ['14-processor-api.txt', 'shared-store', ['cancellations', 'orders']],
    ['17-cogroup.txt', 'shared-store', ['app-visits', 'web-visits']],
  ])('%s: one %s join over %j', (file, kind, topics) => {
    expect(read(file).joins.map((j) => [j.kind, j.topics])).toEqual([[kind, topics]]);
  });

  it('finds no join where no store is shared between inputs', () => {
    for (const file of ['01-stateless-filter.txt', '02-word-count-generated.txt', '11-windowed-suppress.txt', '13-dynamic-sink.txt', '15-repeated-repartition.txt'])
      expect(read(file).joins, file).toEqual([]);
  });

  it('judges co-partitioning from known partition counts', () => {
    const judge = (file: string, partitions: Record<string, number>) => read(file, { partitions }).joins[0]!.coPartitioned;
    expect(judge('04-stream-stream-join.txt', { 'ad-impressions': 12, 'ad-clicks': 8 })).toBe('no');
    expect(judge('04-stream-stream-join.txt', { 'ad-impressions': 12, 'ad-clicks': 12 })).toBe('yes');
    expect(judge('04-stream-stream-join.txt', { 'ad-impressions': 12 })).toBe('unknown');
    expect(judge('07-stream-table-join-rekey.txt', { customers: 4 })).toBe('yes');
    expect(judge('10-global-table-join.txt', { trades: 4, currencies: 1 })).toBe('not-required');
  });

  it.each<[string, Record<string, number>, string[]]>([
    ['01-stateless-filter.txt', {}, ['generated-processor-names']],
    ['02-word-count-generated.txt', {}, ['generated-state-names', 'key-change-repartition', 'generated-processor-names']],
    ['03-count-named.txt', {}, ['key-change-repartition']],
    ['04-stream-stream-join.txt', { 'ad-impressions': 12, 'ad-clicks': 8 }, ['not-co-partitioned', 'generated-state-names', 'generated-processor-names']],
    ['05-stream-stream-join-named.txt', { orders: 6, shipments: 6 }, []],
    ['05-stream-stream-join-named.txt', {}, ['co-partitioning-unknown']],
    ['07-stream-table-join-rekey.txt', { orders: 6, customers: 6 }, ['generated-state-names', 'key-change-repartition', 'generated-processor-names']],
    ['10-global-table-join.txt', {}, ['generated-processor-names']],
    ['11-windowed-suppress.txt', {}, []],
    ['12-pattern-source.txt', {}, ['generated-processor-names', 'pattern-source']],
    ['13-dynamic-sink.txt', {}, ['generated-processor-names', 'dynamic-sink']],
    ['15-repeated-repartition.txt', {}, ['repeated-repartition', 'generated-state-names', 'key-change-repartition', 'key-change-repartition', 'generated-processor-names']],
    ['16-named-topology-logged.txt', {}, []],
  ])('%s with %j: findings %j', (file, partitions, expected) => {
    expect(rules(file, { partitions })).toEqual(expected);
  });

  it('names the key-changing processor behind a repartition, and says when names hide it', () => {
    expect(read('07-stream-table-join-rekey.txt').findings.find((f) => f.rule === 'topology/key-change-repartition')!.message).toContain(
      'KSTREAM-KEY-SELECT-0000000003 changes the key before KSTREAM-JOIN-0000000008',
    );
    expect(read('03-count-named.txt').findings[0]!.message).toContain('custom name');
  });

  it('flags a join fed by a key change in the same sub-topology (no repartition between)', () => {
    const text = [
      'Topologies:',
      '   Sub-topology: 0',
      '    Source: a (topics: [left])',
      '      --> KSTREAM-MAP-0000000001',
      '    Processor: KSTREAM-MAP-0000000001 (stores: [])',
      '      --> KSTREAM-JOIN-0000000003',
      '      <-- a',
      '    Source: b (topics: [right])',
      '      --> KTABLE-SOURCE-0000000002',
      '    Processor: KTABLE-SOURCE-0000000002 (stores: [right-store])',
      '      --> none',
      '      <-- b',
      '    Processor: KSTREAM-JOIN-0000000003 (stores: [right-store])',
      '      --> none',
      '      <-- KSTREAM-MAP-0000000001',
      '',
    ].join('\n');
    const r = analyzeTopology(parseTopology(text));
    expect(r.findings.map((f) => f.rule)).toContain('topology/join-after-key-change');
    expect(analyzeTopology(parseTopology(text.replace(/KSTREAM-MAP-0000000001/g, 'KSTREAM-MAPVALUES-0000000001'))).findings.map((f) => f.rule)).not.toContain('topology/join-after-key-change');
  });
});
