// Which scopes of the reference catalog know a setting name, and which names only librdkafka
// knows. Kind detection and the unknown-setting rule both ask these questions.
import { catalogData, type LibrdkafkaProperty, librdkafkaProperties, type Scope } from '../../../knowledge/catalog.js';

let scopesByName: Map<string, Set<Scope>> | undefined;
let rdkafkaOnly: Set<string> | undefined;

/** Every scope in which `name` is documented, in any catalog version. */
export function scopesOf(name: string): ReadonlySet<Scope> {
  if (!scopesByName) {
    scopesByName = new Map();
    for (const s of catalogData().settings) {
      const set = scopesByName.get(s.name) ?? new Set<Scope>();
      set.add(s.scope);
      scopesByName.set(s.name, set);
    }
  }
  return scopesByName.get(name) ?? new Set();
}

/** librdkafka property names that no Java scope documents (sasl.mechanisms, queue.buffering.max.ms, ...). */
export function isLibrdkafkaOnlyName(name: string): boolean {
  rdkafkaOnly ??= new Set(
    librdkafkaProperties()
      .map((p) => p.name)
      .filter((n) => scopesOf(n).size === 0),
  );
  return rdkafkaOnly.has(name);
}

let rdkafkaByName: Map<string, LibrdkafkaProperty> | undefined;

/** The librdkafka property named `name`, if librdkafka has one (the global one when both scopes have it). */
export function librdkafkaProperty(name: string): LibrdkafkaProperty | undefined {
  rdkafkaByName ??= new Map([...librdkafkaProperties()].reverse().map((p) => [p.name, p]));
  return rdkafkaByName.get(name);
}
