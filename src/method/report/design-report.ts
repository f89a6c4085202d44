// The design as a senior engineer's answer: the plan at a glance, then each decision with its
// why, then findings, questions and assumptions. One renderer, two dialects (terminal, Markdown).
import type { Design, Finding, Rationale, StreamsDesign } from '../../model/design.js';
import { fmtBytes, fmtMs } from '../../model/units.js';
import { configInDialect } from '../generate/client-config.js';

type Dialect = 'text' | 'markdown';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function table(header: string[], rows: string[][], dialect: Dialect): string {
  if (dialect === 'markdown') {
    const esc = (c: string) => c.replace(/\|/g, '\\|');
    return [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function heading(text: string, level: number, dialect: Dialect): string {
  if (dialect === 'markdown') return `${'#'.repeat(level)} ${text}`;
  return level <= 2 ? `${text}\n${(level === 1 ? '=' : '-').repeat(text.length)}` : `${text}:`;
}

/** Settings as their reader writes them: a client's in its library's names and values, a topic's as Kafka names them. */
function configLines(config: Record<string, string>, dialect: Dialect, client?: { library: string; role: 'producer' | 'consumer' }): string {
  const translated = client ? configInDialect(client.library, client.role, config) : { entries: Object.entries(config), untranslated: [] };
  const lines = [...translated.entries.map(([k, v]) => `${k}=${v}`), ...translated.untranslated.map((u) => `# ${u.name}=${u.value}: ${u.reason}`)];
  if (lines.length === 0) return dialect === 'markdown' ? '_defaults only_' : '  (defaults only)';
  if (dialect === 'markdown') return ['```properties', ...lines, '```'].join('\n');
  return lines.map((l) => `  ${l}`).join('\n');
}

function rationaleLines(rationale: Rationale[], dialect: Dialect): string {
  return rationale
    .map((r) => {
      const refs = r.refs.length ? (dialect === 'markdown' ? ` ([docs](${r.refs[0]}))` : ` [${r.refs[0]}]`) : '';
      return dialect === 'markdown' ? `- **${r.setting}**: ${r.why}${refs}` : `  - ${r.setting}: ${r.why}${refs}`;
    })
    .join('\n');
}

function findingLine(f: Finding, dialect: Dialect): string {
  const tag = f.severity.toUpperCase();
  return dialect === 'markdown'
    ? `- **${tag}** \`${f.rule}\`${f.flow ? ` (${f.flow})` : ''}: ${f.message}\n  - fix: ${f.fix}`
    : `  ${tag.padEnd(7)} ${f.rule}${f.flow ? ` [${f.flow}]` : ''}\n          ${f.message}\n          fix: ${f.fix}`;
}

/** The flows as a picture: who writes which topic, keyed how, read by which group. */
function flowDiagram(d: Design, dialect: Dialect): string {
  const edges = d.producers.map((p) => {
    const t = d.topics.find((x) => x.name === p.topic)!;
    const c = d.consumers.find((x) => x.topic === p.topic);
    const dlt = d.topics.find((x) => x.role === 'dead-letter' && x.flows.includes(p.flow));
    return { source: p.source, topic: t, consumer: c, dlt };
  });
  if (dialect === 'markdown') {
    const id = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
    const lines = ['```mermaid', 'flowchart LR'];
    for (const e of edges) {
      lines.push(`  ${id(e.source)}[${e.source}] -->|key: ${e.topic.key ?? 'none'}| ${id(e.topic.name)}[(${e.topic.name}<br/>${e.topic.partitions} partitions, RF ${e.topic.replicationFactor})]`);
      if (e.consumer) lines.push(`  ${id(e.topic.name)} --> ${id(e.consumer.groupId)}[${e.consumer.groupId} x${e.consumer.instances}]`);
      if (e.consumer && e.dlt) lines.push(`  ${id(e.consumer.groupId)} -.->|failed| ${id(e.dlt.name)}[(${e.dlt.name})]`);
    }
    lines.push('```');
    return lines.join('\n');
  }
  return edges
    .map((e) => {
      const main = `  ${e.source} --(key ${e.topic.key ?? 'none'})--> [${e.topic.name}: ${e.topic.partitions} partitions, RF ${e.topic.replicationFactor}]${e.consumer ? ` --> ${e.consumer.groupId} x${e.consumer.instances}` : ''}`;
      return e.dlt && e.consumer ? `${main}\n  ${' '.repeat(e.source.length)}   failed records --> [${e.dlt.name}]` : main;
    })
    .join('\n');
}

/** How clients connect, what each service may do (one row per grant) and the quotas. */
function securitySection(d: Design, dialect: Dialect): string[] {
  const s = d.security!;
  const out = [
    heading('Security', 2, dialect),
    `${s.protocol}${s.mechanism ? ` with ${s.mechanism}` : ''}${s.authentication ? `, authentication ${s.authentication}` : ''}${s.authorization ? `, authorization ${s.authorization}` : ''}.`,
    '',
    rationaleLines(s.rationale, dialect),
  ];
  const acls = d.acls ?? [];
  if (acls.length) {
    out.push(
      '',
      table(
        ['principal', 'resource', 'name', 'operations'],
        acls.map((a) => [a.principal, a.resourceType, a.patternType === 'prefixed' ? `${a.name}*` : a.name, a.operations.join(', ')]),
        dialect,
      ),
    );
  }
  for (const q of d.quotas ?? []) {
    const limits = [
      q.producerByteRate ? `producer_byte_rate=${q.producerByteRate}` : null,
      q.consumerByteRate ? `consumer_byte_rate=${q.consumerByteRate}` : null,
      q.requestPercentage ? `request_percentage=${q.requestPercentage}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    out.push('', dialect === 'markdown' ? `- quota **${q.principal}**: ${limits}. ${q.why}` : `  - quota ${q.principal}: ${limits}. ${q.why}`);
  }
  return out;
}

/** A stream processor: its sub-topologies, internal topics, stores, joins and configuration. */
function pushStreams(st: StreamsDesign, dialect: Dialect, push: (...s: string[]) => void): void {
  const bullet = (line: string) => (dialect === 'markdown' ? `- ${line}` : `  - ${line}`);
  push(heading(`Stream processor ${st.processor} (${st.kafkaStreams ? `Kafka Streams, application.id ${st.applicationId}` : st.library}), ${st.instances} instance(s)`, 2, dialect));
  if (st.notes.length) push(st.notes.map(bullet).join('\n'));
  push(
    table(
      ['sub-topology', 'reads', 'operations', 'tasks'],
      st.subtopologies.map((s) => [String(s.id), s.inputs.join(', '), s.operations.join(' -> ') || '-', `${s.tasks ?? '?'} (${s.why})`]),
      dialect,
    ),
  );
  if (st.internalTopics.length) {
    push(heading('Internal topics', 3, dialect));
    push(
      table(
        ['topic', 'kind', 'partitions', 'config'],
        st.internalTopics.map((t) => [
          t.name,
          t.kind,
          String(t.partitions ?? '?'),
          Object.entries(t.config)
            .map(([k, v]) => `${k}=${v}`)
            .join(', '),
        ]),
        dialect,
      ),
    );
    push(st.internalTopics.map((t) => bullet(`${t.name}: ${t.why}${t.avoid ? ` To avoid it: ${t.avoid}` : ''}`)).join('\n'));
  }
  if (st.stores.length) {
    push(heading('State stores', 3, dialect));
    push(
      table(
        ['store', 'kind', 'size', 'restore'],
        st.stores.map((s) => [s.name, s.kind, s.bytes === null ? '?' : fmtBytes(s.bytes), s.restoreSeconds === null ? '?' : `${s.restoreSeconds.toFixed(1)} s`]),
        dialect,
      ),
    );
    push(st.stores.map((s) => bullet(`${s.name}: ${s.why}`)).join('\n'));
  }
  if (st.joins.length) {
    push(heading('Joins and co-partitioning', 3, dialect));
    push(st.joins.map((j) => bullet(`${j.type} ${j.left} + ${j.right}: co-partitioned ${j.coPartitioned}; ${j.why}`)).join('\n'));
  }
  if (Object.keys(st.config).length) push(heading('Streams configuration', 3, dialect), configLines(st.config, dialect));
  push(rationaleLines(st.rationale, dialect));
}

export function renderDesign(d: Design, dialect: Dialect): string {
  const out: string[] = [];
  const push = (...s: string[]) => out.push(...s, '');
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${d.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  push(heading(`Kafka design: ${d.name}`, 1, dialect));
  push(`Kafka ${d.kafkaVersion}, ${d.environment}, client ${d.client.library} (${d.client.language}). Findings: ${counts}.`);

  push(heading('Plan at a glance', 2, dialect));
  push(flowDiagram(d, dialect));
  const consumerOf = (topic: string) => d.consumers.find((c) => c.topic === topic);
  const producerOf = (topic: string) => d.producers.find((p) => p.topic === topic);
  push(
    table(
      ['topic', 'role', 'key', 'partitions', 'RF / min ISR', 'retention', 'guarantee', 'consumers', 'peak', 'compression', 'disk/broker'],
      d.topics.map((t) => {
        const c = consumerOf(t.name);
        const p = producerOf(t.name);
        const retention = t.config['retention.ms'] ? fmtMs(Number(t.config['retention.ms'])) : 'compacted';
        const guarantee = p ? `${p.delivery}${p.config['transactional.id'] ? ' (tx)' : ''}` : '-';
        const ratio = t.sizing.compressionRatio;
        const compression = t.sizing.compression ? `${t.sizing.compression}${ratio !== undefined && ratio !== 1 ? ` (x${ratio})` : ''}` : '-';
        const local = t.config['remote.storage.enable'] === 'true' ? ' local' : '';
        const disk = typeof t.sizing.diskBytesPerBroker === 'number' ? `${fmtBytes(t.sizing.diskBytesPerBroker)}${local}` : t.sizing.diskBytes === null ? 'unbounded' : '-';
        return [
          t.name,
          t.role,
          t.key ?? '(none)',
          String(t.partitions),
          `${t.replicationFactor} / ${t.config['min.insync.replicas'] ?? '-'}`,
          retention,
          guarantee,
          c ? `${c.groupId} x${c.instances}` : '-',
          `${fmtBytes(t.sizing.peakBytesPerSecond)}/s`,
          compression,
          disk,
        ];
      }),
      dialect,
    ),
  );
  if (d.patterns.length) {
    push(heading('Patterns', 2, dialect));
    push(d.patterns.map((p) => (dialect === 'markdown' ? `- **${p.id}** (${p.flows.join(', ')}): ${p.why}` : `  - ${p.id} [${p.flows.join(', ')}]: ${p.why}`)).join('\n'));
  }

  push(heading('Decisions', 2, dialect));
  for (const t of d.topics) {
    push(heading(`Topic ${t.name}`, 3, dialect), configLines(t.config, dialect), rationaleLines(t.rationale, dialect));
  }
  for (const p of d.producers) {
    push(heading(`Producer → ${p.topic} (${p.client})`, 3, dialect), configLines(p.config, dialect, { library: p.client, role: 'producer' }), rationaleLines(p.rationale, dialect));
  }
  for (const c of d.consumers) {
    push(
      heading(`Consumer group ${c.groupId} ← ${c.topic}, ${c.instances} instance(s)`, 3, dialect),
      configLines(c.config, dialect, { library: c.client, role: 'consumer' }),
      rationaleLines(c.rationale, dialect),
    );
  }
  for (const c of d.connectors ?? []) {
    push(heading(`Connector ${c.name} (${c.kind}, ${c.class})`, 3, dialect), configLines(c.config, dialect), rationaleLines(c.rationale, dialect));
  }
  for (const s of d.sagas ?? []) {
    const steps = s.steps.map((x, i) => `${i + 1}. ${x.action} Compensation: ${x.compensation} Timeout ${fmtMs(x.timeoutMs)}: ${x.onTimeout} ${x.why}`);
    push(heading(`Saga ${s.name} (correlation id ${s.correlationId})`, 3, dialect), [s.why, ...steps, `Inbox: ${s.inbox}`].map((l) => (dialect === 'markdown' ? `- ${l}` : `  - ${l}`)).join('\n'));
  }

  if (d.replication?.length) {
    push(heading('Replication across regions', 2, dialect));
    for (const r of d.replication) {
      push(
        heading(`${r.source} → ${r.target} (${r.mode}, ${r.tool}): ${r.topics.map((t, i) => `${t} → ${r.remoteTopics[i]}`).join(', ')}`, 3, dialect),
        configLines(r.config, dialect),
        rationaleLines(r.rationale, dialect),
      );
    }
  }
  for (const st of d.streams ?? []) pushStreams(st, dialect, push);
  if (d.security) push(...securitySection(d, dialect));

  push(heading('Findings', 2, dialect));
  const sorted = [...d.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  push(sorted.length ? sorted.map((f) => findingLine(f, dialect)).join('\n') : dialect === 'markdown' ? '_none_' : '  none');

  if (d.alternatives.length) {
    push(heading('Alternatives considered', 2, dialect));
    push(
      table(
        ['flow', 'decision', 'option', 'chosen', 'why'],
        d.alternatives.map((a) => [a.flow, a.decision, a.option, a.chosen ? 'yes' : 'no', a.why]),
        dialect,
      ),
    );
  }
  if (d.schemas.length) {
    push(heading('Event schemas (Avro drafts)', 2, dialect));
    push(
      d.schemas
        .map((x) => {
          const root = x.schema as { name?: string; fields?: Array<{ name: string }> };
          const fields = (root.fields ?? []).map((f) => f.name).join(', ');
          const line = `${x.subject}: ${root.name ?? 'record'} with ${fields}. Write it with \`kafka-specialist schema scaffold --from <requirements> --flow ${x.flow} --out schemas/\` and add the entity's fields with --fields.`;
          return dialect === 'markdown' ? `- ${line}` : `  - ${line}`;
        })
        .join('\n'),
    );
  }
  if (d.questions.length) {
    push(heading('Questions', 2, dialect));
    push(d.questions.map((q) => (dialect === 'markdown' ? `- ${q}` : `  - ${q}`)).join('\n'));
  }
  if (d.assumptions.length) {
    push(heading('Assumptions', 2, dialect));
    push(d.assumptions.map((a) => (dialect === 'markdown' ? `- \`${a.field}\` = ${JSON.stringify(a.value)}: ${a.why}` : `  - ${a.field} = ${JSON.stringify(a.value)}: ${a.why}`)).join('\n'));
  }
  return out.join('\n').trimEnd() + '\n';
}
