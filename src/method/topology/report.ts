// The topology reader's report as text or Markdown (JSON is the TopologyReport itself).
import type { TopologyReport } from './analyze.js';

function subtopologyLines(r: TopologyReport): string[] {
  return r.subtopologies.map((s) =>
    s.global
      ? `Sub-topology ${s.id} (global store): reads ${s.sourceTopics.join(', ')} into ${s.stores.join(', ')}; ${s.tasksWhy}`
      : `Sub-topology ${s.id}: ${s.nodes} nodes; reads ${[...s.sourceTopics, ...s.sourcePatterns.map((p) => `pattern ${p}`)].join(', ') || 'nothing'}; writes ${s.sinkTopics.join(', ') || 'nothing'}; stores ${s.stores.join(', ') || 'none'}; tasks ${s.tasks ?? '?'} (${s.tasksWhy})`,
  );
}

const topicLine = (t: TopologyReport['topics'][number]) =>
  `${t.clusterName} [${t.role}] partitions ${t.partitions ?? '?'} (${t.partitionsWhy}); written by ${t.writtenBy.map((i) => `#${i}`).join(', ') || '-'}, read by ${t.readBy.map((i) => `#${i}`).join(', ') || '-'}`;
const storeLine = (s: TopologyReport['stores'][number]) =>
  `${s.name} (sub-topology ${s.subtopology}; ${s.processors.join(', ')}): ${s.changelog ? `changelog ${s.changelog} cleanup.policy=${s.changelogCleanup}` : 'no changelog'}; ${s.why}`;
const joinLine = (j: TopologyReport['joins'][number]) => `${j.kind} in sub-topology ${j.subtopology}: ${j.topics.join(' + ')}; co-partitioned: ${j.coPartitioned} (${j.why})`;

export function topologyText(r: TopologyReport): string {
  const section = (title: string, items: string[]) => (items.length ? `${title}\n${items.map((i) => `  ${i}`).join('\n')}\n` : '');
  return [
    `Topology${r.name ? ` ${r.name}` : ''}: ${r.counts.subtopologies} sub-topologies, ${r.counts.nodes} nodes, ${r.counts.topics} topics, ${r.counts.stores} stores, ${r.counts.joins} joins (application.id ${r.applicationId})\n`,
    section('Sub-topologies', subtopologyLines(r)),
    section('Topics', r.topics.map(topicLine)),
    section('Stores and changelogs', r.stores.map(storeLine)),
    section('Joins and co-partitioning', r.joins.map(joinLine)),
    section(
      'Findings',
      r.findings.flatMap((f) => [`${f.severity.toUpperCase()} ${f.rule}: ${f.message}`, `  fix: ${f.fix}`, `  see: ${f.refs.join(' ')}`]),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

export function topologyMarkdown(r: TopologyReport): string {
  const list = (title: string, items: string[]) => (items.length ? `## ${title}\n\n${items.map((i) => `- ${i}`).join('\n')}\n` : '');
  return [
    `# Topology${r.name ? ` \`${r.name}\`` : ''}\n\n${r.counts.subtopologies} sub-topologies, ${r.counts.nodes} nodes, ${r.counts.topics} topics, ${r.counts.stores} stores, ${r.counts.joins} joins (application.id \`${r.applicationId}\`).\n`,
    list('Sub-topologies', subtopologyLines(r)),
    r.topics.length
      ? `## Topics\n\n| topic | role | partitions | written by | read by |\n| --- | --- | --- | --- | --- |\n${r.topics.map((t) => `| \`${t.clusterName}\` | ${t.role} | ${t.partitions ?? '?'} (${t.partitionsWhy}) | ${t.writtenBy.join(', ') || '-'} | ${t.readBy.join(', ') || '-'} |`).join('\n')}\n`
      : '',
    list('Stores and changelogs', r.stores.map(storeLine)),
    list('Joins and co-partitioning', r.joins.map(joinLine)),
    list(
      'Findings',
      r.findings.map((f) => `**${f.severity}** \`${f.rule}\`: ${f.message} Fix: ${f.fix} (${f.refs.map((u) => `<${u}>`).join(', ')})`),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}
