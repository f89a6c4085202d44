// Lag diagnoses for a person: the what-if report and a live group's evaluation, as text.
import { fmt } from '../../model/units.js';
import { duration } from './duration.js';
import { maxTimeLagPhrase, type LiveEvaluation } from './live.js';
import type { WhatIfReport } from './whatif.js';

/** The what-if report for a person; `sources` says which flow of which file gave the numbers. */
export function renderAnalysis(r: WhatIfReport, sources: readonly string[]): string {
  const out: string[] = [];
  const i = r.inputs;
  out.push(
    `Lag what-if: ${fmt(i.arrivalPerSecond)} msg/s into ${i.partitions} partitions, ${i.instances} instances, processing p50 ${fmt(i.processing.p50Ms)} ms / p99 ${fmt(i.processing.p99Ms)} ms` +
      (i.rateLimitPerSecond !== null ? `, downstream limit ${fmt(i.rateLimitPerSecond)} msg/s` : ''),
  );
  for (const s of sources) out.push(`  from ${s}`);
  out.push(`  consumer: ${r.consumer.library}, Kafka ${r.consumer.kafkaVersion}`);
  for (const s of r.consumer.settings) {
    if (s.value !== null) out.push(`    ${s.clientName ?? s.name} = ${s.value}  (${s.from})`);
  }
  out.push('', 'Processing time', `  ${r.service.explanation}`);
  out.push('', `Capacity: lag ${r.capacity.verdict === 'grows' ? 'GROWS' : 'converges'}`);
  for (const w of r.capacity.why) out.push(`  ${w}`);
  const typicalFails = r.pollLoop.checks.some((c) => !c.ok && c.id === 'poll/typical-batch');
  out.push(
    '',
    `Poll loop: ${!r.pollLoop.rebalanceLoopPredicted ? 'healthy' : typicalFails ? 'REBALANCE LOOP PREDICTED on every full batch' : 'REBALANCE LOOP PREDICTED when processing runs at its p99'}`,
  );
  for (const c of r.pollLoop.checks) out.push(`  [${c.ok ? 'ok' : c.severity}] ${c.message}`);
  if (r.symptoms.length) {
    out.push('', 'What you reported');
    for (const s of r.symptoms) out.push(`  ${s}`);
  }
  out.push('', `Lag over the next ${duration(r.projection.horizonSeconds)} (0 … ${fmt(Math.max(...r.projection.points.map((p) => p.value)))} messages)`);
  out.push(`  ${r.projection.sparkline}`);
  out.push('', r.recommendations.length ? 'Recommendations (most important first)' : 'Recommendations: none; the group keeps up and its poll loop fits.');
  for (const rec of r.recommendations) {
    const change = Object.entries(rec.change)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    out.push(`  ${rec.rank}. ${rec.title}${change ? `  [${change}]` : ''}`);
    out.push(`     ${rec.why}`);
    out.push(`     see ${rec.refs.join(' , ')}`);
  }
  if (r.assumptions.length) {
    out.push('', 'Assumptions');
    for (const a of r.assumptions) out.push(`  - ${a}`);
  }
  return out.join('\n') + '\n';
}

/** A live group evaluation for a person. */
export function renderStatus(e: LiveEvaluation, group: string): string {
  const out: string[] = [];
  const g = e.group;
  if (g.status === 'NOTFOUND') {
    return `group status NOTFOUND: the cluster has no committed offsets for group "${group}" (${e.samples} samples over ${duration(e.windowSeconds)}); check the group id, or pass --topic\n`;
  }
  out.push(
    `group status ${g.status}: ${g.totalPartitions} partition(s), total lag ${fmt(g.totalLag)} messages` +
      maxTimeLagPhrase(e.timeLag.maxTimeLagSeconds) +
      ` (${e.samples} samples over ${duration(e.windowSeconds)})`,
  );
  if (g.maxLag) out.push(`largest lag: ${g.maxLag.topic}[${g.maxLag.partition}] ${fmt(g.maxLag.currentLag)} messages`);
  const rows = e.partitions.map((p) => [
    `${p.topic}[${p.partition}]`,
    p.status,
    p.committed === null ? '-' : String(p.committed),
    String(p.logEnd),
    String(p.lagMessages),
    p.lagSeconds === null ? '-' : Number.isFinite(p.lagSeconds) ? p.lagSeconds.toFixed(1) : p.lagSeconds > 0 ? '∞' : '-∞',
  ]);
  const head = ['partition', 'status', 'committed', 'log end', 'lag', 'lag s'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push('', line(head), ...rows.map(line));
  const notOk = e.partitions.filter((p) => p.status !== 'OK');
  if (notOk.length) out.push('', ...notOk.map((p) => `${p.topic}[${p.partition}] ${p.status}: ${p.reason}`));
  out.push('', 'Status rules: Burrow v1.9.5 evaluator (https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules); time lag: kafka-lag-exporter interpolation.');
  return out.join('\n') + '\n';
}
