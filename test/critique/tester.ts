// A table tester for critique rules (after ESLint's RuleTester): each `valid` case must produce no
// finding of the rule, each `invalid` case at least one, at the stated severity and with a message
// matching the stated pattern. Cases are file texts, read through the same inputs as the CLI.
import { describe, expect, it } from 'vitest';
import { critique } from '../../src/method/critique/critique.js';
import type { ConfigKind, Intent } from '../../src/method/critique/engine.js';
import type { Severity } from '../../src/model/design.js';

export interface Case {
  /** File text; a `.properties` body unless `file` says otherwise. */
  text: string;
  file?: string;
  kind?: ConfigKind;
  library?: string;
  version?: string;
  intent?: Intent;
  /** Other files critiqued together (e.g. the broker server.properties a topic is paired with). */
  with?: Array<{ text: string; file: string }>;
}

export interface InvalidCase extends Case {
  severity?: Severity;
  message?: RegExp;
}

export interface RuleTable {
  rule: string;
  valid: Case[];
  invalid: InvalidCase[];
}

function findingsOf(rule: string, c: Case) {
  const files = [{ text: c.text, file: c.file ?? 'case.properties' }, ...(c.with ?? [])];
  const { findings } = critique(files, {
    ...(c.kind ? { kind: c.kind } : {}), ...(c.library ? { library: c.library } : {}),
    kafkaVersion: c.version ?? '3.9', intent: c.intent ?? {},
  });
  return findings.filter((f) => f.rule === rule && f.file === (c.file ?? 'case.properties'));
}

export function ruleTables(area: string, tables: RuleTable[]): void {
  describe(area, () => {
    for (const t of tables) {
      describe(t.rule, () => {
        t.valid.forEach((c, i) => it(`valid #${i + 1}`, () => expect(findingsOf(t.rule, c)).toEqual([])));
        t.invalid.forEach((c, i) => it(`invalid #${i + 1}`, () => {
          const found = findingsOf(t.rule, c);
          expect(found.length, `no ${t.rule} finding for:\n${c.text}`).toBeGreaterThan(0);
          if (c.severity) expect(found.map((f) => f.severity)).toContain(c.severity);
          if (c.message) expect(found.map((f) => f.message).join('\n')).toMatch(c.message);
        }));
      });
    }
  });
}
