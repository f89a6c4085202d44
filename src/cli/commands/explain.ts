// `kafka-specialist explain <name>`: one setting (any scope, any client spelling) or one rule.
import { Option, type Command } from 'commander';
import { explainSetting } from '../../capabilities/explain-setting.js';
import { SCOPES, type Scope } from '../../knowledge/catalog.js';
import { runCapability } from '../capability.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

export function registerExplain(program: Command): void {
  describedCommand(program, 'explain')
    .argument('<name>', 'setting name (Java, librdkafka, kafkajs or franz-go spelling) or rule id such as delivery/acks-all')
    .option('--kafka-version <version>', 'Kafka version whose defaults to show (default: newest in the catalog)')
    .option('--client <library>', 'client library id (kafka-clients, confluent-kafka, kafkajs, ...) or family (java, librdkafka, kafkajs)')
    .addOption(new Option('--scope <scope>', 'only this scope, for names several scopes share').choices([...SCOPES]))
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((name: string, opts: { kafkaVersion?: string; client?: string; scope?: Scope; format: 'text' | 'json' | 'markdown' }) =>
      runCapability(explainSetting, {
        format: opts.format,
        input: () => ({ name, kafka_version: opts.kafkaVersion, client: opts.client, scope: opts.scope }),
        flags: { name: '<name>' },
      }),
    );
}
