import { configRule } from '../../engine.js';
import { consumerGroupProtocol, docRef, ms } from '../support.js';

export const heartbeatVsSession = configRule({
  meta: {
    id: 'group/heartbeat-vs-session',
    severity: 'error',
    summary: 'heartbeat.interval.ms not well below session.timeout.ms.',
    why: 'The coordinator drops a member that sends no heartbeat for session.timeout.ms. With a heartbeat interval at or above the session timeout the member is expelled between two heartbeats; above a third of it, one delayed heartbeat is enough.',
    fix: 'Keep heartbeat.interval.ms at no more than a third of session.timeout.ms.',
    refs: [docRef('consumer', 'heartbeat.interval.ms'), docRef('consumer', 'session.timeout.ms')],
    kinds: ['consumer', 'connect'],
    messages: {
      heartbeatIntervalMs: 'heartbeat.interval.ms {{hb}} {{detail}} {{detail2}} {{detail3}}',
    },
  },
  check(ctx) {
    if (!ctx.explicit('heartbeat.interval.ms') && !ctx.explicit('session.timeout.ms')) return [];
    if (consumerGroupProtocol(ctx)) return [];
    const hb = ctx.number('heartbeat.interval.ms');
    const session = ctx.number('session.timeout.ms');
    if (!(hb > session / 3)) return [];
    return [{
      messageId: 'heartbeatIntervalMs', data: { hb: ms(hb), detail: hb >= session ? '>=' : '>', detail2: hb >= session ? 'session.timeout.ms' : 'a third of session.timeout.ms', detail3: ms(hb >= session ? session : Math.floor(session / 3)) },
      setting: ctx.explicit('heartbeat.interval.ms') ? 'heartbeat.interval.ms' : 'session.timeout.ms',
      severity: hb >= session ? 'error' : 'warning',
    }];
  },
});
