// Stream processors in a design: the topology Kafka Streams builds and the settings that follow.
import { describe, expect, it } from 'vitest';
import { design } from '../../src/method/design.js';
import type { Processor, Requirements } from '../../src/model/requirements.js';
import { requirements } from './helpers.js';

const table = { topic: 'profiles', partitions: 12, keys: 1_000_000, message_bytes: 500 };
const withProcessor = (p: Partial<Processor>, top: Partial<Requirements> = {}) =>
  design(
    requirements(
      { throughput: { peak_per_second: 1000, message_bytes: 400 } },
      {
        ...top,
        processors: [{ name: 'proc', inputs: ['events'], instances: 2, ...p }],
      },
    ),
  );
const streams = (p: Partial<Processor>, top: Partial<Requirements> = {}) => withProcessor(p, top).streams![0]!;

describe('the topology a processor becomes', () => {
  it('a sub-topology that reads one repartition topic and writes the next explains its tasks from the first', () => {
    const s = streams({
      inputs: ['events', table],
      operations: [{ op: 'select_key', key: 'user_id' }, { op: 'join', type: 'stream-table', with: 'profiles' }, { op: 'group_by', key: 'country' }, { op: 'count' }],
    });
    const [first, second] = s.internalTopics.filter((t) => t.kind === 'repartition');
    const middle = s.subtopologies.find((x) => x.inputs.includes(first!.name) && x.id !== s.subtopologies.at(-1)!.id)!;
    expect(second).toBeDefined();
    expect(middle.why).toContain(`${first!.name}: ${first!.partitions}`);
    expect(middle.why).not.toContain('?');
  });

  it('a key change before a join repartitions into a topic co-partitioned with the table, starting a second sub-topology', () => {
    const s = streams({
      inputs: ['events', table],
      operations: [
        { op: 'select_key', key: 'user_id' },
        { op: 'join', type: 'stream-table', with: 'profiles' },
      ],
    });
    expect(s.subtopologies.map((x) => [x.id, x.inputs.length, x.tasks])).toEqual([
      [0, 1, s.subtopologies[0]!.tasks],
      [1, 2, 12],
    ]);
    const r = s.internalTopics.find((t) => t.kind === 'repartition')!;
    expect(r).toMatchObject({ name: 'app-proc-by-user_id-repartition', partitions: 12 });
    expect(r.why).toContain('select_key(key = user_id)');
    expect(s.joins).toEqual([expect.objectContaining({ type: 'stream-table', coPartitioned: 'yes' })]);
  });

  it('the same join without a key change needs equal partition counts, and says when they differ (with the GlobalKTable option for a small table)', () => {
    const d = withProcessor({ inputs: ['events', { ...table, partitions: 5 }], operations: [{ op: 'join', type: 'stream-table', with: 'profiles' }] });
    const events = d.topics.find((t) => t.flows.includes('events'))!.partitions;
    expect(events).not.toBe(5);
    expect(d.streams![0]!.joins[0]!.coPartitioned).toBe('no');
    expect(d.streams![0]!.joins[0]!.why).toContain('GlobalKTable (500 MB per instance)');
    expect(d.findings.map((f) => f.rule)).toContain('streams/not-co-partitioned');
    expect(d.streams![0]!.internalTopics.filter((t) => t.kind === 'repartition')).toEqual([]);
  });

  it('a GlobalKTable join needs no co-partitioning and no repartition even after a key change', () => {
    const s = streams({
      inputs: ['events', { ...table, partitions: 5 }],
      operations: [
        { op: 'select_key', key: 'x' },
        { op: 'join', type: 'global-table', with: 'profiles' },
      ],
    });
    expect(s.joins[0]!.coPartitioned).toBe('not-required');
    expect(s.internalTopics.filter((t) => t.kind === 'repartition')).toEqual([]);
    expect(s.stores[0]).toMatchObject({ kind: 'global-table', bytes: 500_000_000 });
  });

  it('a windowed aggregation keeps a compact,delete changelog retained window + grace + the additional retention', () => {
    const s = streams({
      state: { keys: 1000, value_bytes: 100 },
      operations: [{ op: 'group_by', key: 'device' }, { op: 'count', window: { type: 'hopping', size: '5m', advance: '1m', grace: '1m' } }, { op: 'suppress' }],
    });
    const changelog = s.internalTopics.find((t) => t.name === 'app-proc-proc-count-store-changelog')!;
    expect(changelog.config).toEqual({ 'cleanup.policy': 'compact,delete', 'retention.ms': String(360_000 + 86_400_000) });
    // (5 min + 1 min) / 1 min advance = 6 windows per key
    expect(s.stores.find((x) => x.kind === 'window')!.bytes).toBe(1000 * 100 * 6);
    expect(s.internalTopics.filter((t) => t.kind === 'repartition')).toHaveLength(1);
    expect(s.notes.join(' ')).toContain('after window end + grace');
  });

  it('a stream-stream join keeps both sides for 2 x window + grace', () => {
    const s = streams({
      inputs: ['events', { topic: 'clicks', partitions: 6, peak_per_second: 100, message_bytes: 200 }],
      operations: [{ op: 'join', type: 'stream-stream', with: 'clicks', window: '5m', grace: '30s' }],
    });
    const other = s.stores.find((x) => x.name === 'proc-other-join-store')!;
    expect(other.bytes).toBe(100 * 630 * 200);
    expect(s.internalTopics.find((t) => t.name === 'app-proc-proc-other-join-store-changelog')!.config['retention.ms']).toBe(String(630_000 + 86_400_000));
  });

  it('a foreign-key join adds its two subscription topics and needs no co-partitioning', () => {
    const d = withProcessor({ inputs: ['events', table], operations: [{ op: 'join', type: 'foreign-key', with: 'profiles' }] });
    const s = d.streams![0]!;
    const events = d.topics.find((t) => t.flows.includes('events'))!.partitions;
    expect(s.internalTopics.filter((t) => t.kind === 'foreign-key').map((t) => t.partitions)).toEqual([12, events]);
    expect(s.joins[0]!.coPartitioned).toBe('not-required');
  });
});

describe('Streams configuration', () => {
  it('exactly-once: exactly_once_v2 with the 100 ms commit interval; at-least-once: the catalog default or the output latency target', () => {
    expect(streams({ delivery: 'exactly-once' }).config).toMatchObject({ 'processing.guarantee': 'exactly_once_v2', 'commit.interval.ms': '100' });
    expect(streams({ delivery: 'at-least-once' }).config['commit.interval.ms']).toBe('30000');
  });

  it('threads from tasks over instances, capped per instance', () => {
    const s = streams({ instances: 2, inputs: [{ topic: 't', partitions: 6 }] });
    expect(s.config['num.stream.threads']).toBe('3');
    expect(streams({ instances: 1, inputs: [{ topic: 't', partitions: 24 }] }).config['num.stream.threads']).toBe('4');
  });

  it('a standby when restoring the largest task takes longer than the recovery target', () => {
    const big = { inputs: [{ topic: 't', partitions: 4 }], state: { keys: 10_000_000, value_bytes: 1000 }, operations: [{ op: 'count' as const }] };
    // 10 GB / 4 tasks = 2.5 GB per task; at 30 MB/s = 83 s
    expect(streams({ ...big, recover_within: '60s' }).config['num.standby.replicas']).toBe('1');
    expect(streams({ ...big, recover_within: '5m' }).config['num.standby.replicas']).toBe('0');
    expect(withProcessor({ ...big, instances: 1, recover_within: '60s' }).findings.map((f) => f.rule)).toContain('streams/standby-without-peer');
  });

  it('internal replication follows the design, state.dir is persistent, rack awareness where racks exist', () => {
    const s = streams({ operations: [{ op: 'count' }] }, { cluster: { kafka_version: '3.9', brokers: 3, racks: 3 } });
    expect(s.config['replication.factor']).toBe('3');
    expect(s.config['state.dir']).toBe('/var/lib/kafka-streams/app-proc');
    expect(s.config['rack.aware.assignment.strategy']).toBe('balance_subtopology');
    expect(streams({ operations: [{ op: 'count' }] }, { cluster: { kafka_version: '3.4', brokers: 3, racks: 3 } }).config['rack.aware.assignment.strategy']).toBeUndefined();
  });

  it('exactly-once on brokers before 2.5 is an error', () => {
    expect(withProcessor({ delivery: 'exactly-once' }, { cluster: { kafka_version: '2.4', brokers: 3 } }).findings.map((f) => f.rule)).toContain('streams/eos-broker-floor');
    expect(withProcessor({ delivery: 'exactly-once' }).findings.map((f) => f.rule)).not.toContain('streams/eos-broker-floor');
  });

  it('Python and Go processors name their real libraries and carry no Kafka Streams settings', () => {
    const py = streams({ client: { language: 'python' }, operations: [{ op: 'count' }] });
    expect(py).toMatchObject({ kafkaStreams: false, library: 'Quix Streams', config: {} });
    expect(py.notes[0]).toContain('faust-streaming');
    expect(streams({ client: { language: 'go' } }).library).toBe('goka');
    expect(withProcessor({ client: { language: 'go' } }).findings.map((f) => f.rule)).toContain('streams/not-kafka-streams');
  });

  it('a design without processors has no streams field', () => {
    expect(design(requirements()).streams).toBeUndefined();
  });
});

describe('the topology as data (design.streams[].topology)', () => {
  const cases: Array<[string, Partial<Processor>]> = [
    [
      're-key then stream-table join',
      {
        inputs: ['events', table],
        operations: [
          { op: 'select_key', key: 'user_id' },
          { op: 'join', type: 'stream-table', with: 'profiles' },
        ],
      },
    ],
    [
      'regroup then windowed count with suppression',
      {
        inputs: ['events'],
        operations: [{ op: 'filter' }, { op: 'group_by', key: 'region' }, { op: 'count', window: { type: 'tumbling', size: '1m', grace: '10s' } }, { op: 'suppress' }],
        state: { keys: 100, value_bytes: 8 },
      },
    ],
    [
      'table-table then foreign-key join',
      {
        inputs: [
          { topic: 'a', partitions: 4 },
          { topic: 'b', partitions: 4 },
          { topic: 'c', partitions: 2 },
        ],
        operations: [
          { op: 'join', type: 'table-table', with: 'b' },
          { op: 'join', type: 'foreign-key', with: 'c', key: 'c_id' },
        ],
      },
    ],
  ];
  it.each(cases)('%s: one named step per operation, and every store and internal topic comes from a step or source', (_name, p) => {
    const s = streams({ ...p, outputs: ['events'] });
    const t = s.topology!;
    expect(t.steps.map((x) => x.op)).toEqual(p.operations!.map((o) => o.op));
    const names = [...t.sources.map((x) => x.name), ...t.steps.map((x) => x.name), ...t.sinks.map((x) => x.name)];
    expect(new Set(names).size).toBe(names.length);
    expect(new Set([...t.sources.flatMap((x) => x.storeName ?? []), ...t.steps.flatMap((x) => x.stores)])).toEqual(new Set(s.stores.map((x) => x.name)));
    expect(t.steps.flatMap((x) => x.repartition?.topic ?? [])).toEqual(s.internalTopics.filter((x) => x.kind === 'repartition').map((x) => x.name));
    for (const step of t.steps.filter((x) => x.repartition)) expect(step.repartition!.topic).toBe(`${s.applicationId}-${step.repartition!.name}-repartition`);
    for (const fk of s.internalTopics.filter((x) => x.kind === 'foreign-key'))
      expect(t.steps.some((x) => x.join?.type === 'foreign-key' && fk.name.startsWith(`${s.applicationId}-${x.name}-subscription-`))).toBe(true);
    // The step after a repartition runs in the sub-topology reading it.
    for (const step of t.steps.filter((x) => x.repartition)) expect(s.subtopologies.find((x) => x.id === step.subtopology)!.inputs).toContain(step.repartition!.topic);
    expect(t.sinks.map((x) => x.topic)).toEqual([withProcessor(p).topics.find((x) => x.flows.includes('events'))!.name]);
  });

  it('a foreign-key join without the left field assumes <input>_id and says so', () => {
    const d = withProcessor({
      inputs: [
        { topic: 'a', partitions: 4 },
        { topic: 'c', partitions: 2 },
      ],
      operations: [{ op: 'join', type: 'foreign-key', with: 'c' }],
    });
    expect(d.streams![0]!.topology!.steps[0]!.key).toBe('c_id');
    expect(d.assumptions).toContainEqual(expect.objectContaining({ field: 'processors.proc.operations.1.key', value: 'c_id' }));
  });
});
