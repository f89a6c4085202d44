// The deconstruct questions in the order a colleague asks them: where it runs, what it is
// written in, then the flow (ordering before key, rates before sizes, work before limits).
// Each question carries its default and why, the flag that answers it without asking, and
// the parser that turns a typed answer into the requirements value or says what is wrong.
import { newestVersion } from '../../knowledge/catalog.js';
import { DEFAULT_LIBRARY, LANGUAGES, type Language } from '../../knowledge/clients.js';
import { setField } from './fields.js';
import { ASSUMED_TAIL_RATIO } from '../queueing/service-time.js';
import { DELIVERIES, ENVIRONMENTS, ORDERINGS, requirementsSchema, retentionSchema, SCHEMA_FORMATS, SIDE_EFFECTS, type Requirements } from '../../model/requirements.js';

/** Answers so far, by question id, already parsed. */
export type Answers = Record<string, unknown>;

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

export interface Question {
  id: string;
  /** The flag that answers it on the command line, e.g. "--peak". */
  flag: string;
  prompt: string;
  /** Requirements field path it fills. */
  field: string;
  choices?: readonly string[];
  /** The default shown in brackets, and why it is the default; undefined: no default (blank skips an optional question). */
  default: (answers: Answers) => { value: string; why: string } | undefined;
  optional?: boolean;
  /** Asked only when this holds. */
  when?: (answers: Answers) => boolean;
  parse: (text: string) => Parsed;
  /** A problem with the value given the earlier answers, e.g. a p99 below the median. */
  check?: (value: unknown, answers: Answers) => string | undefined;
}

const ok = (value: unknown): Parsed => ({ ok: true, value });
const bad = (problem: string): Parsed => ({ ok: false, problem });

function choice(choices: readonly string[]): (text: string) => Parsed {
  return (text) => {
    const t = text.trim().toLowerCase();
    const exact = choices.find((c) => c === t);
    if (exact) return ok(exact);
    const prefixed = choices.filter((c) => c.startsWith(t));
    return prefixed.length === 1 ? ok(prefixed[0]) : bad(`choose one of: ${choices.join(', ')}`);
  };
}

function positiveNumber(integer: boolean): (text: string) => Parsed {
  return (text) => {
    const n = Number(text.trim().replace(/_/g, ''));
    if (!Number.isFinite(n) || n <= 0) return bad('a number above 0');
    if (integer && !Number.isInteger(n)) return bad('a whole number');
    return ok(n);
  };
}

const name = (text: string): Parsed => (/^[A-Za-z0-9._-]+$/.test(text.trim()) ? ok(text.trim()) : bad('letters, digits, ".", "_" and "-" only: it names topics and groups'));
const yesNo = (text: string): Parsed => (/^(y|yes|true)$/i.test(text.trim()) ? ok(true) : /^(n|no|false)$/i.test(text.trim()) ? ok(false) : bad('yes or no'));
const retention = (text: string): Parsed => (retentionSchema.safeParse(text.trim()).success ? ok(text.trim()) : bad('a duration such as 12h, 3d, 30d, or "forever"'));
const isDev = (a: Answers) => a.environment === 'development';
const peak = (a: Answers) => a.peak as number | undefined;

export const QUESTIONS: readonly Question[] = [
  { id: 'name', flag: '--name', field: 'name', prompt: 'Name of the service or pipeline', default: () => ({ value: 'my-service', why: 'it prefixes topic and group names' }), parse: name },
  {
    id: 'environment',
    flag: '--environment',
    field: 'environment',
    prompt: 'Environment',
    choices: ENVIRONMENTS,
    default: () => ({ value: 'production', why: 'designing for production is the safe side' }),
    parse: choice(ENVIRONMENTS),
  },
  {
    id: 'language',
    flag: '--language',
    field: 'client.language',
    prompt: 'Client language',
    choices: LANGUAGES,
    default: () => ({ value: 'java', why: 'the Java client is the reference implementation' }),
    parse: choice(LANGUAGES),
  },
  {
    id: 'library',
    flag: '--library',
    field: 'client.library',
    prompt: 'Client library',
    default: (a) => ({ value: DEFAULT_LIBRARY[(a.language as Language | undefined) ?? 'java'], why: 'the most common client for that language' }),
    parse: name,
  },
  {
    id: 'brokers',
    flag: '--brokers',
    field: 'cluster.brokers',
    prompt: 'Number of brokers',
    default: (a) => (isDev(a) ? { value: '1', why: 'a local development cluster usually has one' } : { value: '3', why: 'the smallest cluster that keeps writing through one broker failure' }),
    parse: positiveNumber(true),
  },
  {
    id: 'kafkaVersion',
    flag: '--kafka-version',
    field: 'cluster.kafka_version',
    prompt: 'Kafka version',
    default: () => ({ value: newestVersion(), why: 'the newest version the specialist knows' }),
    parse: (t) => (/^\d+\.\d+(\.\d+)?$/.test(t.trim()) ? ok(t.trim()) : bad('a version such as 3.9 or 4.1.0')),
  },
  {
    id: 'flow',
    flag: '--flow',
    field: 'flows[0].name',
    prompt: 'Name of the event flow (it names the topic)',
    default: () => ({ value: 'events', why: 'a placeholder; name it after the events, e.g. notifications' }),
    parse: name,
  },
  {
    id: 'ordering',
    flag: '--ordering',
    field: 'flows[0].ordering',
    prompt: 'Must events stay in order',
    choices: ORDERINGS,
    default: () => ({ value: 'per-key', why: 'most business events must stay in order per entity (user, order)' }),
    parse: choice(ORDERINGS),
  },
  {
    id: 'key',
    flag: '--key',
    field: 'flows[0].key',
    prompt: 'Key: the entity whose events must stay in order',
    default: () => ({ value: 'id', why: 'a placeholder; e.g. user_id or order_id' }),
    when: (a) => a.ordering === 'per-key',
    parse: name,
  },
  {
    id: 'delivery',
    flag: '--delivery',
    field: 'flows[0].delivery',
    prompt: 'Delivery guarantee',
    choices: DELIVERIES,
    default: () => ({ value: 'at-least-once', why: 'no loss, duplicates possible: what Kafka gives when consumers commit after processing' }),
    parse: choice(DELIVERIES),
  },
  {
    id: 'peak',
    flag: '--peak',
    field: 'flows[0].throughput.peak_per_second',
    prompt: 'Peak events per second',
    default: () => ({ value: '100', why: 'a placeholder; partitions and consumers follow from it' }),
    parse: positiveNumber(false),
  },
  {
    id: 'average',
    flag: '--average',
    field: 'flows[0].throughput.average_per_second',
    prompt: 'Average events per second',
    default: (a) => ({ value: String(Math.max(1, Math.round((peak(a) ?? 100) / 3))), why: 'peaks of about 3x the average are common' }),
    parse: positiveNumber(false),
    check: (v, a) => ((v as number) > (peak(a) ?? Infinity) ? `the average cannot be above the peak (${peak(a)}/s)` : undefined),
  },
  {
    id: 'messageBytes',
    flag: '--message-bytes',
    field: 'flows[0].throughput.message_bytes',
    prompt: 'Bytes per event',
    default: () => ({ value: '1000', why: '1 KB is typical for JSON or Avro business events' }),
    parse: positiveNumber(true),
  },
  {
    id: 'p50',
    flag: '--p50',
    field: 'flows[0].processing.per_message_ms.p50',
    prompt: 'Processing time per event, median (ms)',
    default: () => ({ value: '1', why: 'a light consumer' }),
    parse: positiveNumber(false),
  },
  {
    id: 'p99',
    flag: '--p99',
    field: 'flows[0].processing.per_message_ms.p99',
    prompt: 'Processing time per event, p99 (ms)',
    default: (a) => ({ value: String(((a.p50 as number | undefined) ?? 1) * ASSUMED_TAIL_RATIO), why: `the tail design assumes when only the median is known (${ASSUMED_TAIL_RATIO}x)` }),
    parse: positiveNumber(false),
    check: (v, a) => ((v as number) < ((a.p50 as number | undefined) ?? 0) ? `the p99 cannot be below the median (${String(a.p50)} ms)` : undefined),
  },
  {
    id: 'maxInstances',
    flag: '--max-instances',
    field: 'flows[0].processing.max_instances',
    prompt: 'Most consumer instances you can run (blank: no limit)',
    default: () => undefined,
    optional: true,
    parse: positiveNumber(true),
  },
  {
    id: 'sideEffects',
    flag: '--side-effects',
    field: 'flows[0].processing.side_effects',
    prompt: "Where do the consumer's results go",
    choices: SIDE_EFFECTS,
    default: () => ({ value: 'none', why: "no effect outside the consumer's own state" }),
    parse: choice(SIDE_EFFECTS),
  },
  {
    id: 'rateLimit',
    flag: '--rate-limit',
    field: 'flows[0].processing.external_rate_limit_per_second',
    prompt: 'Requests per second the external API allows (blank: no limit)',
    default: () => undefined,
    optional: true,
    when: (a) => a.sideEffects === 'external-api',
    parse: positiveNumber(false),
  },
  {
    id: 'retention',
    flag: '--retention',
    field: 'flows[0].retention',
    prompt: 'How long to keep events',
    default: (a) => (isDev(a) ? { value: '1d', why: 'a development topic only needs a day' } : { value: '7d', why: 'a week to replay after an incident' }),
    parse: retention,
  },
  {
    id: 'schemaFormat',
    flag: '--schema-format',
    field: 'flows[0].schema.format',
    prompt: 'Event format',
    choices: SCHEMA_FORMATS,
    default: () => ({ value: 'json', why: 'the simplest start; avro or protobuf with a registry when it evolves' }),
    parse: choice(SCHEMA_FORMATS),
  },
  {
    id: 'schemaEvolves',
    flag: '--schema-evolves',
    field: 'flows[0].schema.evolves',
    prompt: 'Will the event format change over time (yes/no)',
    default: (a) => (isDev(a) ? { value: 'no', why: 'a development flow' } : { value: 'yes', why: 'production formats usually do' }),
    parse: yesNo,
  },
];

/** A typed answer (or the default when blank) checked against the earlier answers. */
export function answer(q: Question, typed: string, answers: Answers): Parsed {
  const text = typed.trim() || q.default(answers)?.value;
  if (text === undefined) return q.optional ? ok(null) : bad('an answer is needed');
  const parsed = q.parse(text);
  if (!parsed.ok) return parsed;
  const problem = q.check?.(parsed.value, answers);
  return problem ? bad(problem) : parsed;
}

/** The questions still to ask, in order, given the answers so far. */
export function pending(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => !(q.id in answers) && (q.when?.(answers) ?? true));
}

/** The requirements file the answers describe; a skipped optional answer (null) leaves its field out. */
export function requirementsFromAnswers(answers: Answers): Requirements {
  const raw: Record<string, unknown> = { flows: [{}] };
  for (const q of QUESTIONS) {
    const v = answers[q.id];
    if (v !== undefined && v !== null) setField(raw, q.field, v);
  }
  return requirementsSchema.parse(raw);
}
