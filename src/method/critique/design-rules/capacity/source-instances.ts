import { docUrl, numericDefault } from '../../../../knowledge/catalog.js';
import { clientDefault } from '../../../../knowledge/clients.js';
import { PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtMs } from '../../../../model/units.js';
import { designRule, type DesignHit } from '../types.js';

/** Many producing processes: connections and idempotent producer state held by every broker. */
export const sourceInstances = designRule({
  meta: {
    id: 'capacity/source-instances',
    severity: 'warning',
    summary: 'So many producing processes that broker connections or idempotent producer state grow past what brokers carry comfortably.',
    why: 'Every producer process holds a connection to each broker leading a partition it writes, and every idempotent producer gets a producer id whose state (last sequence numbers per partition) each replica keeps in memory and in its snapshots until producer.id.expiration.ms after its last write. Restarts and short-lived processes mint new ids, so the state outlives the processes.',
    refs: [docUrl('broker', 'producer.id.expiration.ms'), docUrl('broker', 'max.connections')],
    fix: 'Put an aggregation tier in front (a collector or REST proxy that batches for many sources), write fewer partitions per producer, or use acks=1 without idempotence where duplicates are allowed; lower producer.id.expiration.ms on the brokers when processes are short-lived.',
    messages: {
      connections: '{{connections}}{{states}}. Options: {{options}}.',
    },
  },
  check({ facts, design }) {
    const hits: DesignHit<'connections'>[] = [];
    for (const flow of facts.flows) {
      const instances = flow.sourceInstances;
      if (instances === null) continue;
      const producer = design.producers.find((p) => p.flow === flow.name);
      const topic = design.topics.find((t) => t.flows.includes(flow.name) && t.role === 'events');
      if (!producer || !topic) continue;
      const connections = (instances * Math.min(facts.brokers, topic.partitions)) / facts.brokers;
      const idempotent = (producer.config['enable.idempotence'] ?? clientDefault('producer', 'enable.idempotence', facts.kafkaVersion, producer.client).value) === 'true';
      const states = idempotent ? (instances * topic.partitions * topic.replicationFactor) / facts.brokers : 0;
      const over = connections > PLANNING.connectionsPerBrokerComfort || states > PLANNING.producerStatesPerBrokerComfort;
      if (!over) continue;
      const expiration = numericDefault('broker', 'producer.id.expiration.ms', facts.kafkaVersion);
      const connText = `${fmt(instances)} producing processes x ${Math.min(facts.brokers, topic.partitions)} broker(s) leading ${topic.name}'s partitions / ${facts.brokers} broker(s) = ~${fmt(Math.round(connections))} producer connections per broker (comfort ~${fmt(PLANNING.connectionsPerBrokerComfort)})`;
      const stateText = idempotent
        ? `; idempotent: ${fmt(instances)} producer ids x ${topic.partitions} partitions x ${topic.replicationFactor} replicas / ${facts.brokers} broker(s) = ~${fmt(Math.round(states))} producer states per broker (comfort ~${fmt(PLANNING.producerStatesPerBrokerComfort)}), each kept ${fmtMs(expiration)} (producer.id.expiration.ms) after its last write, and every restart adds new ids`
        : '';
      const options = [
        'an aggregation tier (a collector or REST proxy) so a few producers write for all sources',
        `fewer partitions per producer (each process pinned to a few of the ${topic.partitions})`,
        ...(idempotent && flow.delivery !== 'exactly-once' ? [`acks=1 without idempotence, if duplicates on retry are acceptable for ${flow.delivery}`] : []),
        ...(idempotent ? ['a shorter producer.id.expiration.ms on the brokers for short-lived processes'] : []),
      ];
      hits.push({ flow: flow.name, messageId: 'connections', data: { connections: connText, states: stateText, options: options.join('; ') } });
    }
    return hits;
  },
});
