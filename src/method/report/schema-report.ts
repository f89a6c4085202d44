// Text renderings of schema results for people at a terminal: a compatibility check with every
// incompatibility and its fix, and lint findings with their position, reason and fix.
import type { Severity } from '../../model/design.js';
import type { SchemaFinding } from '../schema/lint.js';
import type { ModeCompatibility } from '../schema/modes.js';

/** Names for the schemas of a check: files, or registry versions. */
export interface CheckLabels {
  next: string;
  previous: string[];
}

export interface LabelledCheck extends ModeCompatibility {
  new: string;
  previousVersions: string[];
  checks: Array<ModeCompatibility['checks'][number] & { reader: string; writer: string }>;
}

/** Adds the reader and writer labels to every check, for JSON output and rendering. */
export function labelCheck(result: ModeCompatibility, labels: CheckLabels): LabelledCheck {
  return {
    ...result,
    new: labels.next,
    previousVersions: labels.previous,
    checks: result.checks.map((c) => {
      const old = labels.previous[c.previous] ?? `previous[${c.previous}]`;
      return { ...c, reader: c.direction === 'BACKWARD' ? labels.next : old, writer: c.direction === 'BACKWARD' ? old : labels.next };
    }),
  };
}

export function renderCheck(result: LabelledCheck): string {
  const failed = result.checks.filter((c) => !c.compatible);
  const count = failed.reduce((n, c) => n + c.incompatibilities.length, 0);
  const lines: string[] = [];
  const against = result.previousVersions.length === 1 ? '1 previous version' : `${result.previousVersions.length} previous versions`;
  lines.push(`${result.new} against ${against}, mode ${result.mode}: ${result.compatible ? 'COMPATIBLE' : 'INCOMPATIBLE'}`
    + (result.checks.length ? ` (${result.checks.length - failed.length} of ${result.checks.length} checks pass${count ? `, ${count} incompatibilit${count === 1 ? 'y' : 'ies'}` : ''})` : ' (nothing to check)'));
  if (result.mode === 'NONE') lines.push('  mode NONE accepts any change; consumers may break.');
  const latest = result.previousVersions.length - 1;
  for (const c of result.checks) {
    const which = `${result.previousVersions[c.previous] ?? c.previous}${c.previous === latest ? ' (latest)' : ''}`;
    const what = c.direction === 'BACKWARD' ? `new schema reads data written with ${which}` : `${which} reads data written with the new schema`;
    lines.push(`  ${c.compatible ? 'ok  ' : 'FAIL'} ${c.direction.padEnd(8)} ${what}`);
    for (const i of c.incompatibilities) {
      lines.push(`       ${i.type} at ${i.location} in ${c.reader}: ${i.message}`);
      lines.push(`         fix: ${i.fix}`);
    }
  }
  return lines.join('\n') + '\n';
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function renderLint(findings: SchemaFinding[], file: string): string {
  const lines: string[] = [];
  for (const f of findings) {
    const where = [f.file ?? file, f.line, f.column].filter((x) => x !== undefined).join(':');
    lines.push(`${where} ${f.severity} ${f.rule}: ${f.message} (at ${f.location})`);
    lines.push(`    why: ${f.why}`);
    lines.push(`    fix: ${f.fix}`);
  }
  const counts = ORDER.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}${s === 'info' ? '' : 's'}`);
  lines.push(findings.length ? `${file}: ${counts.join(', ')}` : `${file}: no evolution hazards found`);
  return lines.join('\n') + '\n';
}
