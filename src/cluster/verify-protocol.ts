// The messages between the verify runner and its workload process (verify-workload.ts). The
// runner owns the broker and the clock; the workload owns the kafkajs clients and streams what it
// sent and received, so that whatever happens to it the runner holds everything seen so far.
import type { VerifyPhase } from '../method/verify/limits.js';
import type { KafkajsPlan } from '../method/verify/kafkajs-plan.js';
import type { ConnectionOptions } from './connection.js';

export interface WorkloadStart {
  type: 'start';
  connection: ConnectionOptions;
  /** A user's cluster: the workload creates its topic and deletes it at the end. */
  remote: boolean;
  topic: { name: string; partitions: number };
  /** The consumer group (a fresh suffix per replacement consumer is added by the workload). */
  groupId: string;
  transactionalId: string;
  clientId: string;
  plan: KafkajsPlan;
  messages: number;
  keys: number;
  /** Test only: at this share of records sent, the workload freezes its event loop for good. */
  freezeAt?: number;
}

/** [key index, seq, sentAt]: a record handed to the producer (key `k<index>`). */
export type SentEntry = [number, number, number];
/** [key, seq, partition, offset, sentAt, receivedAt]: one delivery. */
export type ReceivedEntry = [string, number, number, number, number, number];

export type ControlRequest =
  /** The fault schedule for these partition leaders: the share of records at which each step fires. */
  | { op: 'plan-faults'; leaders: number[] }
  | { op: 'fire'; step: number; share: number }
  /** Pin a group's or a transactional id's coordinator to a broker no fault takes down. */
  | { op: 'pin'; type: 'group' | 'transaction'; key: string }
  /** Faults not yet consumed must not leak into the drain. */
  | { op: 'clear-errors' };

export interface DrainResult {
  complete: boolean;
  restarts: number;
  /** Partitions not read to their end when the drain gave up: "partition 1 read to 1003 of 1029". */
  unread: string[];
  /** Why a replacement consumer could not start, when that ended the drain. */
  error?: string;
}

export type WorkloadMessage =
  /** `acked` and `failed` index the records sent so far, in the order sent. */
  | { type: 'progress'; phase: VerifyPhase; sent: SentEntry[]; acked: number[]; failed: number[]; received: ReceivedEntry[]; restarts: number }
  | { type: 'control'; id: number; request: ControlRequest }
  | { type: 'done'; produceMs: number; partitions: number; drain: DrainResult }
  /** `kafka`: the client library gave up (a KafkaJS error), rather than a bug in the workload. */
  | { type: 'failed'; message: string; kafka: boolean };

export type RunnerMessage = WorkloadStart | { type: 'control-reply'; id: number; result?: unknown; error?: string };
