// Consumer settings: when offsets are committed (the guarantee), how much one poll takes on (the
// poll loop must return within max.poll.interval.ms or the member is thrown out of the group),
// how rebalances behave, and where to fetch from.
import { clientDefault, clientLibrary, featureSupport } from '../../knowledge/clients.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';
import { compareVersions } from '../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { ConsumerDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import type { ConsumerPlan } from './consumer-plan.js';
import type { Rationale } from '../../model/design.js';
import { settingInDialect } from '../generate/client-config.js';
import { clientSetting, emptyDecision, merge, type ClientContext, type Decision } from './decision.js';
import { fmt, fmtBytes } from '../../model/units.js';
import { clientVersion } from './library-floors.js';

export interface ConsumerInputs {
  facts: Facts;
  flow: FlowFacts;
  topic: string;
  plan: ConsumerPlan;
  /** Records on the topic are written inside transactions. */
  readsTransactionalInput: boolean;
  /** The consumer's offsets are committed through the producer's transaction. */
  commitsInTransaction: boolean;
}

/** The largest "nice" number (1, 2, 5 x 10^k) not above n, so a limit reads as chosen, not computed to the unit. */
function niceFloor(n: number): number {
  if (n < 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [5, 2, 1]) if (m * p <= n) return m * p;
  return p;
}

type SetConsumer = (name: string, value: string, why: string, opts?: { explicit?: boolean; refs?: string[] }) => ReturnType<typeof clientSetting>;

/**
 * Poll loop: the work taken on between two polls must fit well inside the library's liveness
 * deadline. Where the library has a record count (max.poll.records) it is a setting; where the
 * application asks for N per call (librdkafka, franz-go) the design states N; kafkajs needs one
 * message to fit its session.
 */
function decidePollLoop(d: Decision, facts: Facts, flow: FlowFacts, set: SetConsumer): ConsumerDesign['pollBatch'] {
  const v = facts.kafkaVersion;
  const family = clientLibrary(facts.library)?.family ?? 'java';
  const loop = pollLoopFacts(family, facts.library, v);
  const p99 = flow.processing.p99Ms;
  const share = PLANNING.pollBatchShareOfInterval;
  if (loop.liveness.unit === 'message') {
    const session = Number(clientDefault('consumer', 'session.timeout.ms', v, facts.library).value);
    const name = loop.liveness.dialect ?? 'session.timeout.ms';
    if (p99 <= session * share) {
      d.rationale.push({
        setting: 'session.timeout.ms',
        why: `${loop.liveness.story}: one message at p99 ${fmt(p99)} ms <= ${name} ${fmt(session)} ms x ${share} margin; the default holds. ${loop.batch.story}.`,
        refs: [],
      });
    } else {
      const needed = Math.ceil(p99 / share / 1000) * 1000;
      merge(
        d,
        set(
          'session.timeout.ms',
          String(needed),
          `${loop.liveness.story}: one message at p99 ${fmt(p99)} ms > ${name} ${fmt(session)} ms x ${share} margin; ${fmt(p99)} ms / ${share} = ${fmt(needed)} ms (rounded up to a second).`,
        ),
      );
    }
    return undefined;
  }
  const interval = Number(clientDefault('consumer', 'max.poll.interval.ms', v, facts.library).value);
  const budget = interval * share;
  const fit = Math.floor(budget / p99);
  const dflt = loop.batch.setting ? loop.batch.default! : PLANNING.applicationPollBatch;
  const dfltWhy = loop.batch.setting
    ? `${fmt(dflt)} (default)`
    : `${fmt(dflt)} (a planning figure: ${facts.library} has no record-count setting for a group consumer, the application asks for N per call)`;
  const setBy = loop.batch.dialect ?? 'max.poll.records';
  const deadline = loop.liveness.unit === 'batch' ? `${loop.liveness.dialect} ${fmt(interval)} ms` : null;
  let records: number;
  if (!deadline) {
    records = dflt;
    d.rationale.push({ setting: 'pollBatch', why: `${setBy}: ${dfltWhy}. ${loop.liveness.story}, so a slow batch delays commits but does not expel the member.`, refs: [] });
  } else if (fit >= dflt) {
    records = dflt;
    d.rationale.push({
      setting: loop.batch.setting ?? 'pollBatch',
      why: `${setBy}: ${dfltWhy} x ${fmt(p99)} ms p99 = ${fmt((dflt * p99) / 1000)} s per poll, within half of ${deadline}${loop.batch.setting ? ': defaults hold' : ''}.`,
      refs: [],
    });
  } else if (fit >= 1) {
    records = niceFloor(fit);
    const why = `Worst case one poll's records all take p99: ${dfltWhy} x ${fmt(p99)} ms = ${fmt((dflt * p99) / 1000)} s > ${deadline} x ${share} margin. ${fmt(budget)} ms / ${fmt(p99)} ms = ${fit}, rounded down to ${records}: ${records} x ${fmt(p99)} ms = ${fmt((records * p99) / 1000)} s per poll (${setBy}).`;
    if (loop.batch.setting) merge(d, set(loop.batch.setting, String(records), why));
    else d.rationale.push({ setting: 'pollBatch', why, refs: [] });
  } else {
    records = 1;
    const needed = Math.ceil(p99 / share);
    const why = `A single record can take ${fmt(p99)} ms at p99: one record per poll (${setBy}).`;
    if (loop.batch.setting) merge(d, set(loop.batch.setting, '1', why));
    else d.rationale.push({ setting: 'pollBatch', why, refs: [] });
    merge(d, set('max.poll.interval.ms', String(needed), `One record at p99 (${fmt(p99)} ms) / ${share} margin = ${needed} ms, above the ${fmt(interval)} ms default.`));
  }
  // The config speaks canonical names: the batch is max.poll.records there, and generate turns it into the library's call.
  if (!loop.batch.setting && deadline) d.config['max.poll.records'] = String(records);
  return { records, setBy: setBy.replace(/\bN\b/, String(records)) };
}

export function designConsumer({ facts, flow, topic, plan, readsTransactionalInput, commitsInTransaction }: ConsumerInputs): ConsumerDesign {
  const v = facts.kafkaVersion;
  const ctx: ClientContext = { kafkaVersion: v, library: facts.library };
  const set = (name: string, value: string, why: string, opts?: { explicit?: boolean; refs?: string[] }) => clientSetting('consumer', ctx, name, value, why, opts);
  const d = emptyDecision();
  const family = clientLibrary(facts.library)?.family ?? 'java';

  const commitWhy =
    flow.consumption === 'every-instance'
      ? 'Every instance reads every partition without a group: there are no group offsets to commit; each instance keeps its position with its local copy (or rebuilds from the beginning).'
      : flow.delivery === 'at-most-once'
        ? 'At-most-once: commit right after each poll, before processing, so a crash skips records instead of repeating them; the auto-commit timer would commit at arbitrary points.'
        : commitsInTransaction
          ? "Offsets are committed inside the producer's transaction (sendOffsetsToTransaction), so input progress and output commit or abort together."
          : `${flow.delivery === 'exactly-once' ? 'Exactly-once toward a non-Kafka side effect is at-least-once plus deduplication' : 'At-least-once'}: commit only after a record is fully processed; the auto-commit timer could commit records still in flight and lose them on a crash.`;
  merge(d, set('enable.auto.commit', 'false', commitWhy, { explicit: true, refs: [DOCS.semantics] }));

  const reset = flow.state || flow.delivery !== 'at-most-once' ? 'earliest' : 'latest';
  merge(
    d,
    set(
      'auto.offset.reset',
      reset,
      reset === 'earliest'
        ? flow.state
          ? 'A new cache instance (a new group, or offsets expired) must rebuild from the beginning of the compacted topic.'
          : 'A new group (or one whose offsets expired) starts from the oldest retained record rather than silently skipping the backlog.'
        : 'Live data: a new group starts at the newest record; old samples are of no use.',
    ),
  );

  if (readsTransactionalInput || flow.delivery === 'exactly-once') {
    merge(
      d,
      set(
        'isolation.level',
        'read_committed',
        readsTransactionalInput
          ? 'The topic is written in transactions: read only committed records, never those of aborted transactions.'
          : 'Exactly-once downstream of a transactional writer: read only committed records.',
        { explicit: true, refs: [DOCS.transactions] },
      ),
    );
  }

  const pollBatch = decidePollLoop(d, facts, flow, set);
  if (plan.mode === 'key-ordered-parallel' || plan.mode === 'unordered-parallel') {
    d.rationale.push({
      setting: 'concurrency',
      why: `${plan.handlersPerInstance} handlers per instance run records in parallel${plan.mode === 'key-ordered-parallel' ? ` (one ${flow.key ?? 'key'} at a time per key)` : ''}; the poll loop keeps polling (pausing partitions when the handlers are full) and commits the highest offset below which every record is done.`,
      refs: [DOCS.parallelConsumer],
    });
  }

  if (flow.consumption === 'every-instance') {
    d.rationale.push(everyInstanceRationale(flow, plan));
    return consumerDesign(flow, topic, plan, facts, d, pollBatch);
  }

  // Rebalancing: KIP-848 where the cluster and the client library's release have it, cooperative otherwise.
  const protocol = featureSupport(facts.library, clientVersion(facts), 'consumer-group-protocol');
  const newProtocol = compareVersions(v, '4.0') >= 0 && protocol.available === 'yes';
  if (newProtocol) {
    merge(
      d,
      set(
        'group.protocol',
        'consumer',
        `Kafka ${v} with ${facts.library}${facts.libraryVersion ? ` ${facts.libraryVersion}` : ''}: the consumer group protocol of KIP-848 (GA in Kafka 4.0; ${protocol.floor.note}) assigns partitions on the broker and rebalances incrementally, without stopping the whole group. Session and heartbeat timing then come from the broker's group settings.`,
        { refs: [DOCS.kip848, DOCS.rebalanceProtocol] },
      ),
    );
  } else if (family === 'kafkajs') {
    d.rationale.push({
      setting: 'partition.assignment.strategy',
      why: 'kafkajs only has eager (stop-the-world) rebalancing: every rebalance pauses the whole group. Keep instance counts stable and deployments rolling slowly.',
      refs: [DOCS.rebalanceProtocol],
    });
  } else {
    // The config speaks Java values (code generation translates); the rationale speaks the user's library.
    const assignor = 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor';
    const why848 =
      compareVersions(v, '4.0') < 0
        ? `Kafka ${v} has no generally available broker-side assignment (KIP-848, from 4.0)`
        : protocol.available === 'unknown'
          ? `KIP-848 needs ${facts.library} ${protocol.floor.since}+ and the library version is not stated (see questions), so the classic protocol`
          : `${facts.library}${facts.libraryVersion ? ` ${facts.libraryVersion}` : ''} cannot use KIP-848 (${protocol.floor.note})`;
    merge(
      d,
      set(
        'partition.assignment.strategy',
        assignor,
        `${why848}: ${settingInDialect(facts.library, 'consumer', 'partition.assignment.strategy', assignor)} moves only the partitions that change owner, instead of stopping every member on each rebalance.`,
        { refs: [DOCS.rebalanceProtocol] },
      ),
    );
  }

  if (facts.racks !== null && facts.racks > 1 && family !== 'kafkajs') {
    merge(
      d,
      set(
        'client.rack',
        '${CLIENT_RACK}',
        `${facts.racks} racks: each instance names its rack (zone) so it fetches from a replica in its own rack (KIP-392) instead of crossing zones to the leader. Needs replica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector on the brokers.`,
        { refs: [DOCS.kip392, DOCS.rackAwareness] },
      ),
    );
  }

  return consumerDesign(flow, topic, plan, facts, d, pollBatch);
}

function consumerDesign(flow: FlowFacts, topic: string, plan: ConsumerPlan, facts: Facts, d: Decision, pollBatch: ReturnType<typeof decidePollLoop>): ConsumerDesign {
  return {
    flow: flow.name,
    topic,
    groupId: flow.sink,
    instances: plan.instances,
    assignment: plan.assignment,
    membersPerInstance: plan.membersPerInstance,
    handlersPerInstance: plan.handlersPerInstance,
    ...(pollBatch ? { pollBatch } : {}),
    client: facts.library,
    config: d.config,
    rationale: [{ setting: 'instances', why: plan.why, refs: [DOCS.consumerGroups, DOCS.littlesLaw] }, ...d.rationale],
  };
}

/** Each instance keeps its own copy: no group, its own position, a rebuild whose cost grows with the key count. */
function everyInstanceRationale(flow: FlowFacts, plan: ConsumerPlan): Rationale {
  const rate = plan.capacityPerSecond;
  const perMillion = 1_000_000 / rate;
  const size =
    flow.state || flow.deletes
      ? `the live keys x ${fmtBytes(flow.messageBytes)}`
      : flow.retentionMs > 0
        ? `${fmt(flow.averagePerSecond * flow.growthFactor)}/s x ${fmt(flow.retentionMs / 1000)} s retention = ${fmt(flow.averagePerSecond * flow.growthFactor * (flow.retentionMs / 1000))} records (${fmtBytes(flow.averagePerSecond * flow.growthFactor * (flow.retentionMs / 1000) * flow.messageBytes)})`
        : 'everything ever written';
  return {
    setting: 'assignment',
    why: `consumption every-instance: each instance calls assign() with every partition of the topic (no subscribe, no group membership, no committed group offsets: ${flow.sink} is only a client name here). On start it rebuilds from the beginning, or from a local checkpoint of offsets it stored with its copy, then keeps reading. The rebuild reads ${size}; at ${fmt(rate)} records/s per instance that is ${fmt(perMillion)} s per million ${flow.key ?? 'record'}s.`,
    refs: [DOCS.consumerGroups],
  };
}
