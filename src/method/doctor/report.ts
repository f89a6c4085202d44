// doctor's report as text or Markdown.
import type { DoctorReport } from './diagnose.js';

export function renderDoctor(r: DoctorReport, format: 'text' | 'markdown'): string {
  const md = format === 'markdown';
  const out: string[] = [];
  const s = r.summary;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  out.push(md ? `## doctor: ${r.cluster}\n` : `doctor: ${r.cluster}`);
  const line = (t: string) => out.push(md ? `- ${t}` : `  ${t}`);
  line(`snapshot at ${r.takenAt} in ${r.durationMs} ms`);
  line(
    `${s.brokers} broker(s)${s.racks ? ` in ${s.racks} rack(s)` : ''}, ${s.topics} topic(s), ${s.partitions} partition(s), ${s.offlinePartitions} offline, ${s.underReplicatedPartitions} under-replicated`,
  );
  line(`${s.groups} group(s) inspected, total lag ${s.totalLag} records`);
  line(
    `requests sent per broker: ${
      Object.entries(s.requestsPerBroker)
        .map(([b, n]) => `${b} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  out.push(md ? `\n### findings (${errors} error(s), ${warnings} warning(s))\n` : `findings (${errors} error(s), ${warnings} warning(s)):`);
  if (!r.findings.length) line('none');
  for (const f of r.findings) {
    if (md) out.push(`- **${f.severity}** \`${f.rule}\`: ${f.message}\n  - fix: ${f.fix}`);
    else out.push(`  ${f.severity.padEnd(7)} ${f.rule}: ${f.message}\n          fix: ${f.fix}`);
  }
  if (r.unavailable.length) {
    out.push(md ? '\n### not available from this cluster\n' : 'not available from this cluster (the checks that need it were skipped):');
    for (const u of r.unavailable) line(`${u.what}: ${u.reason}`);
  }
  return out.join('\n') + '\n';
}
