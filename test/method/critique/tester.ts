// The config rule family for the one rule tester (test/method/rules/rule-tester.ts): cases are file
// texts, read through the same inputs as the CLI.
import { critique } from '../../../src/method/critique/critique.js';
import type { Intent } from '../../../src/method/critique/engine.js';
import type { ConfigKind } from '../../../src/method/critique/config-model.js';
import { ruleById } from '../../../src/method/critique/rules/index.js';
import { ruleTester } from '../rules/rule-tester.js';

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

function findingsOf(rule: string, c: Case) {
  const files = [{ text: c.text, file: c.file ?? 'case.properties' }, ...(c.with ?? [])];
  const { findings } = critique(files, {
    ...(c.kind ? { kind: c.kind } : {}),
    ...(c.library ? { library: c.library } : {}),
    kafkaVersion: c.version ?? '3.9',
    intent: c.intent ?? {},
  });
  return findings.filter((f) => f.rule === rule && f.file === (c.file ?? 'case.properties'));
}

export const ruleTables = ruleTester<Case>({ name: 'config rules', meta: (id) => ruleById(id)?.meta, findings: findingsOf });
