// How long each phase of a verify run may go without progress, and at most, worked out from the
// settings the run uses: a run that stops making progress is stopped and reported inconclusive,
// never left to spin. Progress is a record acknowledged to the producer or delivered to the
// consumer (or, while draining, a stalled consumer replaced); failed sends are not progress.
import type { KafkajsPlan } from './kafkajs-plan.js';

export const VERIFY_PHASES = ['connecting', 'producing', 'draining', 'closing'] as const;
export type VerifyPhase = (typeof VERIFY_PHASES)[number];

export interface PhaseLimit {
  /** Stop the phase when nothing progressed for this long. */
  stallMs: number;
  /** Stop the phase when it has lasted this long, progressing or not. */
  deadlineMs: number;
  /** The arithmetic behind both numbers. */
  why: string;
}

export type VerifyLimits = Record<VerifyPhase, PhaseLimit>;

/** How long the runner waits for a fresh consumer to join its group. */
export const CONSUMER_JOIN_WAIT_MS = 30_000;
/** No record for this long while acknowledged records are unread: replace the consumer. */
export const CONSUMER_STALL_MS = 10_000;
/** Replacements in a row that brought no new record before the drain gives up. */
export const FRUITLESS_RESTARTS = 3;
/** Slack on every window for a loaded machine (garbage collection, a busy scheduler). */
const SLACK_MS = 15_000;
/** The slowest acknowledged rate a run may keep up before its phase deadline (records per second). */
const MIN_RECORDS_PER_SECOND = 20;
/** What closing (disconnects, a remote topic's deletion) may take before the workload is killed. */
const CLOSING_MS = 20_000;

const s = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

export function verifyLimits(plan: KafkajsPlan, messages: number): VerifyLimits {
  const p = plan.producer;
  const requestMs = Math.max(p.requestTimeoutMs, plan.consumer.requestTimeoutMs);
  // One send() gives up after its retries; a transactional send is a send and a commit.
  const sendMs = (p.retry.retries + 1) * (p.requestTimeoutMs + p.retry.maxRetryTime);
  const sendsPerRecord = p.transactionsForSequenceChecks ? 2 : 1;
  const produceStall = sendsPerRecord * sendMs + SLACK_MS;
  const produceDeadline = produceStall + Math.ceil((messages / MIN_RECORDS_PER_SECOND) * 1000);
  const connecting = CONSUMER_JOIN_WAIT_MS + 3 * requestMs + SLACK_MS;
  // A stalled consumer is noticed after CONSUMER_STALL_MS and its replacement may take the join wait.
  const drainStall = CONSUMER_STALL_MS + CONSUMER_JOIN_WAIT_MS + SLACK_MS;
  const drainDeadline = (FRUITLESS_RESTARTS + 1) * drainStall + Math.ceil((messages / MIN_RECORDS_PER_SECOND) * 1000);
  return {
    connecting: {
      stallMs: connecting,
      deadlineMs: connecting,
      why: `the consumer's group join (${s(CONSUMER_JOIN_WAIT_MS)}) + 3 requests of ${s(requestMs)} (admin, producer, consumer) + ${s(SLACK_MS)} slack = ${s(connecting)}`,
    },
    producing: {
      stallMs: produceStall,
      deadlineMs: produceDeadline,
      why: `no acknowledgement or delivery for ${sendsPerRecord} x one send's retries (${p.retry.retries + 1} attempts x (${p.requestTimeoutMs} ms request timeout + ${p.retry.maxRetryTime} ms backoff) = ${s(sendMs)})${sendsPerRecord === 2 ? ' (a send and its commit)' : ''} + ${s(SLACK_MS)} slack = ${s(produceStall)}; at most that + ${messages} records at ${MIN_RECORDS_PER_SECOND}/s = ${s(produceDeadline)}`,
    },
    draining: {
      stallMs: drainStall,
      deadlineMs: drainDeadline,
      why: `no delivery and no consumer replaced for ${s(CONSUMER_STALL_MS)} (stall) + ${s(CONSUMER_JOIN_WAIT_MS)} (a fresh consumer's join) + ${s(SLACK_MS)} slack = ${s(drainStall)}; at most ${FRUITLESS_RESTARTS + 1} x that + ${messages} records at ${MIN_RECORDS_PER_SECOND}/s = ${s(drainDeadline)}`,
    },
    closing: { stallMs: CLOSING_MS, deadlineMs: CLOSING_MS, why: `disconnecting the clients (and deleting a remote run's topic) may take ${s(CLOSING_MS)}` },
  };
}

/** The longest a whole run can take before every phase has been stopped: the sum of the deadlines. */
export function longestRunMs(limits: VerifyLimits): number {
  return VERIFY_PHASES.reduce((sum, phase) => sum + limits[phase].deadlineMs, 0);
}
