#!/usr/bin/env node
// The kafka-specialist command line. Each command lives in commands/<name>.ts and is loaded only
// when it runs; `--help` and `--version` load none (see commands/index.ts).
import { Command, CommanderError } from 'commander';
import { SPECIALIST_VERSION } from '../capabilities/capability.js';
import { registerFor } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { preferShortRuns } from './tier-up.js';

// Unbundled (no rolldown at build) this file is the entry; bundled, the launcher has already done it.
preferShortRuns();

// `--format json` holds for usage errors too: the caller parsing stdout gets a JSON error object.
const argv = process.argv.slice(2);
const jsonFormat = argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));

const program = new Command('kafka-specialist')
  .description('A Kafka expert you can run: design, check and verify Kafka pipelines, with the arithmetic shown.')
  .version(SPECIALIST_VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => (jsonFormat ? undefined : write(str)) })
  // Usage errors, help and version end as a thrown CommanderError (handled below); commands inherit this.
  .exitOverride();

// A reader that stops early (`| head`) is not an error of ours: stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** How long a failed command may still flush its output before the process ends regardless. */
const FAILED_COMMAND_LINGER_MS = 500;

// No top-level await: the bundled CLI is CommonJS (scripts/bundle-cli.mjs), which has none.
async function main(): Promise<void> {
  await registerFor(program, argv);
  try {
    await program.parseAsync(process.argv);
    // A failed command is over: a client library's leftover socket or retry timer must not keep
    // the process waiting. Here, at the process's own edge, not in io.ts's run(), which tests call
    // inside their worker.
    if (process.exitCode !== undefined && process.exitCode !== EXIT.ok) setTimeout(() => process.exit(), FAILED_COMMAND_LINGER_MS).unref();
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    // commander's own usage errors (unknown option, missing argument) are user mistakes: exit 2.
    if (err.exitCode !== 0 && jsonFormat) {
      const { printProblems } = await import('./io.js');
      printProblems('json', [{ message: err.message.replace(/^error: /, ''), suggestion: 'run with --help for usage' }]);
    }
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  }
}

// A failure is thrown again outside the promise: Node prints it and exits 1, as it did for a top-level await.
main().catch((err: unknown) =>
  setImmediate(() => {
    throw err;
  }),
);
