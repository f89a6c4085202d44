// `kafka-specialist init`: the deconstruct questions asked one by one in a terminal, with the
// default and why, writing a requirements file at the end. Every question has a flag; with all
// of them (or --yes for the defaults) no terminal is needed. Without a terminal and with
// questions left it says so and exits 2 rather than waiting forever. Ctrl-C writes nothing:
// the file is only written, atomically, after the last answer.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { answer, pending, QUESTIONS, requirementsFromAnswers, type Answers, type Question } from '../../method/intake/questionnaire.js';
import { UserError } from '../../model/errors.js';
import { EXIT, formatOption, printJson, run } from '../io.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';
import { requirementsYaml } from '../../method/intake/yaml.js';
import { describedCommand } from './index.js';

const CANCELLED = 130;

function fromFlags(opts: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const q of QUESTIONS) {
    const given = opts[q.id];
    if (typeof given !== 'string') continue;
    const parsed = answer(q, given, answers);
    if (!parsed.ok) throw new UserError({ field: q.field, message: `${q.flag} ${JSON.stringify(given)}: ${parsed.problem}`, suggestion: q.choices ? `one of: ${q.choices.join(', ')}` : undefined });
    answers[q.id] = parsed.value;
  }
  return answers;
}

function promptLine(q: Question, answers: Answers): string {
  const d = q.default(answers);
  const choices = q.choices ? ` (${q.choices.join(' / ')})` : '';
  const dflt = d ? ` [${d.value}]` : '';
  const why = d ? `\n  default: ${d.why}` : '';
  return `${why}\n? ${q.prompt}${choices}${dflt}: `;
}

/** Asks every pending question; resolves false when the user cancels (Ctrl-C or end of input). */
async function interview(answers: Answers): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const cancel = new AbortController();
  rl.on('SIGINT', () => cancel.abort());
  rl.on('close', () => cancel.abort());
  try {
    for (let q = pending(answers)[0]; q; q = pending(answers)[0]) {
      const typed = await rl.question(promptLine(q, answers), { signal: cancel.signal });
      const parsed = answer(q, typed, answers);
      if (parsed.ok) answers[q.id] = parsed.value;
      else process.stdout.write(`  ! ${parsed.problem}\n`);
    }
    return true;
  } catch (e) {
    if ((e as Error).name === 'AbortError') return false;
    throw e;
  } finally {
    rl.removeAllListeners('close');
    rl.close();
  }
}

export function registerInit(program: Command): void {
  const cmd = describedCommand(program, 'init')
    .option('--out <file>', 'requirements file to write', 'requirements.yaml')
    .option('--force', 'overwrite the file if it exists')
    .option('-y, --yes', 'accept the default for every question not answered by a flag')
    .addOption(formatOption(['text', 'json']));
  for (const q of QUESTIONS) cmd.option(`${q.flag} <value>`, `${q.prompt}${q.choices ? ` (${q.choices.join(', ')})` : ''}`);
  cmd.action((opts: Record<string, unknown> & { out: string; force?: boolean; yes?: boolean; format: 'text' | 'json' }) =>
    run(opts.format, async () => {
      if (existsSync(opts.out) && !opts.force) {
        throw new UserError({ file: opts.out, message: 'the file exists', suggestion: 'pass --force to overwrite it, or --out to choose another file' });
      }
      const answers = fromFlags(opts);
      if (opts.yes) {
        for (let q = pending(answers)[0]; q; q = pending(answers)[0]) {
          const parsed = answer(q, '', answers);
          if (!parsed.ok) throw new UserError({ field: q.field, message: `${q.flag} has no default: ${parsed.problem}` });
          answers[q.id] = parsed.value;
        }
      }
      const left = pending(answers);
      // With --format json stdout is the JSON document, so no questions are asked on it.
      if (left.length > 0 && opts.format === 'json') {
        throw new UserError({
          message: `--format json asks no questions; unanswered: ${left.map((q) => q.flag).join(' ')}`,
          suggestion: 'answer with those flags, or pass --yes to take the defaults',
        });
      }
      if (left.length > 0 && !(process.stdin.isTTY && process.stdout.isTTY)) {
        process.stderr.write(
          `error: init asks questions and needs a terminal; none is attached.\n  help: answer with flags (${left.map((q) => q.flag).join(' ')}), or pass --yes to take the defaults\n`,
        );
        return EXIT.usage;
      }
      if (left.length > 0) {
        process.stdout.write('A few questions about the flow; press Enter to take the default, Ctrl-C to stop (nothing is written until the end).\n');
        if (!(await interview(answers))) {
          process.stdout.write('\nCancelled: nothing written.\n');
          return CANCELLED;
        }
      }
      const req = requirementsFromAnswers(answers);
      writeFileAtomic(opts.out, requirementsYaml(req, ['Requirements written by `kafka-specialist init`.', `Next: kafka-specialist design ${opts.out}`]));
      if (opts.format === 'json') printJson({ file: opts.out, requirements: req, next: `kafka-specialist design ${opts.out}` });
      else process.stdout.write(`\nWrote ${opts.out}. Next: kafka-specialist design ${opts.out}\n`);
    }),
  );
}
