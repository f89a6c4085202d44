// `kafka-specialist search "<words>"`: settings ranked by how well names and explanations match.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { SCOPES, type Scope } from '../../knowledge/catalog.js';
import { searchSettings } from '../../capabilities/reference.js';
import { runCapability } from '../capability.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function registerSearch(program: Command): void {
  describedCommand(program, 'search')
    .argument('<words...>', 'words to look for (quote a phrase or pass several words)')
    .option('--limit <n>', 'how many results', positiveInt, 10)
    .addOption(new Option('--scope <scope>', 'only settings of this scope').choices([...SCOPES]))
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((words: string[], opts: { limit: number; scope?: Scope; format: 'text' | 'json' | 'markdown' }) =>
      runCapability(searchSettings, {
        format: opts.format,
        input: () => ({ query: words.join(' '), limit: opts.limit, scope: opts.scope }),
        flags: { query: '<words...>' },
      }),
    );
}
