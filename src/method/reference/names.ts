// Turns a setting name as a user writes it (Java name, librdkafka alias, kafkajs option, wrong
// case, snake_case) into the catalog's canonical name, or a UserError that suggests the nearest.
import { allSettingNames, franzGoFacts, kafkajsOptions, librdkafkaProperties, type Scope } from '../../knowledge/catalog.js';
import { javaNameForKafkajs, javaNameForLibrdkafka } from '../../knowledge/aliases.js';
import { didYouMean, UserError } from '../../model/errors.js';

/** How a name that is not the canonical one was recognised. */
export const NAME_SOURCES = ['librdkafka', 'kafkajs', 'franz-go', 'spelling'] as const;

export interface ResolvedName {
  /** Canonical (Java) name as the catalog knows it. */
  name: string;
  /** How the written name was recognised when it was not the canonical one. */
  via?: { written: string; as: (typeof NAME_SOURCES)[number] };
}

let known: Set<string> | undefined;
function knownNames(): Set<string> {
  known ??= new Set(allSettingNames());
  return known;
}

function kafkajsJavaName(option: string): string | undefined {
  const java = javaNameForKafkajs(option);
  return java && knownNames().has(java) ? java : undefined;
}

export function resolveSettingName(written: string): ResolvedName | undefined {
  const names = knownNames();
  const raw = written.trim();
  if (names.has(raw)) return { name: raw };
  const viaLibrdkafka = javaNameForLibrdkafka(raw);
  if (viaLibrdkafka !== raw && names.has(viaLibrdkafka)) return { name: viaLibrdkafka, via: { written: raw, as: 'librdkafka' } };
  const viaKafkajs = kafkajsJavaName(raw);
  if (viaKafkajs) return { name: viaKafkajs, via: { written: raw, as: 'kafkajs' } };
  const viaFranzGo = franzGoFacts().options.find((o) => o.option === raw && o.javaProperty && names.has(o.javaProperty))?.javaProperty;
  if (viaFranzGo) return { name: viaFranzGo, via: { written: raw, as: 'franz-go' } };
  const respelled = raw.toLowerCase().replace(/_/g, '.');
  if (names.has(respelled)) return { name: respelled, via: { written: raw, as: 'spelling' } };
  return undefined;
}

/** What a client library's property applies to, in words (P and C as librdkafka and franz-go facts mark them). */
const ROLE: Partial<Record<string, string>> = { P: 'producer', C: 'consumer' };

/** The UserError for a name nobody knows, with the nearest catalog names and client aliases. */
export function unknownSettingError(written: string, scope?: Scope): UserError {
  const rdkafka = librdkafkaProperties().find((p) => p.name === written);
  if (rdkafka) {
    return new UserError({
      message: `${written} is a librdkafka property with no Apache Kafka (Java client) counterpart`,
      found: written,
      suggestion: `librdkafka ${ROLE[rdkafka.appliesTo] ?? 'client'} property, default ${rdkafka.default ?? '(none)'}${rdkafka.range ? `, range ${rdkafka.range}` : ''}; see librdkafka CONFIGURATION.md`,
    });
  }
  const kafkajsOnly = Object.entries(kafkajsOptions()).find(([, options]) => options.some((o) => o.option === written && !o.javaProperty));
  if (kafkajsOnly) {
    const o = kafkajsOnly[1].find((x) => x.option === written)!;
    return new UserError({
      message: `${written} is a kafkajs option with no Apache Kafka (Java client) counterpart`,
      found: written,
      suggestion: `kafkajs ${kafkajsOnly[0]} option, default ${JSON.stringify(o.default)}${o.mappingNote ? ` (${o.mappingNote})` : ''}`,
    });
  }
  const franzGoOnly = franzGoFacts().options.find((o) => o.option === written && !o.javaProperty);
  if (franzGoOnly) {
    return new UserError({
      message: `${written} is a franz-go option with no Apache Kafka (Java client) counterpart`,
      found: written,
      suggestion: `franz-go ${ROLE[franzGoOnly.appliesTo] ?? 'client'} option, default ${franzGoOnly.default ?? '(none)'}${franzGoOnly.mappingNote ? ` (${franzGoOnly.mappingNote})` : ''}`,
    });
  }
  const candidates = new Map<string, string>();
  for (const n of allSettingNames(scope)) candidates.set(n, n);
  for (const p of librdkafkaProperties()) {
    const java = javaNameForLibrdkafka(p.name);
    if (java !== p.name && knownNames().has(java)) candidates.set(p.name, `${java} (librdkafka: ${p.name})`);
  }
  for (const o of Object.values(kafkajsOptions()).flat()) {
    if (o.javaProperty && o.javaProperty !== o.option && knownNames().has(o.javaProperty)) candidates.set(o.option, `${o.javaProperty} (kafkajs: ${o.option})`);
  }
  for (const o of franzGoFacts().options) {
    if (o.javaProperty && knownNames().has(o.javaProperty)) candidates.set(o.option, `${o.javaProperty} (franz-go: ${o.option})`);
  }
  const nearest = didYouMean(written, candidates.keys()).map((c) => candidates.get(c)!);
  return new UserError({
    message: `unknown setting ${written}${scope ? ` in scope ${scope}` : ''}`,
    found: written,
    suggestion: nearest.length ? `did you mean ${nearest.join(', ')}?` : `try kafka-specialist search "${written.replace(/[._]/g, ' ')}"`,
  });
}
