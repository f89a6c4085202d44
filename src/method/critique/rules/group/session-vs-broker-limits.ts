import { defaultValue } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { consumerGroupProtocol, docRef, GROUP_MEMBER_KINDS } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

export const sessionVsBrokerLimits = configRule({
  meta: {
    id: 'group/session-vs-broker-limits',
    severity: 'error',
    summary: "session.timeout.ms outside the broker's group.min/max.session.timeout.ms.",
    why: 'The group coordinator rejects a JoinGroup whose session timeout is outside its bounds (INVALID_SESSION_TIMEOUT), so the consumer never joins its group.',
    refs: [docRef('consumer', 'session.timeout.ms'), docRef('broker', 'group.max.session.timeout.ms'), docRef('broker', 'group.min.session.timeout.ms')],
    fix: "Choose session.timeout.ms between the broker's group.min.session.timeout.ms and group.max.session.timeout.ms, or change those broker settings.",
    messages: {
      sessionTimeoutMsGroupMaxSessionTimeoutMsTheConsumer: 'session.timeout.ms {{session}} > {{source}} group.max.session.timeout.ms {{max}}: the consumer cannot join',
      sessionTimeoutMsGroupMinSessionTimeoutMsTheConsumer: 'session.timeout.ms {{session}} < {{source}} group.min.session.timeout.ms {{min}}: the consumer cannot join',
    },
    kinds: GROUP_MEMBER_KINDS,
  },
  check(ctx) {
    if (!ctx.explicit('session.timeout.ms') || consumerGroupProtocol(ctx)) return [];
    const session = ctx.number('session.timeout.ms');
    const broker = (name: string) => Number(ctx.cluster?.value(name) ?? defaultValue('broker', name, ctx.kafkaVersion));
    const max = broker('group.max.session.timeout.ms');
    const min = broker('group.min.session.timeout.ms');
    const source = ctx.cluster ? 'broker' : 'broker default';
    if (session > max)
      return [{ messageId: 'sessionTimeoutMsGroupMaxSessionTimeoutMsTheConsumer', data: { session: fmtConfigMs(session), source, max: fmtConfigMs(max) }, setting: 'session.timeout.ms' }];
    if (session < min)
      return [{ messageId: 'sessionTimeoutMsGroupMinSessionTimeoutMsTheConsumer', data: { session: fmtConfigMs(session), source, min: fmtConfigMs(min) }, setting: 'session.timeout.ms' }];
    return [];
  },
});
