// Words in, a requirements draft out. The extractors each read one kind of fact; this module
// puts what they understood into the contract's shape, states how ambiguous words were read,
// fills nothing silently (the assumptions deconstruct would make are listed), and asks back
// what the words did not settle.
import type { Assumption } from '../../model/design.js';
import { UserError } from '../../model/errors.js';
import { requirementsSchema, type Requirements } from '../../model/requirements.js';
import { deconstruct } from '../deconstruct/normalize.js';
import { fieldPath } from '../deconstruct/parse.js';
import { extractDurations } from './durations.js';
import { setField } from './fields.js';
import { extractDelivery, extractOrdering, extractState } from './guarantees.js';
import { notPlaced, type NotPlaced } from './account.js';
import { extractNames } from './names.js';
import { extractPhrases } from './phrases.js';
import { round2 } from './numbers.js';
import { extractRates } from './rates.js';
import { extractMessageSize } from './sizes.js';
import { extractClient, extractCluster, extractEnvironment, extractExperience, extractGrowth, extractInstances } from './stack.js';
import { FLOW, type Extractor, type IntakeQuestion, type Understood } from './understood.js';
import { extractSchema, extractSideEffects } from './work.js';

export interface IntakeDraft {
  requirements: Requirements;
  understood: Understood[];
  assumptions: Assumption[];
  questions: IntakeQuestion[];
  /** Clauses of the request that no field took, each with the question that would place it. */
  notPlaced: NotPlaced[];
}

const EXTRACTORS: readonly Extractor[] = [
  extractNames,
  extractEnvironment,
  extractExperience,
  extractCluster,
  extractClient,
  extractRates,
  extractMessageSize,
  extractGrowth,
  extractDurations,
  extractDelivery,
  extractOrdering,
  extractState,
  extractInstances,
  extractSideEffects,
  extractSchema,
  extractPhrases,
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One reading per field. Readings that agree keep the first (extractors run most specific
 * first); readings that disagree ("12 brokers" ... "3 brokers") are a contradiction: neither is
 * kept and the user is asked, never one silently preferred.
 */
function agreePerField(all: Understood[], questions: IntakeQuestion[]): Understood[] {
  const byField = new Map<string, Understood[]>();
  for (const u of all) byField.set(u.field, [...(byField.get(u.field) ?? []), u]);
  const out: Understood[] = [];
  for (const [field, readings] of byField) {
    const values = readings.filter((r, i) => readings.findIndex((x) => same(x.value, r.value)) === i);
    if (values.length === 1) out.push(readings[0]!);
    else questions.push({ field, question: `The words give ${field} two ways: ${values.map((v) => `"${v.from}" (${JSON.stringify(v.value)})`).join(' and ')}. Which is right?` });
  }
  return out;
}

/** Readings that cannot stand together are dropped and asked about instead. */
function reconcile(understood: Understood[], questions: IntakeQuestion[]): Understood[] {
  const get = (field: string) => understood.find((u) => u.field === field);
  let out = understood;
  const peak = get(`${FLOW}.throughput.peak_per_second`);
  const average = get(`${FLOW}.throughput.average_per_second`);
  if (peak && average && (average.value as number) > (peak.value as number)) {
    out = out.filter((u) => u !== average);
    questions.push({ field: `${FLOW}.throughput.average_per_second`, question: `The average ("${average.from}") reads higher than the peak ("${peak.from}"): which is the busiest rate you expect?` });
  }
  // A failover mode says nothing about how many regions unless the count is given; active-active needs two.
  const mode = get('regions.mode');
  if (mode && !get('regions.count')) {
    if (mode.value === 'active-active') out = [...out, { field: 'regions.count', value: 2, from: mode.from, note: 'active-active needs at least two regions; two are assumed' }];
    else out = out.filter((u) => u !== mode);
  }
  const state = get(`${FLOW}.state`);
  if (state && !get(`${FLOW}.key`)) {
    out = out.filter((u) => u !== state);
    questions.push({ field: `${FLOW}.key`, question: `"${state.from}": the latest value of what? Name the entity (e.g. customer_id) so a compacted topic can keep one record per key.` });
  }
  return out;
}

function questionsFor(req: Requirements): IntakeQuestion[] {
  const flow = req.flows[0]!;
  const q: IntakeQuestion[] = [];
  const ask = (field: string, question: string) => q.push({ field, question });
  if (!flow.throughput?.peak_per_second && !flow.throughput?.average_per_second) {
    ask(`${FLOW}.throughput.peak_per_second`, 'How many events per second arrive on average, and at the busiest moment? Partition counts and consumer numbers follow from it.');
  }
  if (!flow.throughput?.message_bytes) ask(`${FLOW}.throughput.message_bytes`, 'How large is one event, roughly (bytes or KB)? It sets batch sizes and disk.');
  if (!flow.delivery) ask(`${FLOW}.delivery`, 'What if an event is lost, or handled twice? (losing some is fine: at-most-once; never lose, duplicates are fine: at-least-once; neither: exactly-once)');
  if (!flow.ordering) ask(`${FLOW}.ordering`, 'Must events stay in order? If so, per what (user, order, account) or across everything?');
  if (flow.ordering === 'per-key' && !flow.key) ask(`${FLOW}.key`, 'Which field identifies the entity whose events must stay in order (e.g. user_id, order_id)?');
  if (!flow.processing?.per_message_ms) ask(`${FLOW}.processing.per_message_ms`, 'How long does handling one event take, typically and in the slowest cases?');
  if (!req.client?.language) ask('client.language', 'Which language and Kafka client library do the producer and consumer use?');
  if (flow.delivery === 'exactly-once' && !flow.processing?.side_effects) {
    ask(`${FLOW}.processing.side_effects`, 'Exactly-once: where do the results go (another Kafka topic, a database, an external API)? Kafka transactions only cover writes to Kafka.');
  }
  return q;
}

function assemble(understood: readonly Understood[]): { raw: Record<string, unknown>; assumptions: Assumption[] } {
  const raw: Record<string, unknown> = {};
  const assumptions: Assumption[] = [];
  for (const u of understood) {
    setField(raw, u.field, u.value);
    if (u.note) assumptions.push({ field: u.field, value: u.value, why: u.note });
  }
  if (raw.name === undefined) {
    raw.name = 'kafka-service';
    assumptions.push({ field: 'name', value: 'kafka-service', why: 'the words name no service; rename it, it prefixes topics and groups' });
  }
  const flows = (raw.flows as Array<Record<string, unknown>> | undefined) ?? [{}];
  raw.flows = flows;
  if (flows[0]!.name === undefined) {
    flows[0]!.name = 'events';
    assumptions.push({ field: `${FLOW}.name`, value: 'events', why: 'the words name no stream of events; rename it, it names the topic' });
  }
  return { raw, assumptions };
}

/**
 * The draft from what was understood. A value the requirements cannot take ("0/s") is dropped
 * and asked about instead, so the draft always validates.
 */
function validDraft(understood: Understood[], questions: IntakeQuestion[]): { requirements: Requirements; understood: Understood[]; assumptions: Assumption[] } {
  for (;;) {
    const { raw, assumptions } = assemble(understood);
    const parsed = requirementsSchema.safeParse(raw);
    if (parsed.success) return { requirements: parsed.data, understood, assumptions };
    const failing = parsed.error.issues.map((issue) => fieldPath(issue.path));
    const rejected = understood.filter((u) => failing.some((f) => f === u.field || f.startsWith(`${u.field}.`) || f.startsWith(`${u.field}[`)));
    if (rejected.length === 0) throw new Error(`intake built an invalid draft: ${parsed.error.message}`);
    for (const u of rejected) questions.push({ field: u.field, question: `"${u.from}" does not give a usable ${u.field} (${JSON.stringify(u.value)}): what is the right value?` });
    understood = understood.filter((u) => !rejected.includes(u));
  }
}

/** Deterministic and offline: the same words give the same draft. */
export function draftFromWords(text: string): IntakeDraft {
  const questions: IntakeQuestion[] = [];
  const readings = EXTRACTORS.flatMap((extract) => extract(text));
  const { requirements, understood, assumptions } = validDraft(reconcile(agreePerField(readings, questions), questions), questions);
  questions.push(...questionsFor(requirements));

  try {
    const implied = deconstruct(requirements).assumptions.filter((a) => !assumptions.some((b) => b.field === a.field));
    // Derived figures (a third of the peak) are shown as a person would write them.
    assumptions.push(...implied.map((a) => (typeof a.value === 'number' ? { ...a, value: round2(a.value) } : a)));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    for (const p of e.problems) questions.push({ field: p.field ?? '', question: `${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}` });
  }
  return { requirements, understood, assumptions, questions, notPlaced: notPlaced(text, readings, questions) };
}
