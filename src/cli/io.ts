// The CLI's edge helpers: reading input files, choosing an output format, printing results and
// turning errors into exit codes. Commands stay thin: read, call a method/ function, print.
import { Option } from 'commander';
import { clusterProblem } from '../cluster/read-errors.js';
import { echo, formatProblem, UserError, type UserProblem } from '../model/errors.js';
import { inputLimits, setInputLimits } from '../model/input-guard.js';
import { readTextFile } from '../edge/text-file.js';
import { EXIT } from './exit-codes.js';
import { readStdinSync } from './stdin.js';

/** KAFKA_SPECIALIST_MAX_INPUT_MB raises or lowers the input size limit (default 10 MB). */
export function inputLimitsFromEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const mb = Number(env['KAFKA_SPECIALIST_MAX_INPUT_MB']);
  if (env['KAFKA_SPECIALIST_MAX_INPUT_MB'] !== undefined && Number.isFinite(mb) && mb > 0) setInputLimits({ maxBytes: Math.floor(mb * 1024 * 1024) });
}
inputLimitsFromEnvironment();

export { EXIT } from './exit-codes.js';

export type Format = 'text' | 'json' | 'markdown' | 'sarif';

/** The --format option every command carries; each command lists the formats it can print. */
export function formatOption(formats: readonly Format[] = ['text', 'json']): Option {
  return new Option('--format <format>', 'output format').choices(formats as string[]).default('text');
}

/** Reads a file (or "-" for standard input) and names it in any error. */
export function readInput(path: string): { text: string; file: string } {
  if (path === '-') {
    let text: string;
    try {
      text = readStdinSync(inputLimits().maxBytes);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError({ message: 'could not read standard input', suggestion: 'pipe a file in, or pass a file path' });
    }
    return { text, file: '<stdin>' };
  }
  return { text: readTextFile(path), file: path };
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Problems as the CLI prints them: a JSON error object on stdout, or `error:` lines on stderr. */
export function printProblems(format: string | undefined, problems: readonly UserProblem[]): void {
  if (format === 'json') printJson({ error: { problems } });
  else process.stderr.write(problems.map((p) => `error: ${formatProblem(p)}`).join('\n') + '\n');
}

/**
 * Runs a command body and maps the outcome to an exit code. A UserError prints its problems
 * (as JSON when --format json was asked) and exits 2; anything else is a bug of ours and says so
 * (exit 3; with --format json also as a JSON error object, the stack on stderr).
 */
export async function run(format: string | undefined, body: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? EXIT.ok;
  } catch (caught) {
    const e = clusterProblem(caught) ?? caught;
    if (e instanceof UserError) {
      printProblems(format, e.problems);
      process.exitCode = EXIT.usage;
      return;
    }
    const err = e as Error;
    if (format === 'json') printJson({ error: { internal: true, message: `internal error (a bug in kafka-specialist, please report it): ${echo(String(err.message), 500)}` } });
    process.stderr.write(`internal error (a bug in kafka-specialist, please report it): ${err.stack ?? err.message}\n`);
    process.exitCode = EXIT.internal;
  }
}
