// The package's main entry is the pure core: importing it must not load the Kafka client.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const loadedKafkajs = (entry: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
import { createRequire } from 'node:module';
await import(${JSON.stringify(entry)});
console.log(Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('kafkajs')).length);
`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  ).stdout.trim();

it('the main entry loads no kafkajs; the cluster entry does', () => {
  expect(loadedKafkajs('./dist/index.js')).toBe('0');
  expect(Number(loadedKafkajs('./dist/cluster/index.js'))).toBeGreaterThan(0);
});
