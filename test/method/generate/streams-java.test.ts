// The Kafka Streams application generate writes for Java processors. Expectations come from the
// design document (its stores, internal topics, config, topology), never from the generator: the
// naming calls in the code are read back into the names Kafka Streams gives stores and topics.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'java-parser';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { design as designOf } from '../../../src/method/design.js';
import { generate } from '../../../src/method/generate/index.js';
import type { Design, StreamsDesign } from '../../../src/model/design.js';
import { requirementsSchema } from '../../../src/model/requirements.js';
import { KAFKA_STREAMS_STUBS } from './kafka-streams-stubs.js';
import { toolAvailable, writeFiles } from './tools.js';

const fromYaml = (text: string, file: string) => designOf(parseWithSchema(text, file, requirementsSchema));
const example = (name: string) => fromYaml(readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8'), `${name}.yaml`);

/** Every operator of the topology beyond the Streams examples: the generator must name all of them too. */
const WIDE = `
name: wide
cluster: { kafka_version: "3.9", brokers: 3 }
client: { language: java }
flows:
  - { name: clicks, source: web, sink: sessions, key: user_id, throughput: { peak_per_second: 100, message_bytes: 200 } }
  - { name: views, source: web, sink: sessions, key: user_id, throughput: { peak_per_second: 100, message_bytes: 200 } }
  - { name: out, source: sessions, sink: bi }
processors:
  - name: joiner
    inputs: [clicks, views, { topic: users, partitions: 6, keys: 1000, message_bytes: 100 }, { topic: countries, partitions: 1, keys: 200, message_bytes: 50 }]
    operations:
      - { op: filter }
      - { op: join, type: stream-stream, with: views, window: 5m, grace: 1m }
      - { op: map_values }
      - { op: join, type: global-table, with: countries }
      - { op: map, key: country }
      - { op: group_by }
      - { op: count, window: { type: hopping, size: 10m, advance: 1m, grace: 1m } }
      - { op: suppress }
    outputs: [out]
    state: { keys: 1000, value_bytes: 16 }
  - name: sessions
    inputs: [views]
    operations:
      - { op: group_by, key: page }
      - { op: aggregate, window: { type: session, gap: 30m, grace: 5m } }
    outputs: [out]
  - name: profiles
    inputs: [{ topic: accounts, partitions: 6 }, { topic: users, partitions: 6 }, { topic: regions, partitions: 3 }]
    operations:
      - { op: join, type: table-table, with: users }
      - { op: join, type: foreign-key, with: regions, key: region_id }
      - { op: group_by, key: region_id }
      - { op: reduce }
    outputs: [out]
`;

const DESIGNS: Array<[string, Design]> = [
  ['sensor-minute-averages', example('sensor-minute-averages')],
  ['order-enrichment', example('order-enrichment')],
  ['wide (every operator)', fromYaml(WIDE, 'wide.yaml')],
  // Before 3.0 windows take their grace period from .grace(), and foreign-key joins are named with Named (no TableJoined).
  ['wide on Kafka 2.8', fromYaml(WIDE.replace('name: wide', 'name: wide-old').replace('kafka_version: "3.9"', 'kafka_version: "2.8"'), 'wide-old.yaml')],
];

function filesOf(d: Design, s: StreamsDesign) {
  const files = generate(d, { language: 'java' }).filter((f) => f.path.startsWith(`streams/${s.processor}/`));
  const find = (suffix: string) => files.find((f) => f.path.endsWith(suffix))!.contents;
  return { files, app: find('App.java'), test: find('AppTest.java'), pom: find('pom.xml') };
}

/** The argument text of each call `.method(...)` in `code` (balanced parentheses). */
function callArguments(code: string, method: string): string[] {
  const found: string[] = [];
  // Logic.* are the business functions the operators call, not operators.
  const pattern = new RegExp(`(?<!Logic)[.]${method}\\(`, 'g');
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < code.length && depth > 0; i++) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
    found.push(code.slice(m.index + m[0].length, i - 1));
  }
  return found;
}

const quoted = (pattern: string, code: string) => [...code.matchAll(new RegExp(pattern, 'g'))].map((m) => m[1]!);

/** The stores Kafka Streams creates from the code's naming calls (its documented naming rules). */
function storesNamedIn(app: string): string[] {
  return [
    ...quoted('Materialized\\.<[^>]+>>as\\("([^"]+)"\\)', app),
    ...quoted('withStoreName\\("([^"]+)"\\)', app).flatMap((base) => [`${base}-this-join-store`, `${base}-other-join-store`]),
    ...quoted('Suppressed\\.[^;]*\\.withName\\("([^"]+)"\\)', app).map((name) => `${name}-store`),
  ];
}

/** The repartition topics the code names (Repartitioned.as / Grouped.with), as <application.id>-<name>-repartition. */
function repartitionsNamedIn(app: string, applicationId: string): string[] {
  return [...quoted('Repartitioned\\.<[^>]+>as\\("([^"]+)"\\)', app), ...quoted('Grouped\\.with\\("([^"]+)"', app)].map((n) => `${applicationId}-${n}-repartition`);
}

/** The settings config() puts, as the design writes them (environment reads as their placeholder). */
function configIn(app: string): Record<string, string> {
  const body = app.slice(app.indexOf('public static Properties config()'), app.indexOf('public static Topology topology('));
  return Object.fromEntries([...body.matchAll(/props\.put\("([^"]+)", (?:"([^"]*)"|env\("([A-Z_]+)", "[^"]*"\))\)/g)].map((m) => [m[1]!, m[2] ?? `\${${m[3]}}`]));
}

const DSL_OPERATORS = [
  'stream',
  'table',
  'globalTable',
  'filter',
  'mapValues',
  'map',
  'selectKey',
  'join',
  'repartition',
  'groupBy',
  'groupByKey',
  'count',
  'reduce',
  'aggregate',
  'suppress',
  'toStream',
  'toTable',
  'to',
];
const NAMING = /Named\.as\("|\.withName\("|Grouped\.with\("|Repartitioned\.<[^>]+>as\("|TableJoined\.as\("/;

describe.each(DESIGNS)('Kafka Streams app for %s', (_name, d) => {
  const streams = d.streams!.filter((s) => s.kafkaStreams);
  it.each(streams.map((s) => [s.processor, s] as const))('%s: parses, names every processor, store and repartition topic', (_p, s) => {
    const { files, app } = filesOf(d, s);
    for (const f of files.filter((x) => x.path.endsWith('.java'))) {
      try {
        parse(f.contents);
      } catch (e) {
        throw new Error(`${f.path} does not parse: ${(e as Error).message}`);
      }
    }
    const topologyCode = app.slice(app.indexOf('new StreamsBuilder()'), app.indexOf('return builder.build'));
    for (const operator of DSL_OPERATORS) {
      for (const args of callArguments(topologyCode, operator)) {
        // groupBy/groupByKey name their repartition and key selector through Grouped; windowedBy adds no processor.
        expect(NAMING.test(args), `.${operator}(${args.slice(0, 80)}...) is not named`).toBe(true);
      }
    }
    expect(new Set(storesNamedIn(app))).toEqual(new Set(s.stores.map((x) => x.name)));
    const repartitions = s.internalTopics.filter((t) => t.kind === 'repartition').map((t) => t.name);
    for (const topic of repartitions) expect(repartitionsNamedIn(app, s.applicationId)).toContain(topic);
    for (const topic of s.internalTopics.filter((t) => t.kind === 'foreign-key').map((t) => t.name)) {
      // TableJoined.as (3.1+) or, before it, the join's Named.as names both subscription topics.
      const fkJoin = callArguments(app, 'join').find((args) => /TableJoined\.as\(|value -> Logic\.field/.test(args))!;
      const name = quoted('(?:TableJoined|Named)\\.as\\("([^"]+)"\\)', fkJoin).find((n) => topic.startsWith(`${s.applicationId}-${n}-subscription-`));
      expect(name, `${topic} is not named by the foreign-key join`).toBeDefined();
    }
  });

  it.each(streams.map((s) => [s.processor, s] as const))('%s: config() sets what the design chose', (_p, s) => {
    const { app } = filesOf(d, s);
    const { 'bootstrap.servers': bootstrap, ...config } = configIn(app);
    expect(config).toEqual(s.config);
    expect(bootstrap).toBe('${KAFKA_BOOTSTRAP_SERVERS}');
  });

  it.each(streams.map((s) => [s.processor, s] as const))('%s: the TopologyTestDriver test pipes every input and reads every output', (_p, s) => {
    const { test } = filesOf(d, s);
    const topology = s.topology!;
    expect(test).toContain(`new TopologyTestDriver(${s.processor.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}App.topology(config), config)`);
    const inputs = quoted('createInputTopic\\("([^"]+)", new StringSerializer\\(\\), new StringSerializer\\(\\)\\)', test);
    expect(new Set(inputs)).toEqual(new Set(topology.sources.map((x) => x.topic)));
    const counted = topology.steps.filter((x) => ['count', 'aggregate', 'reduce', 'join', 'map', 'map_values'].includes(x.op)).at(-1)?.op === 'count';
    const outputs = quoted(`createOutputTopic\\("([^"]+)", new StringDeserializer\\(\\), new ${counted ? 'Long' : 'String'}Deserializer\\(\\)\\)`, test);
    expect(outputs).toEqual(topology.sinks.map((x) => x.topic));
    // A join partner is piped under the key the stream has when it reaches the join.
    const value = JSON.parse(JSON.parse(/VALUE = ("(?:[^"\\]|\\.)*");/.exec(test)![1]!)) as Record<string, string>;
    let keyField: string | null = null;
    for (const step of topology.steps) {
      if (step.op === 'join' && step.join!.type !== 'stream-stream') {
        const topic = topology.sources.find((x) => x.input === step.join!.input)!.topic;
        const variable = new RegExp(`(\\w+) = driver\\.createInputTopic\\("${topic}"`).exec(test)![1]!;
        const key = step.join!.type === 'foreign-key' ? value[step.key!] : keyField ? value[keyField] : 'key-1';
        expect(test).toContain(`${variable}.pipeInput("${key}", VALUE`);
      } else if (step.key && step.op !== 'join') keyField = step.key;
    }
    const windowed = topology.steps.find((x) => x.window);
    if (windowed && topology.steps.some((x) => x.op === 'suppress')) {
      const later = Math.max(...quoted('start\\.plus\\(Duration\\.ofMillis\\((\\d+)L\\)\\)', test).map(Number));
      expect(later).toBeGreaterThan(windowed.window!.sizeMs + windowed.window!.graceMs);
      // By then every window holding the first record has closed: one final result each (size / advance for aligned hopping windows).
      const w = windowed.window!;
      const perRecord = w.type === 'hopping' && w.sizeMs % w.advanceMs! === 0 ? w.sizeMs / w.advanceMs! : 1;
      for (const o of topology.sinks) expect(test).toMatch(new RegExp(`assertEquals\\(${perRecord}, output\\d+Records\\.size\\(\\), "one final result per closed window on ${o.topic}"`));
    }
  });

  it.each(streams.map((s) => [s.processor, s] as const))("%s: the Maven build names kafka-streams and its test utils at the design's version", (_p, s) => {
    const { pom } = filesOf(d, s);
    for (const artifact of ['kafka-streams', 'kafka-streams-test-utils']) {
      expect(pom).toMatch(new RegExp(`<artifactId>${artifact}</artifactId>\\s*<version>${d.kafkaVersion.replace('.', '\\.')}(\\.\\d+)?</version>`));
    }
    expect(pom).toContain('<artifactId>junit-jupiter</artifactId>');
  });
});

// javac against compile-only stubs with the libraries' real signatures: the DSL's generics, lambdas
// and overloads type-check, not only the syntax.
describe.runIf(toolAvailable('javac', 'javac', ['-version']))('generated Kafka Streams apps compile (javac, stub libraries)', () => {
  it('every processor of every design above', () => {
    // Each app has its own package (app.<design>.<processor>), so one javac run checks them all.
    const generated = DESIGNS.flatMap(([, d]) => d.streams!.filter((s) => s.kafkaStreams).flatMap((s) => filesOf(d, s).files)).filter((f) => f.path.endsWith('.java'));
    const stubs = Object.entries(KAFKA_STREAMS_STUBS).map(([path, contents]) => ({ path: `stubs/${path}`, contents, description: 'compile-only stub' }));
    const root = writeFiles([...generated, ...stubs], 'streams-javac');
    try {
      execFileSync('javac', ['-Xlint:none', '-d', join(root, 'out'), ...[...generated, ...stubs].map((f) => join(root, f.path))], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`generated Streams apps do not compile:\n${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  }, 120_000);
});

describe('processors that are not Kafka Streams', () => {
  it('get no Streams application', () => {
    const python = fromYaml(WIDE.replace('client: { language: java }', 'client: { language: python }'), 'wide.yaml');
    expect(python.streams!.every((s) => !s.kafkaStreams)).toBe(true);
    expect(generate(python, { language: 'java' }).filter((f) => f.path.startsWith('streams/'))).toEqual([]);
  });
});
