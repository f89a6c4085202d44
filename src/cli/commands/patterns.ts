// `kafka-specialist patterns [id]`: the pattern catalog, all of it as a list or one pattern in full.
import type { Command } from 'commander';
import { didYouMean, UserError } from '../../model/errors.js';
import { patternById, PATTERNS, type Pattern } from '../../knowledge/patterns.js';
import { formatOption, printJson, run } from '../io.js';

function bullets(items: readonly string[], indent = ''): string {
  return items.map((i) => `${indent}- ${i}`).join('\n');
}

function implied(p: Pattern): string[] {
  return [
    ...p.implies.topics.map((t) => `topic ${t.name} (${t.role}${Object.keys(t.config).length ? `; ${Object.entries(t.config).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}): ${t.why}`),
    ...p.implies.settings.map((s) => `${s.scope} ${s.name}=${s.value}: ${s.why}`),
  ];
}

function triggers(p: Pattern): string[] {
  return p.triggeredBy.length ? p.triggeredBy.map((t) => `${t.field}: ${t.when}`) : ['not chosen automatically; offered as an alternative'];
}

function patternText(p: Pattern): string {
  const section = (title: string, items: readonly string[]) => (items.length ? `${title}:\n${bullets(items, '  ')}\n` : '');
  return [
    `${p.name} (${p.id})\n  ${p.summary}\n`,
    section('When to use', p.whenToUse),
    section('When not', p.whenNot),
    section('Trade-offs', p.tradeOffs),
    section('Implies', implied(p)),
    section('Design picks it when', triggers(p)),
    section('Related', p.related),
    section('References', p.refs),
  ].join('\n').trimEnd() + '\n';
}

function patternMarkdown(p: Pattern): string {
  const section = (title: string, items: readonly string[]) => (items.length ? `**${title}**\n\n${bullets(items)}\n` : '');
  return [
    `## ${p.name} (\`${p.id}\`)\n\n${p.summary}\n`,
    section('When to use', p.whenToUse),
    section('When not', p.whenNot),
    section('Trade-offs', p.tradeOffs),
    section('Implies', implied(p).map((i) => `\`${i.split(':')[0]}\`:${i.split(':').slice(1).join(':')}`)),
    section('Design picks it when', triggers(p)),
    section('Related', p.related.map((r) => `\`${r}\``)),
    section('References', p.refs.map((r) => `<${r}>`)),
  ].filter(Boolean).join('\n');
}

function find(id: string): Pattern {
  const p = patternById(id);
  if (p) return p;
  const near = didYouMean(id, PATTERNS.map((x) => x.id));
  throw new UserError({ field: 'id', message: `no pattern "${id}"`, expected: `one of: ${PATTERNS.map((x) => x.id).join(', ')}`, suggestion: near.length ? `did you mean "${near[0]}"?` : 'run `kafka-specialist patterns` for the list' });
}

export function registerPatterns(program: Command): void {
  program
    .command('patterns')
    .description('the pattern catalog: when to use each pattern, when not, trade-offs, implied topics and settings')
    .argument('[id]', 'one pattern in full, e.g. pending-topic')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((id: string | undefined, opts: { format: 'text' | 'json' | 'markdown' }) => run(opts.format, () => {
      const chosen = id ? [find(id)] : [...PATTERNS];
      if (opts.format === 'json') return printJson(id ? chosen[0] : chosen);
      if (opts.format === 'markdown') return void process.stdout.write(`${id ? '' : '# Kafka patterns\n\n'}${chosen.map(patternMarkdown).join('\n')}`);
      if (id) return void process.stdout.write(patternText(chosen[0]!));
      const width = Math.max(...chosen.map((p) => p.id.length));
      process.stdout.write(`${chosen.map((p) => `${p.id.padEnd(width)}  ${p.summary}`).join('\n')}\n\nRun \`kafka-specialist patterns <id>\` for one pattern in full.\n`);
    }));
}
