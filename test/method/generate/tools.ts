// Helpers for the generator's verification tests: write generated files to a temp directory and
// find the tools that check them. A missing tool skips the test locally with the reason printed,
// and fails it in CI (process.env.CI), where scripts/setup.d/generate.sh must have installed it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { localBrokerBinary } from '../../../src/cluster/local-broker.js';
import type { GeneratedFile } from '../../../src/method/generate/index.js';

export function writeFiles(files: readonly GeneratedFile[], prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `ks-${prefix}-`));
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.contents);
  }
  return root;
}

/** True when `command args` runs; otherwise prints why the test is skipped, or throws in CI. */
export function toolAvailable(what: string, command: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  try {
    execFileSync(command, args, { stdio: 'pipe', env: env ?? process.env });
    return true;
  } catch (e) {
    const why = `${what} is not available (${command} ${args.join(' ')}: ${(e as Error).message.split('\n')[0]}); run scripts/setup.d/generate.sh`;
    if (process.env.CI) throw new Error(why);
    console.warn(`skipped: ${why}`);
    return false;
  }
}

/** Debian's python3 (not a pyenv shim): python3-confluent-kafka installs for it. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** The local Kafka-protocol broker build (scripts/setup.d/broker.sh) is here. */
export function brokerAvailable(): boolean {
  return existsSync(localBrokerBinary()) || toolAvailable('the local broker (scripts/setup.d/broker.sh)', 'test', ['-x', localBrokerBinary()]);
}

/** confluent-kafka for the system Python (scripts/setup.d/generate.sh) is here. */
export function confluentKafkaAvailable(): boolean {
  return toolAvailable('python3-confluent-kafka', SYSTEM_PYTHON, ['-c', 'import confluent_kafka']);
}
