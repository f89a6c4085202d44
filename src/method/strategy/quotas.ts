// Client quotas, only where the requirements justify one: a producer far louder than a
// latency-sensitive neighbour, a backfill (CDC snapshot, connector import) beside such a flow, or
// a flow written by so many processes that their requests could crowd the broker's threads.
// Kafka enforces quotas per broker, so each rate is the principal's share on its busiest broker.
import { numericDefault } from '../../knowledge/catalog.js';
import { PLANNING } from '../../knowledge/planning.js';
import { SECURITY_DOCS } from '../../knowledge/security.js';
import type { ProducerDesign, Quota, TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { firstBy, groupBy } from '../../model/lookup.js';
import { fmt, fmtBytes } from '../../model/units.js';

export interface QuotaInputs {
  facts: Facts;
  topics: readonly TopicDesign[];
  producers: readonly ProducerDesign[];
  /** The principal that writes a producer's records (a Connect worker for a source connector). */
  producerPrincipal: (p: ProducerDesign) => string;
}

export const QUOTA_REFS = [SECURITY_DOCS.quotas];

/** Share of a topic's traffic its busiest broker leads, with partitions spread evenly over brokers. */
export function busiestBrokerShare(partitions: number, brokers: number): { share: number; why: string } {
  const perBroker = Math.ceil(partitions / Math.max(1, Math.min(brokers, partitions)));
  return { share: perBroker / partitions, why: `ceil(${partitions} partitions / ${Math.min(brokers, partitions)} broker(s)) = ${perBroker} of ${partitions} partition leaders on the busiest broker` };
}

function latencySensitive(flow: FlowFacts): boolean {
  return flow.latencyP99Ms !== null && flow.latencyP99Ms <= PLANNING.latencySensitiveBudgetMs;
}

export function planQuotas({ facts, topics, producers, producerPrincipal }: QuotaInputs): Quota[] {
  const quotas: Quota[] = [];
  const eventTopicOf = groupBy(
    topics.filter((t) => t.role === 'events'),
    (t) => t.flows,
  );
  const bytesOf = (flow: FlowFacts) => eventTopicOf.get(flow.name)?.[0]?.sizing.peakBytesPerSecond ?? 0;
  const sensitive = facts.flows.filter(latencySensitive);
  const flowByName = firstBy(facts.flows, (f) => f.name);
  const topicByName = firstBy(topics, (t) => t.name);

  for (const p of producers) {
    const flow = flowByName.get(p.flow);
    const topic = topicByName.get(p.topic);
    if (!flow || !topic) continue;
    const bytes = topic.sizing.peakBytesPerSecond;
    const neighbours = sensitive.filter((s) => s.name !== flow.name);
    const quieter = neighbours.filter((s) => bytes >= PLANNING.noisyNeighbourRatio * bytesOf(s));
    const backfill = flow.sourceKind === 'cdc' || flow.sourceKind === 'connector';
    if (quieter.length === 0 && !(backfill && neighbours.length > 0)) continue;

    const { share, why: shareWhy } = busiestBrokerShare(topic.partitions, facts.brokers);
    const rate = Math.ceil(bytes * share * PLANNING.quotaHeadroom);
    const reason =
      quieter.length > 0
        ? `${flow.name} peaks at ${fmtBytes(bytes)}/s, at least ${PLANNING.noisyNeighbourRatio}x latency-sensitive ${quieter.map((s) => `${s.name} (${fmtBytes(bytesOf(s))}/s, p99 budget ${fmt(s.latencyP99Ms!)} ms)`).join(', ')}: a burst beyond its plan would queue their requests behind its own`
        : `${flow.name} comes from a ${flow.sourceKind} source, whose snapshot or backfill writes as fast as the source reads, far above the flow's steady peak, next to latency-sensitive ${neighbours.map((s) => s.name).join(', ')}`;
    quotas.push({
      principal: producerPrincipal(p),
      producerByteRate: rate,
      why: `${reason}. Quota = peak ${fmtBytes(bytes)}/s x ${fmt(share)} (${shareWhy}) x ${PLANNING.quotaHeadroom} headroom = ${fmtBytes(rate)}/s per broker, so its planned peak never throttles and anything beyond waits instead of crowding the others. Its consumers are not throttled: after an outage they must read faster than the flow is written to catch up.`,
    });
  }

  // Many producing processes: their request handling, not their bytes, is what crowds the broker.
  const totalBytes = facts.flows.reduce((sum, f) => sum + bytesOf(f), 0);
  const threads = numericDefault('broker', 'num.io.threads', facts.documentedVersion) + numericDefault('broker', 'num.network.threads', facts.documentedVersion);
  const capacity = threads * 100;
  const producerOf = firstBy(producers, (p) => p.flow);
  for (const flow of facts.flows) {
    if (flow.sourceInstances === null || flow.sourceInstances < PLANNING.manyProducerInstances || facts.flows.length < 2 || totalBytes === 0) continue;
    const producer = producerOf.get(flow.name);
    if (!producer) continue;
    const share = bytesOf(flow) / totalBytes;
    const percentage = Math.max(PLANNING.minRequestPercentage, Math.ceil(capacity * share * PLANNING.quotaHeadroom));
    if (percentage >= capacity) continue;
    quotas.push({
      principal: producerPrincipal(producer),
      requestPercentage: percentage,
      why: `${fmt(flow.sourceInstances)} processes write ${flow.name}; each connection costs broker threads whatever its size. A broker has ${threads} request threads (num.io.threads + num.network.threads defaults) = ${capacity} %; ${flow.name} carries ${fmt(share * 100)} % of the design's bytes, x ${PLANNING.quotaHeadroom} headroom = ${percentage} % (at least ${PLANNING.minRequestPercentage} %), so the other flows keep the rest.`,
    });
  }
  return mergeQuotas(quotas);
}

function mergeQuotas(quotas: Quota[]): Quota[] {
  const byPrincipal = new Map<string, Quota>();
  for (const q of quotas) {
    const seen = byPrincipal.get(q.principal);
    if (!seen) {
      byPrincipal.set(q.principal, { ...q });
      continue;
    }
    // One principal writing several noisy flows: its quotas add up.
    if (q.producerByteRate) seen.producerByteRate = (seen.producerByteRate ?? 0) + q.producerByteRate;
    if (q.requestPercentage) seen.requestPercentage = (seen.requestPercentage ?? 0) + q.requestPercentage;
    seen.why = `${seen.why} ${q.why}`;
  }
  return [...byPrincipal.values()];
}
