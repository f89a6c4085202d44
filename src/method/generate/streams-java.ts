// Kafka Streams applications for a design's Java stream processors: the topology in the DSL from
// the design's structured topology (design.streams[].topology), every processor, store and
// repartition topic named as the design names them, the Streams config the design chose, a Maven
// build and a TopologyTestDriver test of the main path. Values are JSON strings; the business
// logic (predicates, joiners, aggregators) lives in one <Processor>Logic class to edit.
import type { Design, StreamsDesign, StreamsStep, StreamsTopology } from '../../model/design.js';
import { environmentVariableOf } from './client-config.js';
import { type GeneratedFile, indent, kebabCase, lines, oneLine, pascalCase, quote, snakeCase } from './files.js';
import { javaSecurity } from './security.js';
import { streamsPom, streamsReadme } from './streams-java-project.js';
import { streamsTest } from './streams-java-test.js';

/** Where each Streams application goes: its own Maven project, beside the client programs. */
const STREAMS_DIR = 'streams';

type Kind = 'stream' | 'table' | 'windowed';
type ValueType = 'String' | 'Long';
interface Chain {
  variable: string;
  kind: Kind;
  value: ValueType;
}

const serde = (v: ValueType) => `Serdes.${v}()`;
const ms = (n: number) => `Duration.ofMillis(${n}L)`;
const javaType = (c: Chain) => (c.kind === 'stream' ? `KStream<String, ${c.value}>` : c.kind === 'table' ? `KTable<String, ${c.value}>` : `KTable<Windowed<String>, ${c.value}>`);
const storeType = (step: StreamsStep) => (step.window?.type === 'session' ? 'SessionStore' : step.window ? 'WindowStore' : 'KeyValueStore');
const materialized = (name: string, step: StreamsStep, value: ValueType) =>
  `Materialized.<String, ${value}, ${storeType(step)}<Bytes, byte[]>>as(${quote(name)}).withKeySerde(Serdes.String()).withValueSerde(${serde(value)})`;

function versionAtLeast(version: string, floor: string): boolean {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = floor.split('.').map(Number);
  return a! > c! || (a === c && b! >= d!);
}

/** Suppress without a window rate-limits updates to one per commit interval. */
const timeLimitMs = (s: StreamsDesign): number => Number(s.config['commit.interval.ms']);

/** Window builders: Kafka Streams 3.0 (KIP-633) made the grace period an argument and deprecated the old builders. */
function windows(w: NonNullable<StreamsStep['window']>, kafkaVersion: string): string {
  const current = versionAtLeast(kafkaVersion, '3.0');
  const size = ms(w.sizeMs);
  const grace = ms(w.graceMs);
  switch (w.type) {
    case 'session':
      return current ? `SessionWindows.ofInactivityGapAndGrace(${size}, ${grace})` : `SessionWindows.with(${size}).grace(${grace})`;
    case 'sliding':
      return current ? `SlidingWindows.ofTimeDifferenceAndGrace(${size}, ${grace})` : `SlidingWindows.withTimeDifferenceAndGrace(${size}, ${grace})`;
    default: {
      const tumbling = current ? `TimeWindows.ofSizeAndGrace(${size}, ${grace})` : `TimeWindows.of(${size}).grace(${grace})`;
      return w.type === 'hopping' ? `${tumbling}.advanceBy(${ms(w.advanceMs ?? w.sizeMs)})` : tumbling;
    }
  }
}

function joinWindows(windowMs: number, graceMs: number, kafkaVersion: string): string {
  return versionAtLeast(kafkaVersion, '3.0') ? `JoinWindows.ofTimeDifferenceAndGrace(${ms(windowMs)}, ${ms(graceMs)})` : `JoinWindows.of(${ms(windowMs)}).grace(${ms(graceMs)})`;
}

/** The DSL statements of one processor, in order, one variable per step. */
function topologyBody(s: StreamsDesign, topology: StreamsTopology, kafkaVersion: string): { statements: string[]; resultValue: ValueType } {
  const out: string[] = ['StreamsBuilder builder = new StreamsBuilder();'];
  const variables = new Map<string, string>();
  const bytesOf = (store: string) => s.stores.find((x) => x.name === store)?.bytes ?? null;
  topology.sources.forEach((src, i) => {
    const v = `source${i + 1}`;
    variables.set(src.input, v);
    const consumed = `Consumed.with(Serdes.String(), Serdes.String()).withName(${quote(src.name)})`;
    const store = src.storeName ? `, Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(${quote(src.storeName)}).withKeySerde(Serdes.String()).withValueSerde(Serdes.String())` : '';
    const [type, call] = src.as === 'stream' ? ['KStream', 'stream'] : src.as === 'table' ? ['KTable', 'table'] : ['GlobalKTable', 'globalTable'];
    out.push(`// ${src.topic}${src.partitions === null ? '' : `: ${src.partitions} partitions`}, read as a ${src.as}`);
    out.push(`${type}<String, String> ${v} = builder.${call}(${quote(src.topic)}, ${consumed}${store});`);
  });
  let chain: Chain = { variable: 'source1', kind: topology.sources[0]!.as === 'table' ? 'table' : 'stream', value: 'String' };
  let grouping: StreamsStep | null = null;
  const next = (expression: string, kind: Kind, value: ValueType, comment: string): void => {
    const variable = `step${out.filter((l) => l.includes(' step')).length + 1}`;
    chain = { variable, kind, value };
    out.push(`// ${oneLine(comment)}`, `${javaType(chain)} ${variable} = ${expression};`);
  };
  /** The chain as a KStream<String, V>: a table's updates, or a windowed table's with the window taken off the key. */
  const asStream = (name: string) =>
    chain.kind === 'stream'
      ? chain.variable
      : chain.kind === 'table'
        ? `${chain.variable}.toStream(Named.as(${quote(`${name}-to-stream`)}))`
        : `${chain.variable}.toStream(Named.as(${quote(`${name}-to-stream`)})).map((window, value) -> KeyValue.pair(window.key(), value), Named.as(${quote(`${name}-unwindow`)}))`;
  const keyOf = (field: string) => `Logic.field(value, ${quote(field)})`;

  for (const step of topology.steps) {
    const named = `Named.as(${quote(step.name)})`;
    const where = `sub-topology ${step.subtopology}`;
    switch (step.op) {
      case 'filter':
        next(`${chain.variable}.filter((key, value) -> Logic.keep(key, value), ${named})`, chain.kind, chain.value, `${where}: filter`);
        break;
      case 'map_values':
        next(`${chain.variable}.mapValues(value -> Logic.transform(value), ${named})`, chain.kind, 'String', `${where}: map values (the key stays, no repartition)`);
        break;
      case 'select_key':
        if (chain.kind !== 'stream') next(asStream(step.name), 'stream', chain.value, `${where}: back to a stream to re-key it`);
        next(`${chain.variable}.selectKey((key, value) -> ${keyOf(step.key!)}, ${named})`, 'stream', chain.value, `${where}: re-key by ${step.key} (a later join or aggregation repartitions)`);
        break;
      case 'map':
        if (chain.kind !== 'stream') next(asStream(step.name), 'stream', chain.value, `${where}: back to a stream to re-key it`);
        next(`${chain.variable}.map((key, value) -> KeyValue.pair(${keyOf(step.key!)}, Logic.transform(value)), ${named})`, 'stream', 'String', `${where}: new key ${step.key} and value`);
        break;
      case 'group_by':
        // Grouping is written with the aggregation that follows: its Grouped name names the repartition topic.
        grouping = step;
        break;
      case 'join':
        join(step, named, where);
        break;
      case 'suppress': {
        // Until window close needs a strict buffer: unbounded, as a full bounded one would stop the application.
        const bytes = bytesOf(`${step.name}-store`);
        const until =
          chain.kind === 'windowed'
            ? 'Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded())'
            : `Suppressed.untilTimeLimit(${ms(timeLimitMs(s))}, ${bytes === null ? 'Suppressed.BufferConfig.unbounded()' : `Suppressed.BufferConfig.maxBytes(${Math.ceil(bytes)}L).emitEarlyWhenFull()`})`;
        next(
          `${chain.variable}.suppress(${until}.withName(${quote(step.name)}))`,
          chain.kind,
          chain.value,
          `${where}: ${chain.kind === 'windowed' ? 'one final result per window, after window end + grace' : 'rate-limited updates'}; buffer store ${step.name}-store${bytes === null ? '' : ` holds about ${Math.ceil(bytes)} bytes of values (design), in memory: watch the suppression-buffer-size-max metric`}`,
        );
        break;
      }
      default:
        aggregate(step, named, where);
    }
  }

  function join(step: StreamsStep, named: string, where: string): void {
    const j = step.join!;
    const other = variables.get(j.input)!;
    const joiner = '(left, right) -> Logic.join(left, right)';
    if (step.repartition) {
      const r = step.repartition;
      next(
        `${asStream(step.name)}.repartition(Repartitioned.<String, ${chain.value}>as(${quote(r.name)}).withKeySerde(Serdes.String()).withValueSerde(${serde(chain.value)})${r.partitions === null ? '' : `.withNumberOfPartitions(${r.partitions})`})`,
        'stream',
        chain.value,
        `${where}: repartition through ${r.topic}${r.partitions === null ? '' : ` (${r.partitions} partitions, as many as ${j.topic}, for co-partitioning)`}`,
      );
    }
    switch (j.type) {
      case 'stream-stream':
        next(
          `${asStream(step.name)}.join(${other}, ${joiner}, ${joinWindows(j.windowMs ?? 0, j.graceMs ?? 0, kafkaVersion)}, StreamJoined.with(Serdes.String(), ${serde(chain.value)}, Serdes.String()).withName(${quote(step.name)}).withStoreName(${quote(step.storeName!)}))`,
          'stream',
          'String',
          `${where}: join with ${j.topic} within ${j.windowMs ?? 0} ms; stores ${step.stores.join(', ')}`,
        );
        return;
      case 'stream-table':
        next(
          `${asStream(step.name)}.join(${other}, ${joiner}, Joined.with(Serdes.String(), ${serde(chain.value)}, Serdes.String()).withName(${quote(step.name)}))`,
          'stream',
          'String',
          `${where}: join with the table ${j.topic} (same key, same partitions)`,
        );
        return;
      case 'global-table':
        next(`${asStream(step.name)}.join(${other}, (key, value) -> key, ${joiner}, ${named})`, 'stream', 'String', `${where}: join with the global table ${j.topic} (every instance holds all of it)`);
        return;
      case 'table-table':
        next(`${tableOf(step)}.join(${other}, ${joiner}, ${named})`, 'table', 'String', `${where}: table-table join with ${j.topic}`);
        return;
      case 'foreign-key': {
        const naming = versionAtLeast(kafkaVersion, '3.1') ? `TableJoined.as(${quote(step.name)})` : named;
        next(
          `${tableOf(step)}.join(${other}, value -> Logic.field(value, ${quote(step.key!)}), ${joiner}, ${naming})`,
          'table',
          'String',
          `${where}: foreign-key join: ${step.key} of each value is a key of ${j.topic}`,
        );
      }
    }
  }

  /** A table for a table join: the chain itself, or the stream turned into a named, materialized table. */
  function tableOf(step: StreamsStep): string {
    if (chain.kind === 'table') return chain.variable;
    return `${asStream(step.name)}.toTable(Named.as(${quote(`${step.name}-to-table`)}), ${materialized(`${step.name}-table-store`, { ...step, window: undefined }, chain.value)})`;
  }

  function aggregate(step: StreamsStep, named: string, where: string): void {
    const g = grouping;
    grouping = null;
    const groupName = step.repartition?.name ?? g?.name ?? `${step.name}-grouped`;
    const grouped = (value: ValueType) => `Grouped.with(${quote(groupName)}, Serdes.String(), ${serde(value)})`;
    const repartitionNote = step.repartition ? `; repartitions through ${step.repartition.topic}` : '';
    const store = step.storeName!;
    if (chain.kind === 'table' && !step.window) {
      // A table regroups by a key of each row; its aggregations take a subtractor for the row's old value.
      const selector = g?.key ? `KeyValue.pair(${keyOf(g.key)}, value)` : 'KeyValue.pair(key, value)';
      const base = `${chain.variable}.groupBy((key, value) -> ${selector}, ${grouped(chain.value)})`;
      const call =
        step.op === 'count'
          ? `count(${named}, ${materialized(store, step, 'Long')})`
          : step.op === 'reduce'
            ? `reduce((total, value) -> Logic.reduce(total, value), (total, old) -> Logic.subtract(total, old), ${named}, ${materialized(store, step, chain.value)})`
            : `aggregate(() -> Logic.initial(), (key, value, total) -> Logic.aggregate(key, value, total), (key, old, total) -> Logic.subtract(total, old), ${named}, ${materialized(store, step, 'String')})`;
      const value: ValueType = step.op === 'count' ? 'Long' : step.op === 'reduce' ? chain.value : 'String';
      next(`${base}.${call}`, 'table', value, `${where}: ${step.op} per key of the table into ${store}${repartitionNote}`);
      return;
    }
    const stream = asStream(step.name);
    const group = g?.key ? `${stream}.groupBy((key, value) -> ${keyOf(g.key)}, ${grouped(chain.value)})` : `${stream}.groupByKey(${grouped(chain.value)})`;
    const windowed = step.window ? `${group}.windowedBy(${windows(step.window, kafkaVersion)})` : group;
    const merger = step.window?.type === 'session' ? ', (key, one, two) -> Logic.merge(one, two)' : '';
    const value: ValueType = step.op === 'count' ? 'Long' : step.op === 'reduce' ? chain.value : 'String';
    const call =
      step.op === 'count'
        ? `count(${named}, ${materialized(store, step, 'Long')})`
        : step.op === 'reduce'
          ? `reduce((total, value) -> Logic.reduce(total, value), ${named}, ${materialized(store, step, value)})`
          : `aggregate(() -> Logic.initial(), (key, value, total) -> Logic.aggregate(key, value, total)${merger}, ${named}, ${materialized(store, step, 'String')})`;
    const windowNote = step.window ? `, ${step.window.type} windows of ${step.window.sizeMs} ms + ${step.window.graceMs} ms grace` : '';
    next(`${windowed}.${call}`, step.window ? 'windowed' : 'table', value, `${where}: ${step.op} into ${store}${windowNote}${repartitionNote}`);
  }

  out.push(`KStream<String, ${chain.value}> results = ${asStream(`${s.processor}-results`)};`);
  for (const sink of topology.sinks) out.push(`results.to(${quote(sink.topic)}, Produced.with(Serdes.String(), ${serde(chain.value)}).withName(${quote(sink.name)}));`);
  out.push('return builder.build(config);');
  return { statements: out, resultValue: chain.value };
}

function configLines(s: StreamsDesign): string[] {
  const why = (name: string) => s.rationale.find((r) => r.setting === name)?.why;
  return Object.entries(s.config).map(([name, value]) => {
    const variable = environmentVariableOf(value);
    const expression = variable ? `env(${quote(variable)}, "")` : quote(value);
    const reason = why(name) ?? (variable ? `from the environment variable ${variable}` : undefined);
    return `props.put(${quote(name)}, ${expression});${reason ? ` // ${oneLine(reason)}` : ''}`;
  });
}

function appClass(design: Design, s: StreamsDesign, statements: readonly string[], pkg: string, cls: string): string {
  return lines(
    `package ${pkg};`,
    '',
    'import java.time.Duration;',
    'import java.util.Properties;',
    'import org.apache.kafka.common.serialization.Serdes;',
    'import org.apache.kafka.common.utils.Bytes;',
    'import org.apache.kafka.streams.KafkaStreams;',
    'import org.apache.kafka.streams.KeyValue;',
    'import org.apache.kafka.streams.StreamsBuilder;',
    'import org.apache.kafka.streams.Topology;',
    'import org.apache.kafka.streams.kstream.*;',
    'import org.apache.kafka.streams.state.KeyValueStore;',
    'import org.apache.kafka.streams.state.SessionStore;',
    'import org.apache.kafka.streams.state.WindowStore;',
    '',
    '/**',
    ` * Kafka Streams application ${s.applicationId} (processor "${s.processor}" of ${design.name}, Kafka ${design.kafkaVersion}).`,
    ` * ${s.subtopologies.length} sub-topologies, ${s.instances} instances; every processor, store and internal topic is named,`,
    ' * so the topology can change without its state and internal topics changing name.',
    ' */',
    `public final class ${cls} {`,
    `  private ${cls}() {}`,
    '',
    '  /** The Streams settings the design chose, each with its reason. */',
    '  public static Properties config() {',
    '    Properties props = new Properties();',
    '    props.put("bootstrap.servers", env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")); // where the cluster is',
    indent(lines(...configLines(s)), 4),
    '    return props;',
    '  }',
    '',
    '  /** The topology; `config` decides the optimizations applied when it is built. */',
    '  public static Topology topology(Properties config) {',
    indent(lines(...statements), 4),
    '  }',
    '',
    '  public static void main(String[] args) {',
    '    Properties props = config();',
    '    props.putAll(Security.settings()); // connection security from the environment (Security.java)',
    '    KafkaStreams streams = new KafkaStreams(topology(props), props);',
    '    Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(Duration.ofSeconds(30))));',
    '    streams.start();',
    '  }',
    '',
    '  static String env(String name, String fallback) {',
    '    String value = System.getenv(name);',
    '    return value == null || value.isEmpty() ? fallback : value;',
    '  }',
    '}',
    '',
  );
}

function logicClass(pkg: string): string {
  return lines(
    `package ${pkg};`,
    '',
    'import com.fasterxml.jackson.databind.JsonNode;',
    'import com.fasterxml.jackson.databind.ObjectMapper;',
    'import java.io.IOException;',
    'import java.io.UncheckedIOException;',
    '',
    '/** The business logic of the topology: replace these bodies; the topology and its names stay. */',
    'final class Logic {',
    '  private static final ObjectMapper JSON = new ObjectMapper();',
    '  private Logic() {}',
    '',
    '  /** Which records go on (filter). */',
    '  static boolean keep(Object key, Object value) { return value != null; }',
    '',
    '  /** A new value from a value (mapValues, map). */',
    '  static String transform(Object value) { return String.valueOf(value); }',
    '',
    '  /** A field of a JSON value: the new key of selectKey, map, groupBy, or a foreign key. */',
    '  static String field(Object value, String name) {',
    '    try {',
    '      JsonNode node = JSON.readTree(String.valueOf(value)).path(name);',
    '      return node.isMissingNode() || node.isNull() ? null : node.asText();',
    '    } catch (IOException e) {',
    '      throw new UncheckedIOException(e);',
    '    }',
    '  }',
    '',
    '  /** The joined value of two records with the same key. */',
    '  static String join(Object left, Object right) { return "{\\"left\\":" + left + ",\\"right\\":" + right + "}"; }',
    '',
    '  static String initial() { return "{\\"count\\":0}"; }',
    '',
    '  /** Adds a value to a running aggregate (here: counts records; replace with your aggregation). */',
    '  static String aggregate(String key, Object value, String total) {',
    '    return "{\\"count\\":" + (Long.parseLong(field(total, "count")) + 1) + "}";',
    '  }',
    '',
    "  /** Takes a table row's old value out of an aggregate (table aggregations). */",
    '  static <V> V subtract(V total, Object old) { return total; }',
    '',
    '  static <V> V reduce(V total, V value) { return value; }',
    '',
    "  /** Merges two session windows' aggregates when a record joins them. */",
    '  static String merge(String one, String two) {',
    '    return "{\\"count\\":" + (Long.parseLong(field(one, "count")) + Long.parseLong(field(two, "count"))) + "}";',
    '  }',
    '}',
    '',
  );
}

/** One Maven project per Kafka Streams processor of the design; nothing for other libraries. */
export function renderStreamsApps(design: Design, language: string): GeneratedFile[] {
  if (language !== 'java') return [];
  return (design.streams ?? [])
    .filter((s) => s.kafkaStreams && s.topology)
    .flatMap((s) => {
      const topology = s.topology!;
      const pkg = `app.${snakeCase(design.name)}.${snakeCase(s.processor)}`;
      const dir = `${STREAMS_DIR}/${kebabCase(s.processor)}`;
      const path = (kind: 'main' | 'test') => `${dir}/src/${kind}/java/${pkg.replace(/\./g, '/')}`;
      const cls = `${pascalCase(s.processor)}App`;
      const { statements, resultValue } = topologyBody(s, topology, design.kafkaVersion);
      return [
        {
          path: `${path('main')}/${cls}.java`,
          contents: appClass(design, s, statements, pkg, cls),
          description: `Kafka Streams application ${s.applicationId}: named topology and the design's config`,
        },
        { path: `${path('main')}/Logic.java`, contents: logicClass(pkg), description: `${s.processor}: the business logic the topology calls` },
        { path: `${path('main')}/Security.java`, contents: javaSecurity(design.security, pkg, design.kafkaVersion), description: 'connection security from the environment' },
        { path: `${path('test')}/${cls}Test.java`, contents: streamsTest(s, topology, pkg, cls, resultValue, timeLimitMs(s)), description: `${s.processor}: TopologyTestDriver test of the main path` },
        { path: `${dir}/pom.xml`, contents: streamsPom(design, s, pkg), description: `Maven build with kafka-streams and kafka-streams-test-utils ${design.kafkaVersion}` },
        { path: `${dir}/README.md`, contents: streamsReadme(design, s, `${pkg}.${cls}`), description: `how to test and run ${s.applicationId}` },
      ];
    });
}
