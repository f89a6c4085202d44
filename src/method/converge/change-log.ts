// The change log between two rounds, as a colleague would say it: what you changed, what the
// design changed because of it (before -> after, and why), and which findings came or went.
import type { Finding } from '../../model/design.js';
import type { DecisionChange, DesignDiff } from './design-diff.js';
import type { RequirementChange } from './requirements-diff.js';

type Dialect = 'text' | 'markdown';

function show(v: unknown): string {
  if (v === null || v === undefined) return '(not set)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function requirementLine(c: RequirementChange): string {
  if (c.before === null) return `${c.field} added: ${show(c.after)}`;
  if (c.after === null) return `${c.field} removed (was ${show(c.before)})`;
  return `${c.field}: ${show(c.before)} → ${show(c.after)}`;
}

function decisionLine(d: DecisionChange, dialect: Dialect): string {
  const code = (s: string) => (dialect === 'markdown' ? `\`${s}\`` : s);
  const what =
    d.setting === 'added'
      ? `added (${show(d.after)})`
      : d.setting === 'removed'
        ? `removed (was ${show(d.before)})`
        : `${code(d.setting)}: ${d.before === null ? '(default)' : code(d.before)} → ${d.after === null ? '(default)' : code(d.after)}`;
  return `${d.subject}: ${what}`;
}

function findingLine(f: Finding): string {
  return `${f.severity} ${f.rule}${f.flow ? ` [${f.flow}]` : ''}: ${f.message}`;
}

/** The change log as text or Markdown; `title` heads it ("Changes since round 1"). */
export function renderChangeLog(diff: DesignDiff, dialect: Dialect, title = 'Changes since the previous round'): string {
  const md = dialect === 'markdown';
  const out: string[] = [md ? `## ${title}` : `${title}\n${'-'.repeat(title.length)}`, ''];
  const list = (items: string[], indent = 0) => items.map((i) => `${' '.repeat(indent)}${md ? '- ' : '  - '}${i}`).join('\n');
  const section = (name: string, body: string) => out.push(md ? `**${name}**` : `${name}:`, '', body, '');

  if (diff.requirementsKnown) {
    section('Requirements changed', diff.requirementChanges.length ? list(diff.requirementChanges.map(requirementLine)) : list(['nothing']));
  }
  if (diff.decisions.length === 0) section('Decisions changed', list(['none: the design is the same']));
  else {
    section(
      'Decisions changed',
      diff.decisions
        .map((d) => {
          const details: string[] = [];
          if (d.causes.length) details.push(`because ${d.causes.map(requirementLine).join('; ')}`);
          else if (diff.requirementsKnown && diff.requirementChanges.length) details.push('follows from the other changes above');
          if (d.why) details.push(`why: ${d.why}`);
          return `${list([decisionLine(d, dialect)])}${details.length ? `\n${list(details, md ? 2 : 4)}` : ''}`;
        })
        .join('\n'),
    );
  }
  if (diff.findingsAppeared.length) section('Findings that appeared', list(diff.findingsAppeared.map(findingLine)));
  if (diff.findingsGone.length) section('Findings that went away', list(diff.findingsGone.map(findingLine)));
  return `${out.join('\n').trimEnd()}\n`;
}
