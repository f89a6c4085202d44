// Runs a design's producer and consumer (through kafkajs) against the local broker, or a user's
// dev cluster, while injecting faults, and records what was sent and what arrived. The clients
// run in a workload process of their own (verify-workload.ts) that this runner can kill: every
// phase is bounded by progress and a deadline (method/verify/limits.ts), a run that stops making
// progress is stopped and reported inconclusive, and the brokers it started are always stopped.
// The counting and judging is method/verify's; this module only does the I/O.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../model/errors.js';
import { analyze, judge, type PromisedGuarantee, type ReceivedRecord, type SentRecord } from '../method/verify/analyze.js';
import { API_KEY, describeAction, planFaults, type Fault, type FaultAction, type FaultStep } from '../method/verify/faults.js';
import { planKafkajs, type ClientSettings } from '../method/verify/kafkajs-plan.js';
import { verifyLimits, type VerifyPhase } from '../method/verify/limits.js';
import type { FaultEvent, VerifyRun, VerifyStop } from '../method/verify/report.js';
import type { ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';
import { startLocalBroker, type BrokerControl, type LocalBroker } from './local-broker.js';
import { killOnExit } from './reap.js';
import type { ControlRequest, RunnerMessage, WorkloadMessage, WorkloadStart } from './verify-protocol.js';

export interface VerifyInput {
  settings: ClientSettings;
  topic: { name: string; partitions: number };
  groupId: string;
  promise: PromisedGuarantee;
  messages: number;
  /** Distinct keys the records cycle through (per-key order is checked on each). */
  keys?: number;
  faults: Fault[];
  /** A user's cluster; absent = start the local broker. */
  connection?: ConnectionOptions;
  /** Brokers of the local cluster. */
  brokers?: number;
  onProgress?: (p: VerifyProgress) => void;
  /**
   * Test only: break the run on purpose to prove it still ends. `brokerKilledAt`: at this share of
   * records sent, the local broker's process is killed and never restarted; `freezeAt`: the
   * workload's event loop spins for good, as a client library's busy loop would.
   */
  sabotage?: { brokerKilledAt?: number; freezeAt?: number };
}

export interface VerifyProgress {
  phase: 'producing' | 'draining';
  sent: number;
  acked: number;
  received: number;
  total: number;
}

/** How often the runner checks the workload's progress against its phase's limits. */
const WATCH_MS = 500;

async function applyFault(control: BrokerControl, a: FaultAction): Promise<void> {
  switch (a.kind) {
    case 'leader':
      return control.setLeader(a.topic, a.partition, a.broker);
    case 'broker-down':
      return control.brokerDown(a.broker);
    case 'broker-up':
      return control.brokerUp(a.broker);
    case 'slow-acks':
      return control.pushBrokerErrors(
        a.broker,
        API_KEY.produce,
        Array.from({ length: a.count }, () => ({ code: 0, rttMs: a.delayMs })),
      );
    case 'request-errors':
      return control.pushRequestErrors(a.apiKey, a.codes);
  }
}

/** The compiled workload module; tests running from the TypeScript sources use the build's. */
function workloadModule(): string {
  const here = fileURLToPath(new URL('./verify-workload.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = fileURLToPath(new URL('../../dist/cluster/verify-workload.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`the verify workload is not built (no ${here} or ${built}): run npm run build`);
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function runVerify(input: VerifyInput): Promise<VerifyRun> {
  const started = Date.now();
  if (input.connection && input.faults.length) {
    throw new UserError({ field: '--faults', message: 'faults can only be injected into the local broker', suggestion: 'drop --bootstrap to run against the local broker, or drop --faults' });
  }
  if (!Number.isInteger(input.messages) || input.messages < 1) throw new UserError({ field: '--messages', message: 'must be a positive integer', found: String(input.messages) });
  const keys = Math.max(1, Math.min(input.keys ?? Math.max(input.topic.partitions * 8, 32), input.messages));
  const plan = planKafkajs(input.settings, { localBroker: !input.connection, messages: input.messages, partitions: input.topic.partitions });
  const limits = verifyLimits(plan, input.messages);
  const runId = randomBytes(4).toString('hex');

  let broker: LocalBroker | undefined;
  let connection: ConnectionOptions;
  let topicName: string;
  if (input.connection) {
    connection = input.connection;
    await ensureKafkaReachable(connection);
    topicName = `${input.topic.name}.verify-${runId}`;
  } else {
    broker = await startLocalBroker({ brokers: input.brokers ?? 3, topics: [{ name: input.topic.name, partitions: input.topic.partitions }] });
    connection = { bootstrap: broker.bootstrap.split(',') };
    topicName = input.topic.name;
  }

  const start: WorkloadStart = {
    type: 'start',
    connection,
    remote: !broker,
    topic: { name: topicName, partitions: input.topic.partitions },
    groupId: `${input.groupId}.verify-${runId}`,
    transactionalId: `kafka-specialist-verify-${runId}`,
    clientId: `kafka-specialist-verify-${runId}`,
    plan,
    messages: input.messages,
    keys,
    ...(input.sabotage?.freezeAt !== undefined ? { freezeAt: input.sabotage.freezeAt } : {}),
  };

  const sent: SentRecord[] = [];
  const failedSends = new Set<SentRecord>();
  const received: ReceivedRecord[] = [];
  const faults: FaultEvent[] = [];
  let steps: FaultStep[] = [];
  let steady: number | undefined;
  let sabotaged = false;

  const answer = async (request: ControlRequest): Promise<unknown> => {
    switch (request.op) {
      case 'plan-faults': {
        if (!broker) return [];
        steps = planFaults(input.faults, { topic: topicName, partitions: request.leaders.length, brokers: broker.brokers, leaders: request.leaders, requestTimeoutMs: plan.producer.requestTimeoutMs });
        // Coordinators live on a broker no fault takes down: the faults are aimed at the data path,
        // and a downed coordinator would stall the runner's own bookkeeping (its transactions, its group).
        const downed = new Set(steps.flatMap((s) => (s.action.kind === 'broker-down' ? [s.action.broker] : [])));
        steady = Array.from({ length: broker.brokers }, (_, i) => i + 1).find((id) => !downed.has(id));
        return steps.map((s) => s.at);
      }
      case 'fire': {
        const step = steps[request.step];
        if (!step || !broker) return undefined;
        const event: FaultEvent = { fault: step.fault, at: request.share, action: describeAction(step.action) };
        await applyFault(broker.control, step.action).catch((e: Error) => (event.error = e.message));
        faults.push(event);
        return undefined;
      }
      // A broker that cannot take these has died: the clients find out themselves, and the run
      // stops on its limits, so neither fails the run here.
      case 'pin':
        if (broker && steady !== undefined) await broker.control.setCoordinator(request.type, request.key, steady).catch(() => undefined);
        return undefined;
      case 'clear-errors':
        if (broker) {
          await broker.control.clearRequestErrors(API_KEY.produce).catch(() => undefined);
          await broker.control.clearRequestErrors(API_KEY.fetch).catch(() => undefined);
        }
        return undefined;
    }
  };

  try {
    const workload = fork(workloadModule(), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    killOnExit(workload);
    const seen = await supervise(workload, start, limits, {
      onControl: answer,
      onProgress: (phase) => {
        const acked = sent.filter((r) => r.acked).length;
        if (phase === 'producing' || phase === 'draining') input.onProgress?.({ phase, sent: sent.length, acked, received: received.length, total: input.messages });
        const killAt = input.sabotage?.brokerKilledAt;
        if (broker && killAt !== undefined && !sabotaged && sent.length >= killAt * input.messages) {
          sabotaged = true;
          process.kill(broker.pid, 'SIGKILL');
        }
      },
      sent,
      failed: failedSends,
      received,
    });
    if (seen.failed && !seen.failed.kafka) throw new Error(`the verify workload failed: ${seen.failed.message}`);
    if (seen.failed && input.connection && seen.stopped?.phase === 'connecting') {
      throw new UserError({ field: '--bootstrap', message: `verify could not set up its run on ${connection.bootstrap.join(',')}: ${seen.failed.message}` });
    }
    const done = seen.done;
    for (const r of sent) if (!r.acked && !failedSends.has(r)) r.unanswered = true;
    const produceMs = done?.produceMs ?? (seen.producingSince !== undefined ? Date.now() - seen.producingSince : 0);
    const outcome = analyze(sent, received, produceMs);
    const incomplete = seen.stopped
      ? `the run was stopped while ${seen.stopped.phase} (${seen.stopped.reason})`
      : done && !done.drain.complete
        ? `the consumer gave up after ${done.drain.restarts} replacement(s) brought no new record${done.drain.error ? ` (a replacement failed: ${done.drain.error})` : ''}${done.drain.unread.length ? ` (${done.drain.unread.join('; ')})` : ''}`
        : undefined;
    return {
      target: broker ? `local broker (${broker.brokers} brokers, librdkafka mock)` : connection.bootstrap.join(','),
      topic: { name: topicName, partitions: done?.partitions ?? input.topic.partitions },
      messages: input.messages,
      keys,
      promise: input.promise,
      plan,
      faults,
      outcome,
      verdict: judge(outcome, input.promise, incomplete),
      drainTimedOut: !done?.drain.complete,
      consumerRestarts: seen.restarts,
      ...(seen.stopped ? { stopped: seen.stopped } : {}),
      durationMs: Date.now() - started,
    };
  } finally {
    await broker?.stop();
  }
}

interface Supervision {
  onControl: (request: ControlRequest) => Promise<unknown>;
  onProgress: (phase: VerifyPhase) => void;
  /** Filled as the workload streams them. */
  sent: SentRecord[];
  failed: Set<SentRecord>;
  received: ReceivedRecord[];
}

interface Seen {
  done?: Extract<WorkloadMessage, { type: 'done' }>;
  failed?: { message: string; kafka: boolean };
  stopped?: VerifyStop;
  restarts: number;
  producingSince?: number;
}

/**
 * Starts the workload and watches it until its process ends: each phase is stopped (the process
 * killed) when it goes without progress, or runs, past its limit.
 */
function supervise(workload: ChildProcess, start: WorkloadStart, limits: ReturnType<typeof verifyLimits>, s: Supervision): Promise<Seen> {
  const seen: Seen = { restarts: 0 };
  let phase: VerifyPhase = 'connecting';
  let phaseSince = Date.now();
  let progressAt = phaseSince;
  let stderr = '';
  workload.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const send = (m: RunnerMessage): void => {
    if (workload.connected) workload.send(m);
  };
  const stop = (reason: string): void => {
    if (seen.stopped || seen.done) return;
    const limit = limits[phase];
    seen.stopped = { phase, afterMs: Date.now() - phaseSince, reason, limits: limit.why };
    workload.kill('SIGKILL');
  };

  workload.on('message', (m: WorkloadMessage) => {
    const now = Date.now();
    switch (m.type) {
      case 'progress': {
        for (const [k, seq, sentAt] of m.sent) s.sent.push({ key: `k${k}`, seq, sentAt, acked: false });
        for (const i of m.acked) if (s.sent[i]) s.sent[i].acked = true;
        for (const i of m.failed) if (s.sent[i]) s.failed.add(s.sent[i]);
        for (const [key, seq, partition, offset, sentAt, receivedAt] of m.received) s.received.push({ key, seq, partition, offset, sentAt, receivedAt });
        if (m.acked.length || m.received.length || m.restarts > seen.restarts) progressAt = now;
        seen.restarts = m.restarts;
        if (m.phase !== phase) {
          phase = m.phase;
          phaseSince = progressAt = now;
          if (phase === 'producing') seen.producingSince = now;
        }
        s.onProgress(phase);
        return;
      }
      case 'control':
        s.onControl(m.request).then(
          (result) => send({ type: 'control-reply', id: m.id, result }),
          (e: Error) => send({ type: 'control-reply', id: m.id, error: e.message }),
        );
        return;
      case 'done':
        seen.done = m;
        phase = 'closing';
        phaseSince = progressAt = now;
        return;
      case 'failed':
        seen.failed = m;
        // The clients gave up: the run stops where it was (inconclusive), as if stopped by a limit.
        if (m.kafka) seen.stopped ??= { phase, afterMs: now - phaseSince, reason: `the client library gave up: ${m.message}`, limits: limits[phase].why };
        return;
    }
  });

  const watch = setInterval(() => {
    const now = Date.now();
    const limit = limits[phase];
    if (seen.done) {
      // Closing: the results are in; a workload that does not finish closing is simply killed.
      if (now - phaseSince > limit.deadlineMs) workload.kill('SIGKILL');
      return;
    }
    if (now - progressAt > limit.stallMs) stop(`no progress for ${seconds(now - progressAt)}`);
    else if (now - phaseSince > limit.deadlineMs) stop(`still ${phase} after ${seconds(now - phaseSince)}`);
  }, WATCH_MS);

  return new Promise<Seen>((resolve) => {
    workload.on('exit', (code, signal) => {
      clearInterval(watch);
      if (!seen.done && !seen.stopped && seen.failed === undefined) {
        seen.stopped = {
          phase,
          afterMs: Date.now() - phaseSince,
          reason: `the workload process ended (${signal ?? `exit code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
          limits: limits[phase].why,
        };
      }
      resolve(seen);
    });
    workload.on('error', (e) => {
      seen.failed ??= { message: e.message, kafka: false };
      if (workload.pid === undefined) {
        // It never started, so no exit follows.
        clearInterval(watch);
        resolve(seen);
      } else workload.kill('SIGKILL');
    });
    send(start);
  });
}
