import { configRule } from '../../engine.js';
import { consumerGroupProtocol, docRef } from '../support.js';

/** Settings the KIP-848 protocol moves to the broker; the Java client refuses them with group.protocol=consumer. */
const BROKER_SIDE = ['session.timeout.ms', 'heartbeat.interval.ms', 'partition.assignment.strategy'];

export const consumerProtocolClientSettings = configRule({
  meta: {
    id: 'group/consumer-protocol-client-settings',
    severity: 'error',
    summary: 'Group settings of the other protocol: session, heartbeat or client assignor with group.protocol=consumer, or group.remote.assignor with classic.',
    why: 'Under the consumer group protocol (KIP-848) the broker owns session timeout, heartbeat interval and assignment (group.consumer.* broker settings, group.remote.assignor on the client); under the classic protocol the client assigns. The Java consumer refuses a setting of the other protocol with a ConfigException at construction.',
    refs: [docRef('consumer', 'group.protocol'), 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-848%3A+The+Next+Generation+of+the+Consumer+Rebalance+Protocol'],
    fix: 'With group.protocol=consumer remove session.timeout.ms, heartbeat.interval.ms and partition.assignment.strategy (set group.consumer.session.timeout.ms and group.consumer.heartbeat.interval.ms on the broker, group.remote.assignor on the client if needed); with classic remove group.remote.assignor.',
    messages: {
      isSetWithThe: '{{key}} is set with the classic group protocol, which assigns on the client',
      isSetWithGroupProtocol: '{{explicitKey}} is set with group.protocol=consumer, where the broker decides it',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    if (!consumerGroupProtocol(ctx)) {
      const remote = ctx.explicit('group.remote.assignor');
      return remote && ctx.family === 'java' ? [{ messageId: 'isSetWithThe', data: { key: remote.key }, setting: 'group.remote.assignor' }] : [];
    }
    return BROKER_SIDE.filter((name) => ctx.explicit(name)).map((name) => ({
      messageId: 'isSetWithGroupProtocol',
      data: { explicitKey: ctx.explicit(name)!.key },
      setting: name,
      severity: ctx.family === 'java' ? ('error' as const) : ('warning' as const),
    }));
  },
});
