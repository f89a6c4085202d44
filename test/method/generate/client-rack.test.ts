// Rack-aware fetching works only when each instance's client.rack is its own rack: the generated
// Python consumer must take it from CLIENT_RACK when it starts, not carry the text "${CLIENT_RACK}".
// The proof runs the generated programs against the local broker and reads librdkafka's own dump
// of its effective configuration (debug=conf, switched on by a wrapper around confluent-kafka, the
// generated code untouched). Needs the broker build and python3-confluent-kafka (scripts/setup.d/).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBroker, type LocalBroker } from '../../../src/cluster/local-broker.js';
import { generate } from '../../../src/method/generate/index.js';
import { designFromText, ordersRequirements } from './requirements.js';
import { brokerAvailable, confluentKafkaAvailable, SYSTEM_PYTHON, writeFiles } from './tools.js';

const run = promisify(execFile);

// Three racks: the design sets client.rack on the consumer, to be read from CLIENT_RACK.
const REQUIREMENTS = ordersRequirements('rack-orders', '{ kafka_version: "3.9", brokers: 3, racks: 3 }');
const MESSAGES = 50;

// Runs a generated program with librdkafka's configuration dump on: every Consumer and Producer the
// program makes gets debug=conf added to the configuration it passes, and nothing else changes.
const WITH_CONFIG_DUMP = `
import runpy, sys
import confluent_kafka

def dumping(cls):
    class Dumping(cls):
        def __init__(self, config, *args, **kwargs):
            super().__init__({**config, "debug": "conf"}, *args, **kwargs)
    return Dumping

confluent_kafka.Consumer = dumping(confluent_kafka.Consumer)
confluent_kafka.Producer = dumping(confluent_kafka.Producer)
program = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(program, run_name="__main__")
`;

const hasPython = brokerAvailable() && confluentKafkaAvailable();

/** The values librdkafka reports for a property in its "Client configuration:" dumps. */
function configured(stderr: string, property: string): string[] {
  return [...stderr.matchAll(new RegExp(`^%7\\|[^\\n]*\\|CONF\\|[^\\n]*\\]:\\s+${property.replace('.', '\\.')} = (.*)$`, 'gm'))].map((m) => m[1]!.trim());
}

describe.runIf(hasPython)('generated Python reads client.rack from CLIENT_RACK (against the local broker)', () => {
  const design = designFromText(REQUIREMENTS, 'rack.yaml');
  let broker: LocalBroker;
  let dir: string;

  beforeAll(async () => {
    expect(design.consumers[0]!.config['client.rack']).toBe('${CLIENT_RACK}');
    broker = await startLocalBroker({ brokers: 3, topics: design.topics.map((t) => ({ name: t.name, partitions: t.partitions, replicationFactor: t.replicationFactor })) });
    dir = join(writeFiles(generate(design, { language: 'python' }), 'rack-py'), 'python');
    writeFileSync(join(dir, 'with_config_dump.py'), WITH_CONFIG_DUMP);
    await run(SYSTEM_PYTHON, ['orders_producer.py'], { cwd: dir, env: { ...process.env, KAFKA_BOOTSTRAP_SERVERS: broker.bootstrap, MESSAGE_COUNT: String(MESSAGES) }, timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await broker?.stop();
  });

  const consume = (env: NodeJS.ProcessEnv) => run(SYSTEM_PYTHON, ['with_config_dump.py', 'orders_consumer.py'], {
    cwd: dir,
    env: { ...process.env, KAFKA_BOOTSTRAP_SERVERS: broker.bootstrap, MAX_MESSAGES: String(MESSAGES), ...env },
    timeout: 90_000,
    maxBuffer: 64 << 20,
  });

  it('the consumer runs with the rack the instance was given', async () => {
    const r = await consume({ CLIENT_RACK: 'eu-west-1b' });
    expect(configured(r.stderr, 'client.rack')).toEqual(['eu-west-1b']);
    // It ran against the broker: every record the producer wrote was handled.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('{')).length).toBe(MESSAGES);
  }, 120_000);

  it('without CLIENT_RACK the consumer leaves client.rack empty, never the placeholder text', async () => {
    const env = { ...process.env };
    delete env.CLIENT_RACK;
    const r = await run(SYSTEM_PYTHON, ['with_config_dump.py', 'orders_consumer.py'], { cwd: dir, env: { ...env, KAFKA_BOOTSTRAP_SERVERS: broker.bootstrap, MAX_MESSAGES: '1' }, timeout: 90_000, maxBuffer: 64 << 20 });
    expect(r.stderr).toMatch(/Client configuration:/);
    expect(configured(r.stderr, 'client.rack')).toEqual(['']);
    expect(r.stderr).not.toContain('${CLIENT_RACK}');
  }, 120_000);
});
