// The outside corpus (../shared/outside): configs real projects ship must be read and raise
// nothing above their sidecar's maxSeverity; each field case must be found at its severity.
// Runs critique() as the CLI does from each case's folder with the sidecar's args.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { critique } from '../../../src/method/critique/critique.js';
import type { Severity } from '../../../src/model/design.js';

const ROOT = new URL('../../../../shared/outside/', import.meta.url).pathname;
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function sidecars(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sidecars(path, suffix) : name.endsWith(suffix) ? [path] : [];
  });
}

function runCase(dir: string, args: string[]) {
  const files: string[] = [];
  let kafkaVersion: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--kafka-version') kafkaVersion = args[++i];
    else files.push(args[i]!);
  }
  return critique(
    files.map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), file: f })),
    kafkaVersion ? { kafkaVersion } : {},
  );
}

describe.skipIf(!existsSync(ROOT))('outside corpus', () => {
  for (const sidecar of sidecars(join(ROOT, 'shipped'), '.expect.json')) {
    const spec = JSON.parse(readFileSync(sidecar, 'utf8')) as { args: string[]; maxSeverity: Severity; mustMatch?: string[] };
    it(`shipped ${sidecar.slice(ROOT.length)}`, () => {
      const { findings } = runCase(join(sidecar, '..'), spec.args);
      const above = findings.filter((f) => RANK[f.severity] > RANK[spec.maxSeverity] && !(spec.mustMatch ?? []).some((re) => new RegExp(re, 'i').test(`${f.rule} ${f.message}`)));
      expect(above).toEqual([]);
    });
  }
  for (const sidecar of sidecars(join(ROOT, 'field'), 'expect.json')) {
    const spec = JSON.parse(readFileSync(sidecar, 'utf8')) as { args: string[]; mustMatch: string[]; severity: string };
    it(`field ${sidecar.slice(ROOT.length)}`, () => {
      const allowed = spec.severity.split('|');
      const { findings } = runCase(join(sidecar, '..'), spec.args);
      for (const re of spec.mustMatch) {
        const hit = findings.some((f) => allowed.includes(f.severity) && new RegExp(re, 'i').test(`${f.rule} ${f.message}`));
        expect(hit, `no ${spec.severity} finding matches /${re}/ among:\n${findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n')}`).toBe(true);
      }
    });
  }
});
