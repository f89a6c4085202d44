// The pattern catalog for a person: one pattern in full, or the list with one line each.
import type { Pattern } from '../../knowledge/patterns.js';

function bullets(items: readonly string[], indent = ''): string {
  return items.map((i) => `${indent}- ${i}`).join('\n');
}

function implied(p: Pattern): string[] {
  return [
    ...p.implies.topics.map(
      (t) =>
        `topic ${t.name} (${t.role}${
          Object.keys(t.config).length
            ? `; ${Object.entries(t.config)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}`
            : ''
        }): ${t.why}`,
    ),
    ...p.implies.settings.map((s) => `${s.scope} ${s.name}=${s.value}: ${s.why}`),
  ];
}

function triggers(p: Pattern): string[] {
  return p.triggeredBy.length ? p.triggeredBy.map((t) => `${t.field}: ${t.when}`) : ['not chosen automatically; offered as an alternative'];
}

function patternText(p: Pattern): string {
  const section = (title: string, items: readonly string[]) => (items.length ? `${title}:\n${bullets(items, '  ')}\n` : '');
  return (
    [
      `${p.name} (${p.id})\n  ${p.summary}\n`,
      section('When to use', p.whenToUse),
      section('When not', p.whenNot),
      section('Trade-offs', p.tradeOffs),
      section('Implies', implied(p)),
      section('Design picks it when', triggers(p)),
      section('Related', p.related),
      section('References', p.refs),
    ]
      .join('\n')
      .trimEnd() + '\n'
  );
}

function patternMarkdown(p: Pattern): string {
  const section = (title: string, items: readonly string[]) => (items.length ? `**${title}**\n\n${bullets(items)}\n` : '');
  return [
    `## ${p.name} (\`${p.id}\`)\n\n${p.summary}\n`,
    section('When to use', p.whenToUse),
    section('When not', p.whenNot),
    section('Trade-offs', p.tradeOffs),
    section(
      'Implies',
      implied(p).map((i) => `\`${i.split(':')[0]}\`:${i.split(':').slice(1).join(':')}`),
    ),
    section('Design picks it when', triggers(p)),
    section(
      'Related',
      p.related.map((r) => `\`${r}\``),
    ),
    section(
      'References',
      p.refs.map((r) => `<${r}>`),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

/** One pattern in full, or (given the whole catalog) the list with one line each. */
export function renderPatterns(chosen: Pattern | { patterns: readonly Pattern[] }, format: 'text' | 'markdown'): string {
  if (!('patterns' in chosen)) return format === 'markdown' ? patternMarkdown(chosen) : patternText(chosen);
  if (format === 'markdown') return `# Kafka patterns\n\n${chosen.patterns.map(patternMarkdown).join('\n')}`;
  const width = Math.max(...chosen.patterns.map((p) => p.id.length));
  return `${chosen.patterns.map((p) => `${p.id.padEnd(width)}  ${p.summary}`).join('\n')}\n\nRun \`kafka-specialist patterns <id>\` for one pattern in full.\n`;
}
