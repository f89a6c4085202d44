// `kafka-specialist patterns [id]`: the pattern catalog, all of it as a list or one pattern in full.
import type { Command } from 'commander';
import { patterns } from '../../capabilities/patterns.js';
import { runCapability } from '../capability.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

export function registerPatterns(program: Command): void {
  describedCommand(program, 'patterns')
    .argument('[id]', 'one pattern in full, e.g. pending-topic')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((id: string | undefined, opts: { format: 'text' | 'json' | 'markdown' }) =>
      runCapability(patterns, {
        format: opts.format,
        input: () => ({ id }),
        // The CLI printed the whole catalog as a bare list before the MCP tool named it.
        json: (chosen) => ('patterns' in chosen ? chosen.patterns : chosen),
      }),
    );
}
