// One audit line per tool call on stderr, for operators: which tool, which configured cluster,
// how long, how it ended. Argument values never appear (they may hold requirements, records or
// secrets); a cluster is named only when it is one the operator configured.
export type Outcome = 'ok' | 'user-error' | 'internal-error';

export interface AuditEntry {
  at: Date;
  tool: string;
  cluster: string | null;
  durationMs: number;
  outcome: Outcome;
}

/** The cluster a call targets, when its arguments name a configured one. */
export function auditedCluster(args: unknown, configured: readonly string[]): string | null {
  const name = (args as { cluster?: unknown } | null)?.cluster;
  return typeof name === 'string' && configured.includes(name) ? name : null;
}

export function auditLine(e: AuditEntry): string {
  return `audit time=${e.at.toISOString()} tool=${e.tool} cluster=${e.cluster ?? '-'} duration_ms=${Math.round(e.durationMs)} outcome=${e.outcome}\n`;
}
