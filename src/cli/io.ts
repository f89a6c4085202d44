// The CLI's edge helpers: reading input files, choosing an output format, printing results and
// turning errors into exit codes. Commands stay thin: read, call a method/ function, print.
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { formatProblem, UserError } from '../model/errors.js';
import { readStdinSync } from './stdin.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export type Format = 'text' | 'json' | 'markdown' | 'sarif';

/** The --format option every command carries; each command lists the formats it can print. */
export function formatOption(formats: readonly Format[] = ['text', 'json']): Option {
  return new Option('--format <format>', 'output format').choices(formats as string[]).default('text');
}

/** Reads a file (or "-" for standard input) and names it in any error. */
export function readInput(path: string): { text: string; file: string } {
  if (path === '-') {
    try {
      return { text: readStdinSync(), file: '<stdin>' };
    } catch {
      throw new UserError({ message: 'could not read standard input', suggestion: 'pipe a file in, or pass a file path' });
    }
  }
  try {
    return { text: readFileSync(path, 'utf8'), file: path };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new UserError({ file: path, message: `cannot read file: ${why}`, suggestion: code === 'ENOENT' ? 'check the path; relative paths start from the current directory' : undefined });
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Runs a command body and maps the outcome to an exit code. A UserError prints its problems
 * (as JSON when --format json was asked) and exits 2; anything else is a bug of ours and says so.
 */
export async function run(format: string | undefined, body: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? EXIT.ok;
  } catch (e) {
    if (e instanceof UserError) {
      if (format === 'json') printJson({ error: { problems: e.problems } });
      else process.stderr.write(e.problems.map((p) => `error: ${formatProblem(p)}`).join('\n') + '\n');
      process.exitCode = EXIT.usage;
      return;
    }
    const err = e as Error;
    process.stderr.write(`internal error (a bug in kafka-specialist, please report it): ${err.stack ?? err.message}\n`);
    process.exitCode = 3;
  }
}
