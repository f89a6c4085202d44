import { enumValues, numericRange, type Scope, setting } from '../../../../knowledge/catalog.js';
import { configRule, type RuleContext } from '../../engine.js';
import { isPlaceholder, type ConfigEntry } from '../../config-model.js';
import { shownValue } from '../../secrets.js';
import { KIND_SCOPES } from './scopes.js';
import { SETTING_TABLE_KINDS } from '../support.js';

const NUMERIC = new Set(['int', 'long', 'short']);

/** Why `value` is not valid for the setting in `scope`, or undefined when it is (or cannot be judged). */
function problem(scope: Scope, entry: ConfigEntry, version: string): string | undefined {
  const facts = setting(scope, entry.name, version);
  if (!facts || facts.type === 'password') return undefined;
  const v = entry.value.trim();
  if (NUMERIC.has(facts.type) || facts.type === 'double') {
    const ok = NUMERIC.has(facts.type) ? /^-?\d+$/.test(v) : v !== '' && Number.isFinite(Number(v));
    if (!ok) return `is not ${facts.type === 'double' ? 'a number' : 'an integer'}`;
    const range = numericRange(facts.validValues);
    const n = Number(v);
    if (range?.min !== undefined && n < range.min) return `is below the minimum ${range.min}`;
    if (range?.max !== undefined && n > range.max) return `is above the maximum ${range.max}`;
    return undefined;
  }
  if (facts.type === 'boolean') return /^(true|false)$/i.test(v) ? undefined : 'is not true or false';
  const allowed = enumValues(facts.validValues);
  if (!allowed || v === '') return undefined;
  const items =
    facts.type === 'list'
      ? v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [v];
  const norm = (x: string) => (allowed.caseInsensitive ? x.toLowerCase() : x);
  // A release such as "3.9" stands for its latest internal version ("3.9-IV0") in *.protocol.version settings.
  const matches = (a: string, x: string) => norm(a) === norm(x) || norm(a).startsWith(`${norm(x)}-`);
  const bad = items.filter((x) => !allowed.values.some((a) => matches(a, x)));
  return bad.length ? `${bad.map((b) => `"${b}"`).join(', ')} is not one of ${allowed.values.join(', ')}` : undefined;
}

function judge(ctx: RuleContext, entry: ConfigEntry): string | undefined {
  const scopes = KIND_SCOPES[ctx.config.kind].filter((s) => setting(s, entry.name, ctx.kafkaVersion));
  if (scopes.length === 0) return undefined;
  // Valid in any scope that knows it is enough: a shared client file serves several kinds.
  const problems = scopes.map((s) => problem(s, entry, ctx.kafkaVersion));
  return problems.every((p) => p !== undefined) ? problems[0] : undefined;
}

export const invalidValue = configRule({
  meta: {
    id: 'config/invalid-value',
    severity: 'error',
    summary: 'A value of the wrong type or outside the documented valid values.',
    why: 'The Java client and the broker refuse to start with a ConfigException on a value they cannot parse or that is outside the valid range; the process fails at deploy time.',
    refs: ['https://kafka.apache.org/documentation/#configuration'],
    fix: 'Use a value from the documented valid values for the setting.',
    messages: {
      kafka: '{{key}}={{value}} {{p}} (Kafka {{kafkaVersion}})',
    },
    kinds: SETTING_TABLE_KINDS,
  },
  check(ctx) {
    if (ctx.family !== 'java') return [];
    return ctx.config.entries.flatMap((e) => {
      if (isPlaceholder(e.value)) return [];
      const p = judge(ctx, e);
      return p ? [{ messageId: 'kafka', data: { key: e.key, value: shownValue(e.key, e.value), p, kafkaVersion: ctx.kafkaVersion }, setting: e.name }] : [];
    });
  },
});
