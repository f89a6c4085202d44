// `kafka-specialist design <requirements>`: requirements file in, checked design out.
import type { Command } from 'commander';
import { renderRound, roundJson } from '../../method/converge/round.js';
import { renderDesign } from '../../method/report/design-report.js';
import { addRoundOptions, roundFromText, type RoundOptions } from '../design-rounds.js';
import { formatOption, printJson, readInput, run } from '../io.js';

export function registerDesign(program: Command): void {
  const cmd = program
    .command('design')
    .description('design topics, keys, partitions, producer and consumer settings and patterns for a requirements file (YAML or JSON; - for stdin)')
    .argument('<requirements>', 'requirements file (see the contract in the README), or - for standard input')
    .addOption(formatOption(['text', 'json', 'markdown']));
  addRoundOptions(cmd)
    .action(async (path: string, opts: RoundOptions & { format: 'text' | 'json' | 'markdown' }) => {
      await run(opts.format, () => {
        const { text, file } = readInput(path);
        const round = roundFromText(text, file, opts);
        if (opts.format === 'json') printJson(roundJson(round));
        else process.stdout.write(renderDesign(round.design, opts.format) + renderRound(round, opts.format));
      });
    });
}
