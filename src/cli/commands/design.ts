// `kafka-specialist design <requirements>`: requirements file in, checked design out.
import type { Command } from 'commander';
import { designFromText } from '../../method/design.js';
import { renderDesign } from '../../method/report/design-report.js';
import { formatOption, printJson, readInput, run } from '../io.js';

export function registerDesign(program: Command): void {
  program
    .command('design')
    .description('design topics, keys, partitions, producer and consumer settings and patterns for a requirements file (YAML or JSON; - for stdin)')
    .argument('<requirements>', 'requirements file (see the contract in the README), or - for standard input')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action(async (path: string, opts: { format: 'text' | 'json' | 'markdown' }) => {
      await run(opts.format, () => {
        const { text, file } = readInput(path);
        const result = designFromText(text, file);
        if (opts.format === 'json') printJson(result);
        else process.stdout.write(renderDesign(result, opts.format));
      });
    });
}
