// `kafka-specialist changes --from 3.6 --to 4.1`: added, removed and changed settings between versions.
import { Option, type Command } from 'commander';
import { SCOPES, type Scope } from '../../knowledge/catalog.js';
import { settingChanges } from '../../capabilities/reference.js';
import { runCapability } from '../capability.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

export function registerChanges(program: Command): void {
  describedCommand(program, 'changes')
    .requiredOption('--from <version>', 'the version you run now, e.g. 3.6')
    .requiredOption('--to <version>', 'the version you upgrade to, e.g. 4.1')
    .addOption(new Option('--scope <scope>', 'only this scope').choices([...SCOPES]))
    .addOption(new Option('--min-importance <level>', 'leave out less important settings').choices(['high', 'medium', 'low']))
    .option('--client <library>', 'a client library (confluent-kafka, franz-go, kafkajs, ...): say what it uses where a Java client default changed')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((opts: { from: string; to: string; scope?: Scope; minImportance?: 'high' | 'medium' | 'low'; client?: string; format: 'text' | 'json' | 'markdown' }) =>
      runCapability(settingChanges, {
        format: opts.format,
        input: () => ({ from: opts.from, to: opts.to, scope: opts.scope, min_importance: opts.minImportance, client: opts.client }),
      }),
    );
}
