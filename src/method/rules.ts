// The rule kernel every rule family shares (config rules, design rules, cluster rules, Avro
// schema lint), in ESLint's shape: a rule is `meta` (id, default severity, summary, why, fix, refs
// and its messages keyed by message id, with {{name}} placeholders) plus `check(context)`, which
// returns hits naming a message id and the data for its placeholders. A family adds what its hits
// point at (a setting, a flow, a place in a schema) and what its context holds; the kernel turns
// hits into findings, keeps one registry per family keyed by id, and maps a message back to its id
// (SARIF carries it) without the findings having to carry it.
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

/** The finding fields every family shares, from a rule and one of its hits. */
export function findingOf(meta: RuleMeta, hit: Hit): Finding {
  const template = meta.messages[hit.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${hit.messageId}"`);
  return {
    rule: meta.id,
    severity: hit.severity ?? meta.severity,
    message: formatMessage(template, hit.data),
    fix: hit.fix ?? meta.fix,
    refs: [...meta.refs],
  };
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
    compiled = Object.entries<string>(meta.messages).map(([id, template]) => {
      const parts = template.split(PLACEHOLDER);
      // split() with a capture group alternates literal text and placeholder names.
      const source = parts.map((p, i) => (i % 2 === 0 ? escape(p) : '[\\s\\S]*?')).join('');
      const literal = parts.filter((_, i) => i % 2 === 0).join('').length;
      return { id, pattern: new RegExp(`^${source}$`), literal };
    }).sort((a, b) => b.literal - a.literal);
    matchers.set(meta, compiled);
  }
  return compiled.find((m) => m.pattern.test(message))?.id;
}
