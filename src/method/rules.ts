// The rule kernel every rule family shares (config rules, design rules, cluster rules, Avro
// schema lint), in ESLint's shape: a rule is `meta` (id, default severity, summary, why, fix, refs
// and its messages keyed by message id, with {{name}} placeholders) plus `check(context)`, which
// returns hits naming a message id and the data for its placeholders. A family adds what its hits
// point at (a setting, a flow, a place in a schema) and what its context holds; the kernel turns
// hits into findings, keeps one registry per family keyed by id, and maps a message back to its id
// (SARIF carries it) without the findings having to carry it.
// A hit names the facts it rests on (`dependsOn`); the family says which of them the user did not
// state (its provenance). A finding that rests on an assumed value says so, names the question that
// would settle it, and is at most a warning: we do not call an error on our own guess.
import type { Finding, Severity } from '../model/design.js';

/** Placeholder values; they print as a template literal would print them. */
export type MessageData = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface RuleMeta<M extends string = string> {
  /** `area/name`, written once: the registry and every finding take it from here. */
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly why: string;
  readonly fix: string;
  readonly refs: readonly string[];
  /** What the rule can say, keyed by message id; `{{name}}` is filled from a hit's data. */
  readonly messages: Readonly<Record<M, string>>;
}

export interface Hit<M extends string = string> {
  messageId: M;
  data?: MessageData;
  /** Overrides the rule's default severity for this hit (e.g. by environment). */
  severity?: Severity;
  /** Overrides the rule's generic fix with one that names the numbers. */
  fix?: string;
  /** The facts the hit rests on, named as the family's provenance names them (e.g. a requirements field path). */
  dependsOn?: readonly string[];
}

/** A value filled in because the user did not state it: what was used, why, and what to ask. */
export interface AssumedValue {
  field: string;
  value: unknown;
  why: string;
  /** The question whose answer replaces the assumption. */
  question?: string;
}

/** Which facts were assumed: the assumption for a field, undefined when the user stated it. */
export type Provenance = (field: string) => AssumedValue | undefined;

/**
 * A provenance over a list of assumptions (the first one for a field answers). A fact also rests
 * on an assumption made for the whole it belongs to or for a part of it (`per_message_ms` rests on
 * an assumed `per_message_ms.p99`): the earliest such assumption answers. Both are found through
 * indexes of the fields' path prefixes, so a lookup costs the depth of the path, not the number of
 * assumptions (a design asks once per flow and setting).
 */
export function provenanceOf(assumptions: readonly AssumedValue[]): Provenance {
  /** The first assumption for each exact field, and its place in the list. */
  const byField = new Map<string, { a: AssumedValue; i: number }>();
  /** The first assumption made for a part of each path (keyed by the whole's path). */
  const firstPart = new Map<string, { a: AssumedValue; i: number }>();
  assumptions.forEach((a, i) => {
    if (!byField.has(a.field)) byField.set(a.field, { a, i });
    for (const whole of wholesOf(a.field)) if (!firstPart.has(whole)) firstPart.set(whole, { a, i });
  });
  return (field) => {
    const exact = byField.get(field);
    if (exact) return exact.a;
    let first = firstPart.get(field);
    for (const whole of wholesOf(field)) {
      const made = byField.get(whole);
      if (made && (!first || made.i < first.i)) first = made;
    }
    return first?.a;
  };
}

/** The paths a field path belongs to: `flows[2].processing.p99` is part of `flows`, `flows[2]` and `flows[2].processing`. */
function wholesOf(field: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < field.length; i++) if (field[i] === '.' || field[i] === '[') out.push(field.slice(0, i));
  return out;
}

/** Where a finding's own message ends and the note on its assumptions begins. */
const ASSUMED_MARK = ' (assumed, not stated: ';

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
  return String(value);
}

/** The question that settles an assumption: its own, else asking for the field by name. */
export function settlingQuestion(a: AssumedValue): string {
  return a.question ?? `What is ${a.field}? ${valueText(a.value)} was assumed.`;
}

/**
 * A finding as it must read when it rests on assumed values: at most a warning, the assumptions
 * named in the message with the question that settles them, and both kept as fields.
 */
export function restingOn<F extends Pick<Finding, 'severity' | 'message'>>(finding: F, assumed: readonly AssumedValue[]): F & Pick<Finding, 'assumed' | 'question'> {
  if (assumed.length === 0) return finding;
  const question = [...new Set(assumed.map(settlingQuestion))].join(' ');
  const note = assumed.map((a) => `${a.field} = ${valueText(a.value)}, ${a.why}`).join('; ');
  return {
    ...finding,
    severity: finding.severity === 'error' ? 'warning' : finding.severity,
    message: `${finding.message}${ASSUMED_MARK}${note}; at most a warning until confirmed. Ask: ${question})`,
    assumed: assumed.map((a) => a.field),
    question,
  };
}

/** The assumed ones among the facts a hit rests on, each once. */
function assumedFacts(hit: Hit, provenance: Provenance | undefined): AssumedValue[] {
  if (!provenance || !hit.dependsOn) return [];
  const out = new Map<string, AssumedValue>();
  for (const field of hit.dependsOn) {
    const a = provenance(field);
    if (a && !out.has(a.field)) out.set(a.field, a);
  }
  return [...out.values()];
}

/** A rule over a `Context`; `Extra` is what a family's hits add, `MetaExtra` what its meta adds. */
export interface RuleModule<Context, Extra = unknown, MetaExtra = unknown, M extends string = string> {
  readonly meta: RuleMeta<M> & MetaExtra;
  check(context: Context): Array<Hit<M> & Extra>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Fills a message's placeholders; a placeholder without data is a bug in the rule. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message "${template}" needs data "${name}"`);
    return String(value);
  });
}

/**
 * The finding fields every family shares, from a rule and one of its hits; with the family's
 * provenance, a hit resting on an assumed value is capped at warning and says what to ask.
 */
export function findingOf(meta: RuleMeta, hit: Hit, provenance?: Provenance): Finding {
  const template = meta.messages[hit.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${hit.messageId}"`);
  return restingOn(
    {
      rule: meta.id,
      severity: hit.severity ?? meta.severity,
      message: formatMessage(template, hit.data),
      fix: hit.fix ?? meta.fix,
      refs: [...meta.refs],
    },
    assumedFacts(hit, provenance),
  );
}

export interface RuleRegistry<R extends { readonly meta: RuleMeta }> {
  /** In report order. */
  readonly all: readonly R[];
  get(id: string): R | undefined;
}

/** One registry per family, keyed by each rule's own id; two rules with one id are a bug. */
export function registry<R extends { readonly meta: RuleMeta }>(rules: readonly R[]): RuleRegistry<R> {
  const byId = new Map<string, R>();
  for (const rule of rules) {
    if (byId.has(rule.meta.id)) throw new Error(`two rules with the id ${rule.meta.id}`);
    byId.set(rule.meta.id, rule);
  }
  return { all: rules, get: (id) => byId.get(id) };
}

const matchers = new WeakMap<RuleMeta, Array<{ id: string; pattern: RegExp; literal: number }>>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The message id a finding's message came from: the template it matches, the most specific one
 * (most literal text) when several do. Findings stay as the contract has them; SARIF and the rule
 * tester recover the id from here.
 */
export function messageIdOf(meta: RuleMeta, message: string): string | undefined {
  let compiled = matchers.get(meta);
  if (!compiled) {
    compiled = Object.entries<string>(meta.messages)
      .map(([id, template]) => {
        const parts = template.split(PLACEHOLDER);
        // split() with a capture group alternates literal text and placeholder names.
        const source = parts.map((p, i) => (i % 2 === 0 ? escape(p) : '[\\s\\S]*?')).join('');
        const literal = parts.filter((_, i) => i % 2 === 0).join('').length;
        return { id, pattern: new RegExp(`^${source}$`), literal };
      })
      .sort((a, b) => b.literal - a.literal);
    matchers.set(meta, compiled);
  }
  const own = message.split(ASSUMED_MARK)[0]!;
  return compiled.find((m) => m.pattern.test(own))?.id;
}
