// Kafka container environments (docker-compose services, .env files): the KAFKA_* variables are the
// broker config those images render into server.properties (apache/kafka and confluentinc/cp-kafka:
// KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR; bitnami/kafka: KAFKA_CFG_OFFSETS_TOPIC_REPLICATION_FACTOR).
// A compose file's brokers are counted, so replication factors can be checked against them.
import type { ConfigEntry, ConfigUnderReview } from '../config-model.js';
import { scopesOf } from './names.js';
import type { RawEntry } from './properties.js';
import { isRecord, scalarText, type YamlSource } from './yaml.js';

/** KAFKA_CFG_LOG_DIRS / KAFKA_LOG_DIRS -> log.dirs ("__" is "_" and "___" is "-", as the images do). */
export function settingFromEnv(variable: string): string | undefined {
  const m = /^KAFKA_(?:CFG_)?(.+)$/.exec(variable);
  if (!m) return undefined;
  // Split on "___" then "__" so single "_" become dots only inside the remaining parts.
  return m[1]!
    .toLowerCase()
    .split('___')
    .map((part) =>
      part
        .split('__')
        .map((p) => p.replace(/_/g, '.'))
        .join('_'),
    )
    .join('-');
}

function environmentOf(service: Record<string, unknown>): Array<[string, string]> {
  const env = service.environment;
  if (isRecord(env)) return Object.entries(env).map(([k, v]) => [k, scalarText(v)]);
  if (Array.isArray(env)) {
    return env.filter((e): e is string => typeof e === 'string' && e.includes('=')).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]);
  }
  return [];
}

export function isComposeWithKafka(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && isRecord(doc.services) && Object.values(doc.services).some((s) => isRecord(s) && environmentOf(s).some(([k]) => brokerSetting(k)));
}

function brokerSetting(variable: string): string | undefined {
  const name = settingFromEnv(variable);
  return name && scopesOf(name).has('broker') ? name : undefined;
}

/** An env file (KAFKA_X=...) for a Kafka container: every key is an environment variable and some name broker settings. */
export function isKafkaEnvFile(raw: readonly RawEntry[]): boolean {
  return raw.length > 0 && raw.every((r) => /^[A-Z][A-Z0-9_]*$/.test(r.key)) && raw.some((r) => brokerSetting(r.key));
}

export function envFileConfig(raw: readonly RawEntry[], file: string): ConfigUnderReview {
  const entries = raw.flatMap((r) => {
    const setting = brokerSetting(r.key);
    return setting ? [{ name: setting, key: r.key, value: r.value, line: r.line }] : [];
  });
  const { kind, mode } = containerRole(entries);
  return { kind, format: 'compose', defaultsUnknown: true, file, entries, ...(mode ? { mode } : {}) };
}

/** What a container runs as, from its settings: a controller only when process.roles leaves out "broker"; KRaft or ZooKeeper when that shows. */
function containerRole(entries: readonly ConfigEntry[]): { kind: 'controller' | 'broker'; mode: 'kraft' | 'zookeeper' | undefined } {
  const roles = entries.find((e) => e.name === 'process.roles')?.value;
  const controllerOnly =
    roles !== undefined &&
    !roles
      .split(',')
      .map((r) => r.trim())
      .includes('broker');
  const mode = roles ? 'kraft' : entries.some((e) => e.name === 'zookeeper.connect') ? 'zookeeper' : undefined;
  return { kind: controllerOnly ? 'controller' : 'broker', mode };
}

export function composeConfigs(source: YamlSource, text: string, file: string): ConfigUnderReview[] {
  const doc = source.docs[0] as Record<string, unknown>;
  const lines = text.split('\n');
  const services = Object.entries(doc.services as Record<string, unknown>).filter(([, s]) => isRecord(s) && environmentOf(s).some(([k]) => brokerSetting(k)));
  const configs = services.map(([name, s]) => {
    const serviceLine = source.keyLine(0, ['services', name]) ?? 1;
    // Lines of list-form variables: the first "NAME=" after the service's own line.
    const lineOf = (variable: string) =>
      source.keyLine(0, ['services', name, 'environment', variable]) ??
      (() => {
        const i = lines.findIndex((l, n) => n >= serviceLine && l.includes(`${variable}=`));
        return i >= 0 ? i + 1 : undefined;
      })();
    const entries: ConfigEntry[] = environmentOf(s as Record<string, unknown>).flatMap(([variable, value]) => {
      const setting = brokerSetting(variable);
      const line = lineOf(variable);
      return setting ? [{ name: setting, key: variable, value, ...(line !== undefined ? { line } : {}) }] : [];
    });
    const { kind, mode } = containerRole(entries);
    return { kind, format: 'compose' as const, defaultsUnknown: true, file, label: `service ${name}`, entries, line: serviceLine, ...(mode ? { mode } : {}) };
  });
  const brokers = configs.filter((c) => c.kind === 'broker').length;
  return configs.map((c) => ({ ...c, brokers }));
}
