// `kafka-specialist ask "<request in plain words>"`: a requirements draft from plain words,
// with what was understood (and from which words), the assumptions, and the questions left.
// The default output is YAML that `design -` reads; the notes travel as YAML comments.
import type { Command } from 'commander';
import { draftFromWords, type IntakeDraft } from '../../method/intake/compose.js';
import { UserError } from '../../model/errors.js';
import { formatOption, printJson, readInput, run } from '../io.js';
import { requirementsYaml, writeFileAtomic } from '../requirements-file.js';

function notes(draft: IntakeDraft): string[] {
  return [
    'Requirements draft written by `kafka-specialist ask`. Check it, then run `kafka-specialist design` on it.',
    '',
    'Understood:',
    ...draft.understood.map((u) => `  ${u.field} = ${JSON.stringify(u.value)}   <- "${u.from}"`),
    ...(draft.assumptions.length ? ['', 'Assumed (not in the words; change them if wrong):', ...draft.assumptions.map((a) => `  ${a.field} = ${JSON.stringify(a.value)}: ${a.why}`)] : []),
    ...(draft.notPlaced.length ? ['', 'Not placed (said, but no field took it; answer these first):', ...draft.notPlaced.map((n) => `  - ${n.question}`)] : []),
    ...(draft.questions.length ? ['', 'Questions:', ...draft.questions.map((q) => `  - ${q.question}`)] : []),
  ];
}

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('turn a request in plain words into a requirements draft (offline, deterministic)')
    .argument('<words...>', 'the request, e.g. "our consumer falls behind at 400 events/s; Python; keep each user\'s events in order" ("-" reads standard input)')
    .option('--out <file>', 'write the draft to this YAML file (atomically) instead of standard output')
    .addOption(formatOption(['text', 'json']))
    .action((words: string[], opts: { out?: string; format: 'text' | 'json' }) => run(opts.format, () => {
      const text = words.length === 1 && words[0] === '-' ? readInput('-').text : words.join(' ');
      if (!text.trim()) throw new UserError({ message: 'the request is empty', suggestion: 'describe the flow in a sentence or two: rates, sizes, ordering, what may be lost' });
      const draft = draftFromWords(text);
      const yaml = requirementsYaml(draft.requirements, notes(draft));
      if (opts.out) writeFileAtomic(opts.out, yaml);
      if (opts.format === 'json') return printJson(draft);
      if (opts.out) {
        process.stdout.write(`${notes(draft).slice(2).join('\n')}\n\nWrote ${opts.out}\n`);
        return;
      }
      process.stdout.write(yaml);
    }));
}
