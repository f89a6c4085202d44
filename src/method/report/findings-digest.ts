// The lines a tool's text summary gives about its findings: the count per severity, then every
// error and warning (most severe first) with where it points and its message, which carries the
// numbers and, for a finding resting on an assumption, the question to ask. An assistant relays
// these without parsing the JSON; the JSON keeps the rest (fix, refs, infos).
import type { Severity } from '../../model/design.js';

export interface DigestibleFinding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  flow?: string;
  /** A place inside a document (a schema's JSON pointer). */
  location?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function where(f: DigestibleFinding): string {
  if (f.file) return ` ${f.file}${f.line !== undefined ? `:${f.line}` : ''}`;
  if (f.location) return ` ${f.location}`;
  return f.flow ? ` [${f.flow}]` : '';
}

/** `limit` bounds the lines of errors and warnings; the rest are counted, not dropped silently. */
export function findingsDigest(findings: readonly DigestibleFinding[], limit = 10): string[] {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const serious = findings.filter((f) => f.severity !== 'info').sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const lines = serious.slice(0, limit).map((f) => `${f.severity.toUpperCase()}${where(f)} ${f.rule}: ${f.message}`);
  if (serious.length > limit) lines.push(`... ${serious.length - limit} more error(s) and warning(s) in the JSON findings.`);
  return [`Findings: ${count('error')} error, ${count('warning')} warning, ${count('info')} info.`, ...lines];
}
