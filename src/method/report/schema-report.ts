// Schema results as documents: text for people at a terminal (a compatibility check with every
// incompatibility and its fix, lint findings with position, reason and fix) and the JSON that the
// CLI's --format json and the MCP tools return.
import type { Severity } from '../../model/design.js';
import type { Incompatibility } from '../schema/compatibility.js';
import { renderIdl } from '../schema/idl.js';
import type { JsonValue } from '../schema/json.js';
import { lineIndex } from '../schema/json.js';
import type { SchemaFinding } from '../schema/lint.js';
import type { ModeCompatibility } from '../schema/modes.js';
import type { ScaffoldResult } from '../schema/scaffold.js';

/** Names for the schemas of a check (files, or registry versions), and their texts when known. */
export interface CheckLabels {
  next: string;
  previous: string[];
  nextText?: string;
  previousTexts?: string[];
}

type LabelledIncompatibility = Incompatibility & { line?: number; column?: number };

export interface LabelledCheck extends ModeCompatibility {
  new: string;
  previousVersions: string[];
  checks: Array<Omit<ModeCompatibility['checks'][number], 'incompatibilities'> & { reader: string; writer: string; incompatibilities: LabelledIncompatibility[] }>;
}

/** Adds reader and writer names to every check, and line and column where the reader's text is known. */
export function labelCheck(result: ModeCompatibility, labels: CheckLabels): LabelledCheck {
  return {
    ...result,
    new: labels.next,
    previousVersions: labels.previous,
    checks: result.checks.map((c) => {
      const old = labels.previous[c.previous] ?? `previous[${c.previous}]`;
      const backward = c.direction === 'BACKWARD';
      const readerText = backward ? labels.nextText : labels.previousTexts?.[c.previous];
      const position = readerText === undefined ? undefined : lineIndex(readerText);
      return {
        ...c,
        reader: backward ? labels.next : old,
        writer: backward ? old : labels.next,
        incompatibilities: c.incompatibilities.map((i) => (position === undefined ? i : { ...i, ...position(i.reader.offset) })),
      };
    }),
  };
}

export function renderCheck(result: LabelledCheck): string {
  const failed = result.checks.filter((c) => !c.compatible);
  const count = failed.reduce((n, c) => n + c.incompatibilities.length, 0);
  const lines: string[] = [];
  const against = result.previousVersions.length === 1 ? '1 previous version' : `${result.previousVersions.length} previous versions`;
  lines.push(
    `${result.new} against ${against}, mode ${result.mode}: ${result.compatible ? 'COMPATIBLE' : 'INCOMPATIBLE'}` +
      (result.checks.length
        ? ` (${result.checks.length - failed.length} of ${result.checks.length} checks pass${count ? `, ${count} incompatibilit${count === 1 ? 'y' : 'ies'}` : ''})`
        : ' (nothing to check)'),
  );
  if (result.mode === 'NONE') lines.push('  mode NONE accepts any change; consumers may break.');
  const latest = result.previousVersions.length - 1;
  for (const c of result.checks) {
    const which = `${result.previousVersions[c.previous] ?? c.previous}${c.previous === latest ? ' (latest)' : ''}`;
    const what = c.direction === 'BACKWARD' ? `new schema reads data written with ${which}` : `${which} reads data written with the new schema`;
    lines.push(`  ${c.compatible ? 'ok  ' : 'FAIL'} ${c.direction.padEnd(8)} ${what}`);
    for (const i of c.incompatibilities) {
      const where = i.line !== undefined ? `${c.reader}:${i.line}:${i.column}` : c.reader;
      lines.push(`       ${i.type} at ${i.location} (${where}): ${i.message}`);
      lines.push(`         fix: ${i.fix}`);
    }
  }
  return lines.join('\n') + '\n';
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function renderLint(findings: SchemaFinding[], file: string): string {
  const lines: string[] = [];
  const explained = new Set<string>();
  for (const f of findings) {
    const where = [f.file ?? file, f.line, f.column].filter((x) => x !== undefined).join(':');
    lines.push(`${where} ${f.severity} ${f.rule}: ${f.message} (at ${f.location})`);
    // Why and how to fix once per rule: the same explanation under each finding is noise.
    if (explained.has(f.rule)) continue;
    explained.add(f.rule);
    lines.push(`    why: ${f.why}`);
    lines.push(`    fix: ${f.fix}`);
  }
  const counts = ORDER.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`;
  });
  lines.push(findings.length ? `${file}: ${counts.join(', ')}` : `${file}: no evolution hazards found`);
  return lines.join('\n') + '\n';
}

/** One scaffolded schema as JSON: the .avsc content, its IDL, the notes and the partial-update options. */
export function scaffoldDocument(result: ScaffoldResult): { schema: JsonValue; idl: string; notes: string[]; partialUpdateOptions: ScaffoldResult['partialUpdateOptions'] } {
  return { schema: result.schema, idl: renderIdl(result.parsed), notes: result.notes, partialUpdateOptions: result.partialUpdateOptions };
}

/** The notes and partial-update options as text lines. */
export function renderScaffoldNotes(result: ScaffoldResult): string {
  const options = result.partialUpdateOptions.map((o) => `  ${o.chosen ? '*' : '-'} ${o.style}: ${o.how}; ${o.tradeoff}`);
  return [...result.notes.map((n) => `note: ${n}`), 'partial updates (--partial-updates):', ...options].join('\n') + '\n';
}
