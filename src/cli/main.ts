#!/usr/bin/env node
// The kafka-specialist command line. Each command lives in commands/<name>.ts and registers itself here.
import { Command } from 'commander';
import { commandsFor } from './commands/index.js';

const program = new Command('kafka-specialist')
  .description('A Kafka expert you can run: design, check and verify Kafka pipelines, with the arithmetic shown.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(str) });

program.exitOverride((err) => {
  // commander's own usage errors (unknown option, missing argument) are user mistakes: exit 2.
  process.exit(err.exitCode === 0 ? 0 : 2);
});

// A reader that stops early (`| head`) is not an error of ours: stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

for (const register of await commandsFor(process.argv.slice(2))) register(program);

await program.parseAsync(process.argv);
