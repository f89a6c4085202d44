// Exactly-once read-process-write, per group member: each member that reads, processes and writes
// in a transaction owns one transactional producer, commits once per poll batch, and must not let
// a record that always fails abort and re-seek forever. Downstream read_committed readers see the
// output only when the transaction commits, so the batch's duration is latency they pay.
import { numericDefault } from '../../knowledge/catalog.js';
import type { Language } from '../../knowledge/clients.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { Alternative, ConsumerDesign, ProducerDesign, Rationale } from '../../model/design.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { fmt, fmtMs } from '../../model/units.js';
import type { ReadProcessWrite } from './flow-graph.js';

export interface TransactionPlan {
  config: Record<string, string>;
  rationale: Rationale[];
  alternatives: Alternative[];
}

/** The transactional.id of one member: unique per member, stable across its restarts. */
export function transactionalIdTemplate(processor: string): string {
  return `${processor}-\${INSTANCE_ID}`;
}

export function planTransactions(step: ReadProcessWrite, inputPlan: ConsumerPlan, inputConsumer: ConsumerDesign, producer: ProducerDesign, kafkaVersion: string, language: Language): TransactionPlan {
  const rationale: Rationale[] = [];
  const config: Record<string, string> = {};
  const members = inputPlan.instances * inputPlan.membersPerInstance;
  const per = inputPlan.membersPerInstance;
  rationale.push({
    setting: 'transactional.id per member',
    why: `${step.processor} runs ${inputPlan.instances} instance(s) x ${per} member(s) = ${members} group member(s); each member owns one consumer and one transactional producer, so ${members} transactional ids. INSTANCE_ID names the member, not the process: ${per > 1 ? `<instance>-<member>, e.g. ${step.processor}-pod-0-${per - 1}` : `<instance>, e.g. ${step.processor}-pod-0`}, stable across restarts. Zombie members are fenced through the consumer group (KIP-447: sendOffsetsToTransaction with the consumer's groupMetadata()), so the id need not follow input partitions. The generated program runs one member per process: start ${per} per instance, each with its own INSTANCE_ID.`,
    refs: [DOCS.transactions, DOCS.kip447],
  });

  const records = Number(inputConsumer.config['max.poll.records'] ?? numericDefault('consumer', 'max.poll.records', kafkaVersion));
  const mean = inputPlan.service.meanMs;
  const p99 = inputPlan.service.p99Ms;
  const batchMs = records * mean;
  const worstMs = records * p99;
  const budget = step.input.latencyP99Ms ?? step.output.latencyP99Ms;
  rationale.push({
    setting: 'transaction cadence',
    why: `One transaction per poll batch: ${fmt(records)} records x ${fmt(mean)} ms mean = ${fmtMs(batchMs)} per transaction. read_committed readers of ${step.output.name} see a record only when its transaction commits, so up to ${fmtMs(batchMs)} (${fmtMs(worstMs)} at p99) is added to their latency${budget !== null ? `, against an end-to-end budget of ${fmtMs(budget)}${batchMs > budget / 2 ? `: commit every ${Math.max(1, Math.floor(budget / 2 / mean))} records (half the budget / ${fmt(mean)} ms), through a smaller max.poll.records or a commit inside the batch` : ''}` : ''}.`,
    refs: [DOCS.transactions],
  });

  const timeoutDefault = numericDefault('producer', 'transaction.timeout.ms', kafkaVersion);
  if (worstMs * 2 > timeoutDefault) {
    const needed = Math.ceil(worstMs * 2);
    config['transaction.timeout.ms'] = String(needed);
    rationale.push({
      setting: 'transaction.timeout.ms',
      why: `A batch at p99 takes ${fmt(records)} x ${fmt(p99)} ms = ${fmtMs(worstMs)}; twice that (${needed} ms) is above the ${fmtMs(timeoutDefault)} default, after which the coordinator aborts the transaction. The broker's transaction.max.timeout.ms must allow it.`,
      refs: [DOCS.transactions],
    });
  } else {
    rationale.push({
      setting: 'transaction.timeout.ms',
      why: `A batch at p99 takes ${fmt(records)} x ${fmt(p99)} ms = ${fmtMs(worstMs)}, well within the ${fmtMs(timeoutDefault)} default: left unset.`,
      refs: [DOCS.transactions],
    });
  }

  rationale.push({
    setting: 'poison pill',
    why: `A failure aborts the transaction and the member seeks back to its last committed offsets, so a record that always fails would abort forever. Count attempts per partition and offset in the member (the count survives the abort); after ${PLANNING.attemptsBeforePermanent} attempts take the flow's permanent-error path in the next transaction.`,
    refs: [DOCS.transactions],
  });

  const alternatives: Alternative[] = [];
  if (language === 'java') {
    alternatives.push({
      flow: step.input.name,
      decision: 'exactly-once processing',
      option: 'Kafka Streams with processing.guarantee=exactly_once_v2',
      chosen: false,
      why: `same guarantee with one producer per stream thread, managed for you, plus state stores with changelogs; choose it when ${step.processor} keeps state (joins, aggregates) or when you would rather not write the transaction loop`,
    });
    alternatives.push({
      flow: step.input.name,
      decision: 'exactly-once processing',
      option: 'consumer + transactional producer per member',
      chosen: true,
      why: 'a stateless read-process-write step; the loop is short and the design shows it',
    });
  }
  return { config: { ...producer.config, ...config }, rationale: [...producer.rationale, ...rationale], alternatives };
}
