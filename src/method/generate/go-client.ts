// How a generated Go program opens its Kafka clients: the config entries of kafka.ConfigMap
// (confluent-kafka-go) or kgo options (franz-go), the per-instance transactional id, the imports.
import { valuesFromEnvironment, franzGoConfig, type Literal, librdkafkaConfig, perInstanceTransactionalId, type Setting, splitInstanceId, type Translation } from './client-config.js';
import { concat, lines, oneLine, quote } from './files.js';

export type GoLibrary = 'confluent-kafka-go' | 'franz-go';

export const MODULES: Record<GoLibrary, { path: string; version: string; imports: string }> = {
  'confluent-kafka-go': { path: 'github.com/confluentinc/confluent-kafka-go/v2', version: 'v2.5.0', imports: 'github.com/confluentinc/confluent-kafka-go/v2/kafka' },
  'franz-go': { path: 'github.com/twmb/franz-go', version: 'v1.17.1', imports: 'github.com/twmb/franz-go/pkg/kgo' },
};

/** A config entry the program sets itself: [librdkafka name (unused by franz-go), Go value, why]. */
export type FixedEntry = [string, string, string];

export const BOOTSTRAP: FixedEntry = ['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];
export const GROUP: FixedEntry = ['group.id', 'groupID', 'instances of this program share the partitions of the topic'];
export const FRANZ_SEEDS: FixedEntry = ['', 'kgo.SeedBrokers(strings.Split(bootstrap, ",")...)', BOOTSTRAP[2]];

function goLiteral(value: Literal): string {
  if (typeof value === 'object') return value.code;
  return typeof value === 'string' ? quote(value) : String(value);
}

/** Standard packages a generated file may use, each found by its selector in the code. */
const STD_PACKAGES = ['context', 'crypto/rand', 'encoding/hex', 'encoding/json', 'fmt', 'os', 'os/signal', 'strconv', 'strings', 'sync', 'sync/atomic', 'syscall', 'time'];

/** The import block for `code`: Go rejects unused imports, so only what the code uses is listed. */
function goImports(code: string, library: GoLibrary): string {
  const codeOnly = code.replace(/\/\/.*$/gm, '');
  const used = STD_PACKAGES.filter((pkg) => new RegExp(`\\b${pkg.split('/').pop()}\\.`).test(codeOnly));
  return lines('import (', ...used.map((s) => `\t${quote(s)}`), '', `\t${quote(MODULES[library].imports)}`, ')');
}

/** A main package: header comment, imports computed from the code, then the code. */
export function goFile(comment: string[], code: string, library: GoLibrary): string {
  return lines(...comment.map((c) => `// ${c}`), 'package main', '', goImports(code, library), '', code);
}

/** Tabs, as gofmt wants them. */
export function tabs(text: string, depth: number): string {
  return text
    .split('\n')
    .map((l) => (l.length ? '\t'.repeat(depth) + l : l))
    .join('\n');
}

/** A config entry list for kafka.ConfigMap (librdkafka) or kgo options (franz-go). */
export function configEntries(library: GoLibrary, fixed: FixedEntry[], settings: readonly Setting[]): string {
  const t: Translation =
    library === 'franz-go'
      ? franzInstanceId(franzGoConfig(settings), settings)
      : valuesFromEnvironment(
          perInstanceTransactionalId(librdkafkaConfig(settings), (prefix, suffix) => concat(prefix, 'instanceID', suffix)),
          (variable) => `env(${quote(variable)}, "")`,
        );
  const entry = (name: string, value: string, why: string) => (library === 'franz-go' ? `${value}, // ${oneLine(why)}` : `${quote(name)}: ${value}, // ${oneLine(why)}`);
  return lines(
    ...fixed.map(([k, v, why]) => entry(k, v, why)),
    ...t.settings.map((s) => entry(s.name, goLiteral(s.value), s.why)),
    ...t.untranslated.map((u) => `// ${u.name}=${u.value} not set: ${oneLine(u.reason)}. Design's reason: ${oneLine(u.why)}`),
  );
}

/** franz-go's TransactionalID option, with the per-instance id in place of the design's placeholder. */
function franzInstanceId(t: Translation, settings: readonly Setting[]): Translation {
  const id = settings.find((s) => s.name === 'transactional.id');
  if (!id) return t;
  const [prefix, suffix] = splitInstanceId(id.value);
  return {
    ...t,
    settings: t.settings.map((s) =>
      s.javaName === 'transactional.id' ? { ...s, value: { code: `kgo.TransactionalID(${concat(prefix, 'instanceID', suffix)})` }, why: `${s.why} (one id per instance, from INSTANCE_ID)` } : s,
    ),
  };
}

/** `variable, err := <new client>(...)` with the entries and the connection security, failing fast. */
export function clientOpen(library: GoLibrary, variable: string, entries: string): string {
  return library === 'franz-go'
    ? lines(`${variable}, err := kgo.NewClient(append(securityOptions(), // TLS and SASL from the environment`, tabs(entries, 1), ')...)', 'if err != nil {', '\tfatal(err)', '}')
    : lines(
        `${variable}, err := kafka.New${variable === 'consumer' ? 'Consumer' : 'Producer'}(withSecurity(kafka.ConfigMap{ // TLS and SASL from the environment`,
        tabs(entries, 1),
        '}))',
        'if err != nil {',
        '\tfatal(err)',
        '}',
      );
}
