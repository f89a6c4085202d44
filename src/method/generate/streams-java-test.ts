// The TopologyTestDriver test (JUnit 5) of a generated Kafka Streams application's main path: one
// record per input keyed so every join finds its partner, piped in the order the topology needs
// (tables before the streams that look them up), and the result read from every output topic.
// A windowed aggregation with suppression gets a second round past window end + grace, which
// closes the first window: exactly one final result is expected.
import type { StreamsDesign, StreamsTopology } from '../../model/design.js';
import { camelCase, indent, lines, quote } from './files.js';

/** The record each input receives in one round: its key and the JSON value carrying every field the topology reads. */
interface Round {
  topic: string;
  variable: string;
  key: string;
}

const sample = (field: string) => `${field}-1`;

function rounds(topology: StreamsTopology): { records: Round[]; resultKey: string; value: Record<string, string> } {
  const value: Record<string, string> = {};
  const records = new Map<string, Round>();
  const primary = topology.sources[0]!;
  let key = 'key-1';
  const variableOf = (input: string) => `${camelCase(input)}Input`;
  records.set(primary.input, { topic: primary.topic, variable: variableOf(primary.input), key });
  for (const step of topology.steps) {
    if (step.op === 'join') {
      const j = step.join!;
      // A foreign-key join looks the right table up by a field of the left value; the others by the current key.
      const lookup = j.type === 'foreign-key' ? sample(step.key!) : key;
      if (j.type === 'foreign-key') value[step.key!] = lookup;
      if (!records.has(j.input)) records.set(j.input, { topic: j.topic, variable: variableOf(j.input), key: lookup });
    } else if (step.key) {
      key = sample(step.key);
      value[step.key] = key;
    }
  }
  // Tables and other streams first: the primary's record then finds its join partners.
  const ordered = [...records.values()].reverse();
  return { records: ordered, resultKey: key, value };
}

/** When the test's records are stamped (epoch milliseconds of 2024-01-01T00:00:00Z). */
const START = { text: '2024-01-01T00:00:00Z', ms: 1_704_067_200_000 };

/**
 * How much later a second round must come for suppress to emit (past window end + grace, or past
 * its time limit), and how many final results the first record then has: one per window holding
 * it, i.e. the hopping window starts (multiples of the advance) in (start - size, start].
 */
function closingRound(topology: StreamsTopology, timeLimitMs: number): { afterMs: number; finalResults: number | null } | null {
  const suppress = topology.steps.findIndex((s) => s.op === 'suppress');
  if (suppress < 0) return null;
  const w = topology.steps.slice(0, suppress).find((s) => s.window)?.window;
  if (!w) return { afterMs: timeLimitMs + 1, finalResults: null };
  const advance = w.type === 'hopping' ? (w.advanceMs ?? w.sizeMs) : null;
  const windows = advance === null ? 1 : Math.floor(START.ms / advance) - Math.floor((START.ms - w.sizeMs) / advance);
  return { afterMs: w.sizeMs + w.graceMs + 1, finalResults: windows };
}

export function streamsTest(s: StreamsDesign, topology: StreamsTopology, pkg: string, cls: string, resultValue: 'String' | 'Long', timeLimitMs: number): string {
  const { records, resultKey, value } = rounds(topology);
  const json = JSON.stringify({ id: '1', ...value });
  const closing = closingRound(topology, timeLimitMs);
  const pipe = (at: string) => records.map((r) => `${r.variable}.pipeInput(${quote(r.key)}, VALUE, ${at});`);
  const outputs = topology.sinks.map((sink, i) => ({ sink, variable: `output${i + 1}` }));
  return lines(
    `package ${pkg};`,
    '',
    'import static org.junit.jupiter.api.Assertions.assertEquals;',
    closing?.finalResults ? null : 'import static org.junit.jupiter.api.Assertions.assertFalse;',
    '',
    'import java.nio.file.Path;',
    closing ? 'import java.time.Duration;' : null,
    'import java.time.Instant;',
    'import java.util.List;',
    'import java.util.Properties;',
    resultValue === 'Long' ? 'import org.apache.kafka.common.serialization.LongDeserializer;' : null,
    'import org.apache.kafka.common.serialization.StringDeserializer;',
    'import org.apache.kafka.common.serialization.StringSerializer;',
    'import org.apache.kafka.streams.KeyValue;',
    'import org.apache.kafka.streams.TestInputTopic;',
    'import org.apache.kafka.streams.TestOutputTopic;',
    'import org.apache.kafka.streams.TopologyTestDriver;',
    'import org.junit.jupiter.api.Test;',
    'import org.junit.jupiter.api.io.TempDir;',
    '',
    `/** The main path of ${s.applicationId} through TopologyTestDriver: no broker needed. */`,
    `class ${cls}Test {`,
    `  private static final String VALUE = ${quote(json)};`,
    '',
    '  @TempDir',
    '  Path stateDir;',
    '',
    '  @Test',
    '  void mainPathReachesEveryOutput() {',
    `    Properties config = ${cls}.config();`,
    '    config.put("state.dir", stateDir.toString()); // the design\'s persistent volume does not exist here',
    `    try (TopologyTestDriver driver = new TopologyTestDriver(${cls}.topology(config), config)) {`,
    indent(
      lines(
        ...records.map((r) => `TestInputTopic<String, String> ${r.variable} = driver.createInputTopic(${quote(r.topic)}, new StringSerializer(), new StringSerializer());`),
        ...outputs.map((o) => `TestOutputTopic<String, ${resultValue}> ${o.variable} = driver.createOutputTopic(${quote(o.sink.topic)}, new StringDeserializer(), new ${resultValue}Deserializer());`),
        `Instant start = Instant.parse(${quote(START.text)});`,
        ...pipe('start'),
        closing === null
          ? null
          : `// ${closing.afterMs} ms later: ${closing.finalResults ? `past window end + grace, the ${closing.finalResults === 1 ? 'window' : `${closing.finalResults} windows`} of the first round close and suppress emits ${closing.finalResults === 1 ? 'it' : 'them'}` : 'past the time limit, suppress emits'}.`,
        ...(closing === null ? [] : pipe(`start.plus(Duration.ofMillis(${closing.afterMs}L))`)),
        ...outputs.flatMap((o) => [
          `List<KeyValue<String, ${resultValue}>> ${o.variable}Records = ${o.variable}.readKeyValuesToList();`,
          closing?.finalResults
            ? `assertEquals(${closing.finalResults}, ${o.variable}Records.size(), ${quote(`one final result per closed window on ${o.sink.topic}`)});`
            : `assertFalse(${o.variable}Records.isEmpty(), ${quote(`nothing reached ${o.sink.topic}`)});`,
          `assertEquals(${quote(resultKey)}, ${o.variable}Records.get(0).key);`,
        ]),
      ),
      6,
    ),
    '    }',
    '  }',
    '}',
    '',
  );
}
