// The Kafka Streams configuration that follows from a processor's topology: the processing
// guarantee and commit interval (from its delivery and latency target), threads (from its tasks),
// standbys (from its largest task's restore time against the recovery target), internal topics'
// replication, state directory, optimization, join task idling and rack awareness.
import { compareVersions, defaultValue, numericDefault, setting } from '../../knowledge/catalog.js';
import { STREAMS_DOCS, STREAMS_FACTS, STREAMS_PLANNING } from '../../knowledge/streams.js';
import type { Rationale } from '../../model/design.js';
import type { Processor } from '../../model/requirements.js';
import { fmtMs } from '../../model/units.js';
import type { Facts } from '../deconstruct/normalize.js';
import type { ReplicationDecision } from './replication.js';
import { mb, ms } from './streams-operations.js';
import type { ProcessorTopology } from './streams-walk.js';
import type { StreamsPlan } from './streams.js';

export interface StreamsConfigInputs {
  facts: Facts;
  processor: Processor;
  appId: string;
  instances: number;
  delivery: string;
  replication: ReplicationDecision;
  walked: ProcessorTopology;
  /** Receives the assumption of a recovery target. */
  plan: StreamsPlan;
}

export interface StreamsSettings {
  config: Record<string, string>;
  rationale: Rationale[];
  notes: string[];
}

/** Adds the Kafka Streams configuration, each setting with its reason, to `out`. */
export function configureStreams(inputs: StreamsConfigInputs, out: StreamsSettings): void {
  const { appId } = inputs;
  out.config['application.id'] = appId;
  out.rationale.push({
    setting: 'application.id',
    why: `${appId}: names the consumer group and prefixes every internal topic; changing it later starts the application from scratch with empty state.`,
    refs: [STREAMS_DOCS.config],
  });
  guaranteeAndCommit(inputs, out);
  threads(inputs, out);
  standbys(inputs, out);
  internalTopicsAndState(inputs, out);
  rackAwareness(inputs.facts, out);
  const { facts } = inputs;
  if (inputs.delivery === 'exactly-once' && compareVersions(facts.kafkaVersion, STREAMS_FACTS.eosV2BrokerFloor) < 0)
    out.notes.push(`exactly_once_v2 needs brokers ${STREAMS_FACTS.eosV2BrokerFloor}+; this cluster runs ${facts.kafkaVersion}.`);
}

/** Exactly-once commits in transactions every 100 ms; at-least-once commits at the default, or faster for a tight output latency target. */
function guaranteeAndCommit({ facts, processor, delivery }: StreamsConfigInputs, { config, rationale }: StreamsSettings): void {
  if (delivery === 'exactly-once') {
    config['processing.guarantee'] = 'exactly_once_v2';
    config['commit.interval.ms'] = String(STREAMS_FACTS.eosCommitIntervalMs);
    rationale.push({
      setting: 'processing.guarantee',
      why: `exactly-once: exactly_once_v2 commits input offsets, state changelogs and outputs in one transaction per thread; it needs brokers ${STREAMS_FACTS.eosV2BrokerFloor} or newer (this cluster: ${facts.kafkaVersion}).`,
      refs: [STREAMS_DOCS.eos],
    });
    rationale.push({
      setting: 'commit.interval.ms',
      why: `${STREAMS_FACTS.eosCommitIntervalMs} ms (the exactly-once default): read_committed consumers see output only when the transaction commits, so this adds up to ${STREAMS_FACTS.eosCommitIntervalMs} ms to end-to-end latency; raising it trades latency for fewer transactions.`,
      refs: [STREAMS_DOCS.config],
    });
    return;
  }
  const commitDefault = numericDefault('streams', 'commit.interval.ms', facts.documentedVersion);
  const target = outputLatencyTarget(facts, processor);
  const commit = target !== null && target < commitDefault ? Math.max(100, Math.floor(target / 2)) : commitDefault;
  config['processing.guarantee'] = 'at_least_once';
  config['commit.interval.ms'] = String(commit);
  rationale.push({
    setting: 'commit.interval.ms',
    why:
      commit === commitDefault
        ? `${commit} ms (the default for ${facts.kafkaVersion}): with record caches on, aggregation updates are forwarded at each commit, so results can lag up to ${fmtMs(commit)}; after a crash up to that much input is reprocessed.`
        : `output latency target ${target} ms < default ${commitDefault} ms: target / 2 = ${commit} ms, so cached aggregation updates are flushed in time.`,
    refs: [STREAMS_DOCS.config],
  });
}

/** The tightest p99 latency among the flows the processor writes, if any is stated. */
function outputLatencyTarget(facts: Facts, p: Processor): number | null {
  const targets = (p.outputs ?? []).map((o) => facts.flows.find((f) => f.name === o)?.latencyP99Ms ?? null).filter((x): x is number => x !== null);
  return targets.length ? Math.min(...targets) : null;
}

/** One thread per task an instance holds, up to the planning cap per instance. */
function threads({ instances, walked }: StreamsConfigInputs, { config, rationale }: StreamsSettings): void {
  const { subtopologies } = walked;
  const totalTasks = subtopologies.every((s) => s.tasks !== null) ? subtopologies.reduce((a, s) => a + s.tasks!, 0) : null;
  if (totalTasks === null) return;
  const perInstance = Math.ceil(totalTasks / instances);
  const threads = Math.max(1, Math.min(perInstance, STREAMS_PLANNING.maxThreadsPerInstance));
  config['num.stream.threads'] = String(threads);
  rationale.push({
    setting: 'num.stream.threads',
    why: `tasks ${subtopologies.map((s) => s.tasks).join(' + ')} = ${totalTasks} over ${instances} instances = ${perInstance} per instance; min(${perInstance}, ${STREAMS_PLANNING.maxThreadsPerInstance} threads per instance, one per core) = ${threads}.${perInstance > threads ? ' More instances, not threads, add parallelism beyond that.' : ''}`,
    refs: [STREAMS_DOCS.scaling],
  });
}

/** A standby when the largest task's state takes longer to restore than the recovery target allows. */
function standbys({ processor: p, instances, walked, plan }: StreamsConfigInputs, { config, rationale, notes }: StreamsSettings): void {
  const { stores, subtopologies, storeSubtopology } = walked;
  const recoverMs = ms(p.recover_within) ?? STREAMS_PLANNING.recoverWithinMs;
  if (p.recover_within === undefined && stores.length)
    plan.assumptions.push({ field: `processors.${p.name}.recover_within`, value: fmtMs(recoverMs), why: 'not given; a replacement instance should be processing again within this time' });
  const perTask = subtopologies
    .map((sub) => {
      const own = stores.filter((st) => storeSubtopology.get(st.name) === sub.id && st.kind !== 'global-table');
      return { sub, bytes: own.some((st) => st.bytes !== null) && sub.tasks ? own.reduce((a, st) => a + (st.bytes ?? 0), 0) / sub.tasks : null };
    })
    .filter((x) => x.bytes !== null);
  const largest = perTask.sort((a, b) => b.bytes! - a.bytes!)[0];
  if (!largest) return;
  const largestTaskBytes = largest.bytes!;
  const restore = largestTaskBytes / STREAMS_PLANNING.restoreBytesPerSecond;
  const standbys = restore * 1000 > recoverMs ? 1 : 0;
  config['num.standby.replicas'] = String(standbys);
  rationale.push({
    setting: 'num.standby.replicas',
    why: `largest task: sub-topology ${largest.sub.id}, its stores / ${largest.sub.tasks} tasks = ${mb(largestTaskBytes)}; restore at ${mb(STREAMS_PLANNING.restoreBytesPerSecond)}/s (planning figure) = ${restore.toFixed(1)} s ${standbys ? `> ${fmtMs(recoverMs)} target: one standby keeps a warm copy elsewhere, so failover skips the restore` : `<= ${fmtMs(recoverMs)} target: no standby needed`}.`,
    refs: [STREAMS_DOCS.stateStores],
  });
  if (standbys && instances < 2) notes.push('A standby needs a second instance to live on: run at least 2 instances.');
}

/** Internal topics' replication, a persistent state directory, topology optimization and join task idling. */
function internalTopicsAndState({ facts, appId, replication, walked }: StreamsConfigInputs, { config, rationale }: StreamsSettings): void {
  const { stores, internalTopics, joins } = walked;
  config['replication.factor'] = String(replication.replicationFactor);
  rationale.push({
    setting: 'replication.factor',
    why: `internal topics (repartition, changelog) get the same ${replication.replicationFactor} replicas as the application's topics; the default ${defaultValue('streams', 'replication.factor', facts.documentedVersion)} means the broker's default.replication.factor, which is 1 on many development clusters.`,
    refs: [STREAMS_DOCS.internalTopics],
  });
  if (stores.length) {
    config['state.dir'] = `${STREAMS_PLANNING.stateDir}/${appId}`;
    rationale.push({
      setting: 'state.dir',
      why: `the default (${defaultValue('streams', 'state.dir', facts.documentedVersion)}) is a temporary directory: mount a persistent volume here so a restart reuses local state instead of restoring it from changelogs.`,
      refs: [STREAMS_DOCS.config],
    });
  }
  if (internalTopics.some((t) => t.kind === 'repartition') || stores.some((s) => s.kind === 'table')) {
    config['topology.optimization'] = 'all';
    rationale.push({
      setting: 'topology.optimization',
      why: "all: merges repartition topics of the same key change and reuses a table's input topic as its changelog (default none).",
      refs: [STREAMS_DOCS.optimization],
    });
  }
  if (joins.some((j) => j.type !== 'global-table' && j.type !== 'foreign-key')) {
    config['max.task.idle.ms'] = String(STREAMS_PLANNING.joinTaskIdleMs);
    rationale.push({
      setting: 'max.task.idle.ms',
      why: `${STREAMS_PLANNING.joinTaskIdleMs} ms (default ${defaultValue('streams', 'max.task.idle.ms', facts.documentedVersion)}): a join task waits this long for data on every input before processing, so a late-arriving side does not make records miss their match.`,
      refs: [STREAMS_DOCS.joins],
    });
  }
}

/** Over several racks: tasks placed to cut cross-rack traffic, standbys in another zone where the version can. */
function rackAwareness(facts: Facts, { config, rationale }: StreamsSettings): void {
  if (facts.racks === null || facts.racks <= 1) return;
  config['client.rack'] = '${CLIENT_RACK}';
  const strategy = setting('streams', 'rack.aware.assignment.strategy', facts.documentedVersion);
  if (strategy) config['rack.aware.assignment.strategy'] = 'balance_subtopology';
  if (setting('streams', 'rack.aware.assignment.tags', facts.documentedVersion) && config['num.standby.replicas'] === '1') {
    config['rack.aware.assignment.tags'] = 'zone';
    config['client.tag.zone'] = '${CLIENT_RACK}';
  }
  rationale.push({
    setting: 'client.rack',
    why: `${facts.racks} racks: with client.rack set${strategy ? ', rack.aware.assignment.strategy places tasks to cut cross-rack traffic' : ''}${config['rack.aware.assignment.tags'] ? '; rack.aware.assignment.tags with client.tag.zone puts standbys in another zone' : ''}; each instance reads its rack from the environment variable CLIENT_RACK.`,
    refs: [STREAMS_DOCS.config],
  });
}
