// The local Kafka-protocol cluster: librdkafka's mock cluster run by our launcher
// (native/mock-broker/launcher.c, built by scripts/build-broker.sh). It listens on 127.0.0.1
// only, and its control channel (the launcher's stdin/stdout) injects faults.
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { UserError } from '../model/errors.js';
import { killOnExit } from './reap.js';

export interface LocalTopic {
  name: string;
  partitions: number;
  /** Replication factor; the launcher uses min(3, brokers) when absent. */
  replicationFactor?: number;
}

export interface LocalBrokerOptions {
  brokers?: number;
  topics?: LocalTopic[];
  /** The group coordinator's delay before the first rebalance (Kafka's default is 3000 ms). */
  rebalanceDelayMs?: number;
  /** The launcher binary; defaults to the build script's cache. */
  binary?: string;
}

/** Request counts the mock saw while tracking: broker id -> ApiKey -> count. */
export interface RequestCounts {
  total: number;
  brokers: Record<string, Record<string, number>>;
}

/** Faults and probes the launcher applies to the running cluster. */
export interface BrokerControl {
  /** Disconnects a broker and refuses new connections (leadership does not move). */
  brokerDown(id: number): Promise<void>;
  brokerUp(id: number): Promise<void>;
  /** Delays every response of a broker (-1: all brokers). */
  setRtt(id: number, ms: number): Promise<void>;
  /** Moves a partition's leadership; -1 leaves the partition without a leader. */
  setLeader(topic: string, partition: number, id: number): Promise<void>;
  /** The next requests of this ApiKey fail with these error codes, in order (-195 = disconnect). */
  pushRequestErrors(apiKey: number, codes: number[]): Promise<void>;
  /** The same on one broker, each answer delayed by its rttMs. */
  pushBrokerErrors(id: number, apiKey: number, errors: Array<{ code: number; rttMs: number }>): Promise<void>;
  clearRequestErrors(apiKey: number): Promise<void>;
  createTopic(name: string, partitions: number, replicationFactor: number): Promise<void>;
  setRack(id: number, rack: string): Promise<void>;
  /** Pins the coordinator of a consumer group or transactional id to a broker. */
  setCoordinator(type: 'group' | 'transaction', key: string, id: number): Promise<void>;
  startRequestTracking(): Promise<void>;
  stopRequestTracking(): Promise<void>;
  clearRequests(): Promise<void>;
  requestCounts(): Promise<RequestCounts>;
}

export interface LocalBroker {
  /** Comma-separated host:port list. */
  bootstrap: string;
  brokers: number;
  control: BrokerControl;
  /** The launcher's process id. */
  pid: number;
  /** Stops the cluster; safe to call more than once. */
  stop(): Promise<void>;
}

export const BUILD_SCRIPT = 'scripts/build-broker.sh';

/** Where scripts/build-broker.sh leaves the launcher (same rule as the script). */
export function localBrokerBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAFKA_SPECIALIST_BROKER_BIN) return env.KAFKA_SPECIALIST_BROKER_BIN;
  const cache = env.KAFKA_SPECIALIST_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kafka-specialist');
  return join(cache, 'bin', 'kafka-mock-broker');
}

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;

function checkOptions(brokers: number, topics: LocalTopic[]): void {
  if (!Number.isInteger(brokers) || brokers < 1 || brokers > 64) {
    throw new UserError({ field: '--brokers', message: 'the number of brokers must be an integer from 1 to 64', found: String(brokers) });
  }
  for (const t of topics) {
    if (!TOPIC_NAME.test(t.name)) throw new UserError({ field: '--topic', message: `"${t.name}" is not a valid topic name`, expected: 'letters, digits, ".", "_" or "-"' });
    if (!Number.isInteger(t.partitions) || t.partitions < 1) throw new UserError({ field: '--topic', message: `topic ${t.name}: partitions must be a positive integer`, found: String(t.partitions) });
    const rf = t.replicationFactor;
    if (rf !== undefined && (!Number.isInteger(rf) || rf < 1 || rf > brokers)) {
      throw new UserError({ field: '--topic', message: `topic ${t.name}: replication factor must be from 1 to ${brokers} (the number of brokers)`, found: String(rf) });
    }
  }
}

/** Starts a local cluster and resolves once it listens. */
export async function startLocalBroker(options: LocalBrokerOptions = {}): Promise<LocalBroker> {
  const brokers = options.brokers ?? 3;
  const topics = options.topics ?? [];
  checkOptions(brokers, topics);
  const binary = options.binary ?? localBrokerBinary();
  if (!existsSync(binary)) {
    throw new UserError({
      message: `the local broker is not built (no ${binary})`,
      // The script ships in the package, so an installed copy can build its broker too.
      suggestion: `run \`bash ${fileURLToPath(new URL(`../../${BUILD_SCRIPT}`, import.meta.url))}\` (it needs a C compiler, make, npm, libssl-dev and zlib1g-dev)`,
    });
  }
  const args = ['--brokers', String(brokers), '--rebalance-delay-ms', String(options.rebalanceDelayMs ?? 0)];
  for (const t of topics) args.push('--topic', `${t.name}:${t.partitions}${t.replicationFactor ? `:${t.replicationFactor}` : ''}`);

  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  killOnExit(child);
  return connect(child, brokers);
}

interface Reply {
  ok?: boolean;
  error?: string;
  ready?: boolean;
  bootstrap?: string;
  [k: string]: unknown;
}

function connect(child: ChildProcessWithoutNullStreams, brokers: number): Promise<LocalBroker> {
  let stderr = '';
  // A write to a launcher that has just died fails with EPIPE; its exit rejects the waiters.
  child.stdin.on('error', () => undefined);
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const lines = createInterface({ input: child.stdout });
  // Replies come back in command order, so a FIFO of waiters pairs them up.
  const waiters: Array<{ resolve: (r: Reply) => void; reject: (e: Error) => void }> = [];
  let exited = false;
  let onReady: ((r: Reply) => void) | undefined;

  const failAll = (why: string): void => {
    for (const w of waiters.splice(0)) w.reject(new Error(why));
  };
  lines.on('line', (line) => {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return; // not ours: the launcher only writes JSON lines
    }
    if (reply.ready && onReady) {
      onReady(reply);
      onReady = undefined;
      return;
    }
    waiters.shift()?.resolve(reply);
  });

  const exitedPromise = new Promise<void>((resolve) => {
    child.on('exit', () => {
      exited = true;
      failAll(`the local broker exited${stderr ? `: ${stderr.trim()}` : ''}`);
      resolve();
    });
  });

  const send = (command: string): Promise<Reply> => {
    if (exited) return Promise.reject(new Error('the local broker is not running'));
    return new Promise<Reply>((resolve, reject) => {
      waiters.push({
        resolve: (r) => (r.ok ? resolve(r) : reject(new Error(`local broker: ${command.split(' ')[0]}: ${r.error ?? 'failed'}`))),
        reject,
      });
      child.stdin.write(command + '\n');
    });
  };
  const done = async (command: string): Promise<void> => {
    await send(command);
  };

  const control: BrokerControl = {
    brokerDown: (id) => done(`broker-down ${id}`),
    brokerUp: (id) => done(`broker-up ${id}`),
    setRtt: (id, ms) => done(`rtt ${id} ${Math.round(ms)}`),
    setLeader: (topic, partition, id) => done(`leader ${topic} ${partition} ${id}`),
    pushRequestErrors: (apiKey, codes) => done(`push-errors ${apiKey} ${codes.join(' ')}`),
    pushBrokerErrors: (id, apiKey, errors) => done(`broker-errors ${id} ${apiKey} ${errors.map((e) => `${e.code}:${Math.round(e.rttMs)}`).join(' ')}`),
    clearRequestErrors: (apiKey) => done(`clear-errors ${apiKey}`),
    createTopic: (name, partitions, rf) => done(`topic ${name} ${partitions} ${rf}`),
    setRack: (id, rack) => done(`rack ${id} ${rack}`),
    setCoordinator: (type, key, id) => done(`coordinator ${type} ${key} ${id}`),
    startRequestTracking: () => done('requests start'),
    stopRequestTracking: () => done('requests stop'),
    clearRequests: () => done('requests clear'),
    requestCounts: async () => {
      const r = await send('requests count');
      return { total: Number(r.total), brokers: r.brokers as RequestCounts['brokers'] };
    },
  };

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.stdin.end(); // EOF: the launcher destroys the cluster and exits
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  return new Promise<LocalBroker>((resolve, reject) => {
    const startTimer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the local broker did not start within 15 s'));
    }, 15000);
    onReady = (r) => {
      clearTimeout(startTimer);
      resolve({ bootstrap: String(r.bootstrap), brokers, control, pid: child.pid!, stop });
    };
    child.on('error', (e) => {
      clearTimeout(startTimer);
      reject(new UserError({ message: `cannot start the local broker: ${e.message}`, suggestion: `rebuild it with \`bash ${BUILD_SCRIPT}\`` }));
    });
    void exitedPromise.then(() => {
      clearTimeout(startTimer);
      if (onReady) reject(new UserError({ message: `the local broker failed to start: ${stderr.trim() || `exit code ${child.exitCode}`}` }));
    });
  });
}
