// A first version of an event schema that is cheap to evolve: an envelope every event shares
// (id, type, time, correlation, causation, producer, version), the entity as a nested record,
// optional fields as ["null", T] defaulting to null, enums with an UNKNOWN default, and docs on
// every field. Partial updates are a choice the caller makes; both styles are explained.
import { LOGICAL_TYPES } from '../../knowledge/avro.js';
import { UserError } from '../../model/errors.js';
import type { JsonValue } from './json.js';
import { isValidAvroName, parseSchemaValue, type AvroSchema } from './parse.js';

/** One payload field: `name:type`, `?` after the type for optional. */
export interface FieldSpec {
  name: string;
  /** A primitive, a logical type (timestamp-millis, date, uuid, decimal(p,s), ...), enum(A,B), array(T) or map(T). */
  type: string;
  optional: boolean;
}

/** How update events carry a change. */
export const PARTIAL_UPDATE_STYLES = ['none', 'all-optional', 'changed-fields'] as const;
export type PartialUpdateStyle = (typeof PARTIAL_UPDATE_STYLES)[number];

export interface ScaffoldInput {
  /** The event record's name, e.g. TaskEvent. */
  name: string;
  namespace: string;
  /** The entity the event is about, e.g. "task": a nested record Task in field "task". */
  entity: string;
  /** Payload fields, as specs or as the CLI's "title:string,due:timestamp-millis?" text. */
  fields: FieldSpec[] | string;
  /** The entity's key field (also the Kafka message key); added as a required string when not listed. */
  key?: string;
  /** What happens to the entity; becomes the event_type enum. Defaults to created, updated, deleted. */
  eventTypes?: string[];
  /** The service that writes these events, for the producer field's doc. */
  producer?: string;
  partialUpdates?: PartialUpdateStyle;
}

export interface ScaffoldResult {
  /** The .avsc content as a JSON value. */
  schema: JsonValue;
  /** The parsed schema (the same one, checked by our Avro parser). */
  parsed: AvroSchema;
  /** Each design decision and why, for people reading the output. */
  notes: string[];
  /** The partial-update styles on offer, the chosen one marked. */
  partialUpdateOptions: Array<{ style: PartialUpdateStyle; chosen: boolean; how: string; tradeoff: string }>;
}

const PRIMITIVES = new Set(['string', 'int', 'long', 'float', 'double', 'boolean', 'bytes']);

const PARTIAL_UPDATE_EXPLANATIONS: Record<PartialUpdateStyle, { how: string; tradeoff: string }> = {
  none: {
    how: 'every event carries the full state of the entity after the change',
    tradeoff: 'simplest for consumers and works with compacted topics (the latest event is the state); costs bytes when entities are large and changes small',
  },
  'all-optional': {
    how: 'every entity field except the key is ["null", T] with default null; null means "not changed"',
    tradeoff: 'small update events, but a field can no longer be set to null on purpose, and consumers must merge updates into the state they keep',
  },
  'changed-fields': {
    how: 'the entity keeps its full state and the envelope adds changed_fields, the names of the fields this event changed',
    tradeoff: 'consumers that care about one field can skip other updates; events stay full-size and the list must be kept right by the producer',
  },
};

/** Parses "title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)". */
export function parseFieldSpecs(text: string): FieldSpec[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon <= 0) {
        throw new UserError({ field: '--fields', message: `"${part}" is not name:type`, expected: 'name:type, e.g. title:string or due:timestamp-millis?', found: part });
      }
      const name = part.slice(0, colon).trim();
      let type = part.slice(colon + 1).trim();
      const optional = type.endsWith('?');
      if (optional) type = type.slice(0, -1).trim();
      return { name, type, optional };
    });
}

function pascal(word: string): string {
  return word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function snakeUpper(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function requireName(name: string, what: string, flag: string): void {
  if (!isValidAvroName(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    const fixed = name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^([0-9])/, '_$1');
    throw new UserError({
      field: flag,
      message: `${what} "${name}" is not a valid Avro name`,
      expected: 'a letter or "_" first, then ASCII letters, digits or "_"',
      found: name,
      suggestion: `use "${fixed}"`,
    });
  }
}

/** The Avro type for a spec's type text, and a phrase for its doc. */
function avroType(spec: FieldSpec, entity: string): { type: JsonValue; unit?: string } {
  const t = spec.type;
  if (PRIMITIVES.has(t)) return { type: t };
  const decimal = /^decimal\((\d+)\s*(?:,\s*(\d+))?\)$/.exec(t);
  if (decimal) {
    const precision = Number(decimal[1]);
    const scale = Number(decimal[2] ?? 0);
    if (precision < 1 || scale > precision)
      throw new UserError({ field: `--fields ${spec.name}`, message: `decimal(${precision},${scale}) needs precision >= 1 and scale <= precision`, suggestion: 'e.g. decimal(18,2) for money' });
    return { type: { type: 'bytes', logicalType: 'decimal', precision, scale }, unit: `decimal with ${scale} digits after the point` };
  }
  const fact = LOGICAL_TYPES[t];
  if (fact && t !== 'decimal' && t !== 'duration') {
    return { type: { type: fact.on[0]!, logicalType: t }, unit: fact.meaning };
  }
  const enumMatch = /^enum\((.*)\)$/.exec(t);
  if (enumMatch) {
    const symbols = enumMatch[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const s of symbols) requireName(s, 'enum symbol', `--fields ${spec.name}`);
    const withUnknown = symbols.includes('UNKNOWN') ? symbols : ['UNKNOWN', ...symbols];
    return {
      type: {
        type: 'enum',
        name: pascal(spec.name),
        doc: `Possible ${humanize(spec.name)} values of a ${entity}. UNKNOWN is the default: readers map symbols added later to it.`,
        symbols: withUnknown,
        default: 'UNKNOWN',
      },
    };
  }
  const container = /^(array|map)\((.*)\)$/.exec(t);
  if (container) {
    const inner = avroType({ name: `${spec.name}_item`, type: container[2]!.trim(), optional: false }, entity).type;
    return { type: container[1] === 'array' ? { type: 'array', items: inner } : { type: 'map', values: inner } };
  }
  throw new UserError({
    field: `--fields ${spec.name}`,
    message: `unknown field type "${t}"`,
    expected: `one of ${[...PRIMITIVES].join(', ')}, ${Object.keys(LOGICAL_TYPES)
      .filter((l) => l !== 'duration' && l !== 'decimal')
      .join(', ')}, decimal(p,s), enum(A,B,...), array(T), map(T)`,
    suggestion: 'add "?" after the type for an optional field, e.g. due:timestamp-millis?',
  });
}

/** Builds the event schema. Throws a UserError for names or field types Avro cannot take. */
export function scaffoldEventSchema(input: ScaffoldInput): ScaffoldResult {
  const style = input.partialUpdates ?? 'none';
  requireName(input.name, 'event name', '--name');
  for (const part of input.namespace.split('.')) requireName(part, 'namespace part', '--namespace');
  const entityField = input.entity
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const entityType = pascal(input.entity);
  requireName(entityField, 'entity', '--entity');
  requireName(entityType, 'entity', '--entity');
  const specs = typeof input.fields === 'string' ? parseFieldSpecs(input.fields) : input.fields;
  const entity = humanize(entityField);
  const notes: string[] = [];

  const payload: JsonValue[] = [];
  const names = new Set<string>();
  const key = input.key;
  if (key !== undefined) {
    requireName(key, 'key field', '--key');
    if (!specs.some((s) => s.name === key)) {
      payload.push({ name: key, type: 'string', doc: `Identifies the ${entity}; the Kafka message key carries the same value, so all events of one ${entity} stay in order on one partition.` });
      names.add(key);
      notes.push(`${key}: added as a required string because it is the message key; change its type if your ids are numbers or UUIDs.`);
    }
  }
  for (const spec of specs) {
    requireName(spec.name, 'field name', `--fields ${spec.name}`);
    if (names.has(spec.name)) throw new UserError({ field: `--fields ${spec.name}`, message: `field "${spec.name}" is listed twice`, suggestion: 'list each field once' });
    names.add(spec.name);
    const { type, unit } = avroType(spec, entity);
    const optional = spec.optional || (style === 'all-optional' && spec.name !== key);
    const doc = `The ${humanize(spec.name)} of the ${entity}${unit ? ` (${unit})` : ''}.${optional ? (style === 'all-optional' && spec.name !== key ? ' Null when this event does not change it.' : ' Null when not set.') : ''}`;
    payload.push(optional ? { name: spec.name, type: ['null', type], default: null, doc } : { name: spec.name, type, doc });
  }
  if (payload.length === 0) {
    notes.push(`The ${entity} record has no fields yet: add them before registering the schema (an empty record carries nothing).`);
  }

  const eventTypes = (input.eventTypes ?? ['created', 'updated', 'deleted']).map((t) => snakeUpper(`${entityField}_${t}`));
  const envelope: JsonValue[] = [
    { name: 'event_id', type: { type: 'string', logicalType: 'uuid' }, doc: 'Unique id of this event (a UUID). Consumers use it to drop duplicates after retries.' },
    {
      name: 'event_type',
      type: {
        type: 'enum',
        name: `${entityType}EventType`,
        doc: `What happened to the ${entity}. UNKNOWN is the default: readers map types added later to it.`,
        symbols: ['UNKNOWN', ...eventTypes],
        default: 'UNKNOWN',
      },
      doc: `What happened to the ${entity}.`,
    },
    {
      name: 'occurred_at',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When it happened in the producing system, milliseconds since the Unix epoch (UTC); not when it was written to Kafka.',
    },
    { name: 'correlation_id', type: ['null', 'string'], default: null, doc: 'Id shared by every event of one business transaction or request, for tracing across services. Null when there is none.' },
    { name: 'causation_id', type: ['null', 'string'], default: null, doc: 'event_id of the event (or id of the command) that caused this one. Null for events started by a user or a schedule.' },
    { name: 'producer', type: 'string', doc: `Name of the service that wrote the event${input.producer ? `, e.g. "${input.producer}"` : ''}.` },
    {
      name: 'schema_version',
      type: 'int',
      default: 1,
      doc: 'Version of this schema the producer used; lets consumers without a schema registry branch on it. Keep it in step with the registered version.',
    },
  ];
  if (style === 'changed-fields') {
    envelope.push({ name: 'changed_fields', type: { type: 'array', items: 'string' }, default: [], doc: `Names of the ${entity} fields this event changed; empty for creations and deletions.` });
  }
  envelope.push({
    name: entityField,
    type: { type: 'record', name: entityType, doc: `The ${entity}${style === 'all-optional' ? ': only the fields this event changes are set' : ' as it is after the event'}.`, fields: payload },
    doc: `The ${entity} this event is about.`,
  });

  const schema: JsonValue = {
    type: 'record',
    name: input.name,
    namespace: input.namespace,
    doc: `An event about a ${entity}: the envelope fields say what happened, when and why; field ${entityField} holds the ${entity}.`,
    fields: envelope,
  };

  notes.push(
    'Optional fields are ["null", T] with "default": null, so they can be added and removed under FULL compatibility.',
    'Enums have an UNKNOWN symbol as their default, so adding a symbol later stays forward compatible.',
    'occurred_at uses timestamp-millis so the unit is part of the contract.',
    'Register it with compatibility FULL_TRANSITIVE (or at least BACKWARD_TRANSITIVE) and run "schema check" before each change.',
  );
  const partialUpdateOptions = PARTIAL_UPDATE_STYLES.map((s) => ({ style: s, chosen: s === style, ...PARTIAL_UPDATE_EXPLANATIONS[s] }));
  return { schema, parsed: parseSchemaValue(schema), notes, partialUpdateOptions };
}

/** What the design engine knows about a flow whose schema format is avro. */
export interface FlowScaffoldInput {
  /** The flow's name, e.g. "notifications" or "order-events". */
  flow: string;
  /** The flow's key field, e.g. "user_id". */
  key?: string;
  /** The Avro namespace; derived from the system name when absent. */
  namespace?: string;
  /** The system's name (requirements `name`), used for the default namespace. */
  system?: string;
  /** The producing service (the flow's source). */
  producer?: string;
  /** Payload fields when known. */
  fields?: FieldSpec[] | string;
}

/** The entity a flow name is about: "order-events" -> "order", "notifications" -> "notification". */
function entityOfFlow(flow: string): string {
  const all = flow
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const hasLetter = (ws: string[]) => ws.some((w) => /[a-z]/.test(w));
  let words = all.filter((w) => !['event', 'events', 'topic', 'stream', 'v1', 'v2'].includes(w));
  // An Avro name must start with a letter: keep a generic word rather than name the entity "0".
  if (!hasLetter(words)) words = hasLetter(all) ? all : ['entity', ...all];
  const last = words.pop() ?? 'entity';
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('ses') || last.endsWith('ss') ? last : last.replace(/s$/, '');
  return [...words, singular].join('_').replace(/^([0-9])/, '_$1');
}

/** Scaffolds the event schema of one flow, filling the names the requirements do not give. */
export function scaffoldForFlow(input: FlowScaffoldInput): ScaffoldResult {
  const entity = entityOfFlow(input.flow);
  const namespacePart = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^([0-9])/, '_$1')
      .replace(/^_+|_+$/g, '') || 'events';
  const namespace = input.namespace ?? `com.example.${namespacePart(input.system ?? input.flow)}`;
  const result = scaffoldEventSchema({
    name: `${pascal(entity)}Event`,
    namespace,
    entity,
    key: input.key,
    producer: input.producer,
    fields: input.fields ?? [],
  });
  const assumed = [`the entity is "${entity}", read from the flow name "${input.flow}"`];
  if (!input.namespace) assumed.push(`namespace ${namespace} is a placeholder: use your organisation's reverse domain`);
  return { ...result, notes: [`Assumed: ${assumed.join('; ')}.`, ...result.notes] };
}
