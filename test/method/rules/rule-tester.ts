// The one rule tester, after ESLint's RuleTester: every family (config, design, cluster, schema
// rules) states per rule the cases that must raise nothing and the cases that must raise exactly
// the listed findings: how many, which message id, at which severity (the rule's default unless
// stated) and on which line when the finding has one; a setting, flow or schema location when the
// table states it. A message pattern may add a check of the wording.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../src/model/design.js';
import { messageIdOf, type RuleMeta } from '../../../src/method/rules.js';

export interface ExpectedFinding {
  messageId: string;
  /** The rule's default severity when absent. */
  severity?: Severity;
  line?: number;
  setting?: string;
  flow?: string;
  location?: string;
}

export type InvalidCase<C> = C & {
  errors: ExpectedFinding[];
  /** Each pattern must match one of the messages. */
  message?: RegExp | RegExp[];
};

export interface RuleTable<C> {
  rule: string;
  valid: C[];
  invalid: Array<InvalidCase<C>>;
}

type Found = Finding & { location?: string };

export interface RuleFamily<C> {
  name: string;
  meta(id: string): RuleMeta | undefined;
  /** The findings of `rule` for one case, through the same path the commands take. */
  findings(rule: string, c: C): Found[];
}

const OPTIONAL_KEYS = ['setting', 'flow', 'location'] as const;

/** What a finding is, as a table states it: the optional keys only when the table states them. */
function shape(meta: RuleMeta, f: Found, stated: ReadonlySet<string>): ExpectedFinding {
  const out: ExpectedFinding = { messageId: messageIdOf(meta, f.message) ?? `(no message of ${meta.id} matches "${f.message}")`, severity: f.severity };
  if (f.line !== undefined) out.line = f.line;
  for (const k of OPTIONAL_KEYS) if (stated.has(k) && f[k] !== undefined) out[k] = f[k];
  return out;
}

// RULE_TESTER_RECORD=<file> writes what each invalid case raises instead of asserting it: for
// writing a new table's expectations, to be read and checked by hand before they are committed.
const RECORD = process.env.RULE_TESTER_RECORD;

export function ruleTester<C>(family: RuleFamily<C>) {
  return function tables(area: string, rules: Array<RuleTable<C>>): void {
    describe(`${family.name}: ${area}`, () => {
      for (const t of rules) {
        describe(t.rule, () => {
          const meta = family.meta(t.rule);
          it('is registered', () => expect(meta, `no ${family.name} rule ${t.rule}`).toBeDefined());
          if (!meta) return;
          t.valid.forEach((c, i) => it(`valid #${i + 1}`, () => expect(family.findings(t.rule, c)).toEqual([])));
          t.invalid.forEach((c, i) =>
            it(`invalid #${i + 1}`, () => {
              const found = family.findings(t.rule, c);
              if (RECORD) {
                const all = new Set<string>(OPTIONAL_KEYS);
                const errors = found.map((f) => {
                  const s = shape(meta, f, all);
                  if (s.severity === meta.severity) delete s.severity;
                  return s;
                });
                appendFileSync(RECORD, `${JSON.stringify({ family: family.name, rule: t.rule, index: i, errors })}\n`);
                return;
              }
              const stated = new Set(c.errors.flatMap((e) => OPTIONAL_KEYS.filter((k) => e[k] !== undefined)));
              const expected = c.errors.map((e) => ({ ...e, severity: e.severity ?? meta.severity }));
              expect(
                found.map((f) => shape(meta, f, stated)),
                found.map((f) => f.message).join('\n'),
              ).toEqual(expected);
              const patterns = c.message === undefined ? [] : Array.isArray(c.message) ? c.message : [c.message];
              for (const p of patterns) expect(found.map((f) => f.message).join('\n')).toMatch(p);
            }),
          );
        });
      }
    });
  };
}
