import { configRule } from '../../engine.js';
import { consumerGroupProtocol, docRef, GROUP_MEMBER_KINDS } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

export const heartbeatVsSession = configRule({
  meta: {
    id: 'group/heartbeat-vs-session',
    severity: 'error',
    summary: 'heartbeat.interval.ms not well below session.timeout.ms.',
    why: 'The coordinator drops a member that sends no heartbeat for session.timeout.ms. With a heartbeat interval at or above the session timeout the member is expelled between two heartbeats; above a third of it, one delayed heartbeat is enough.',
    refs: [docRef('consumer', 'heartbeat.interval.ms'), docRef('consumer', 'session.timeout.ms')],
    fix: 'Keep heartbeat.interval.ms at no more than a third of session.timeout.ms.',
    messages: {
      atOrAboveSession: 'heartbeat.interval.ms {{heartbeat}} >= session.timeout.ms {{session}}',
      aboveThirdOfSession: 'heartbeat.interval.ms {{heartbeat}} > a third of session.timeout.ms {{third}}',
    },
    kinds: GROUP_MEMBER_KINDS,
  },
  check(ctx) {
    if (!ctx.explicit('heartbeat.interval.ms') && !ctx.explicit('session.timeout.ms')) return [];
    if (consumerGroupProtocol(ctx)) return [];
    const hb = ctx.number('heartbeat.interval.ms');
    const session = ctx.number('session.timeout.ms');
    if (!(hb > session / 3)) return [];
    return [
      {
        ...(hb >= session
          ? { messageId: 'atOrAboveSession' as const, data: { heartbeat: fmtConfigMs(hb), session: fmtConfigMs(session) } }
          : { messageId: 'aboveThirdOfSession' as const, data: { heartbeat: fmtConfigMs(hb), third: fmtConfigMs(Math.floor(session / 3)) } }),
        setting: ctx.explicit('heartbeat.interval.ms') ? 'heartbeat.interval.ms' : 'session.timeout.ms',
        severity: hb >= session ? 'error' : 'warning',
      },
    ];
  },
});
