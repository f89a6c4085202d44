// test/corpus: realistic misconfigured (bad/) and healthy (healthy/) files, each with a sidecar
// naming the rules it must and must not trigger. Healthy files must raise no warning or error.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { critique, type CritiqueOptions } from '../../src/method/critique/critique.js';

interface Expectation {
  options: CritiqueOptions;
  must: string[];
  mustNot: string[];
  clean?: boolean;
  /** Strings in the file that must not appear in any finding. */
  secrets?: string[];
}

const here = new URL('.', import.meta.url).pathname;

for (const group of ['bad', 'healthy']) {
  describe(`corpus ${group}`, () => {
    for (const name of readdirSync(here + group)
      .filter((f) => !f.endsWith('.expect.json'))
      .sort()) {
      it(name, () => {
        const spec = JSON.parse(readFileSync(`${here}${group}/${name}.expect.json`, 'utf8')) as Expectation;
        const { findings } = critique([{ text: readFileSync(`${here}${group}/${name}`, 'utf8'), file: name }], spec.options);
        const rules = findings.map((f) => f.rule);
        const listing = findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`).join('\n');
        for (const r of spec.must) expect(rules, `${r} missing in\n${listing}`).toContain(r);
        for (const r of spec.mustNot) expect(rules, `${r} must not fire\n${listing}`).not.toContain(r);
        if (spec.clean)
          expect(
            findings.filter((f) => f.severity !== 'info'),
            listing,
          ).toEqual([]);
        for (const s of spec.secrets ?? []) expect(JSON.stringify(findings)).not.toContain(s);
      });
    }
  });
}
