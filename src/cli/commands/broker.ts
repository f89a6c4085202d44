// `kafka-specialist broker`: runs a local Kafka-protocol cluster until Ctrl-C or SIGTERM.
import { Option, type Command } from 'commander';
import { startLocalBroker, type LocalTopic } from '../../cluster/local-broker.js';
import { UserError } from '../../model/errors.js';
import { formatOption, run } from '../io.js';
import { describedCommand } from './index.js';

/** Parses one --topic value, name:partitions[:rf]. */
export function parseTopicFlag(value: string): LocalTopic {
  const m = /^([^:]+)(?::(\d+))?(?::(\d+))?$/.exec(value);
  if (!m) throw new UserError({ field: '--topic', message: `"${value}" is not name:partitions[:replication-factor]`, suggestion: 'e.g. --topic orders:6 or --topic orders:6:3' });
  return { name: m[1]!, partitions: m[2] ? Number(m[2]) : 1, ...(m[3] ? { replicationFactor: Number(m[3]) } : {}) };
}

export function registerBroker(program: Command): void {
  describedCommand(program, 'broker')
    .addOption(new Option('--brokers <n>', 'number of brokers').default('3'))
    .addOption(new Option('--topic <name:partitions[:rf]>', 'create a topic (repeatable)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .addOption(formatOption(['text', 'json']))
    .action(async (opts: { brokers: string; topic?: string[]; format: string }) => {
      await run(opts.format, async () => {
        const topics = (opts.topic ?? []).map(parseTopicFlag);
        const broker = await startLocalBroker({ brokers: Number(opts.brokers), topics });
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify({ bootstrap: broker.bootstrap, brokers: broker.brokers, topics }) + '\n');
        } else {
          process.stdout.write(`local Kafka-protocol cluster: ${broker.brokers} broker(s) on 127.0.0.1\n`);
          process.stdout.write(`bootstrap servers: ${broker.bootstrap}\n`);
          for (const t of topics) process.stdout.write(`topic ${t.name}: ${t.partitions} partition(s)\n`);
          process.stdout.write('press Ctrl-C to stop\n');
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await broker.stop();
      });
    });
}
