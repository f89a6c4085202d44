import { configRule } from '../../engine.js';
import { docRef, SERVER_KINDS } from '../support.js';

const PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];

export const listenerWithoutProtocol = configRule({
  meta: {
    id: 'broker/listener-without-protocol',
    severity: 'error',
    summary: 'A listener name with no security protocol in listener.security.protocol.map.',
    why: 'A custom listener name (INTERNAL, EXTERNAL, DOCKER) must be mapped to a security protocol; otherwise the broker fails at start-up with "No security protocol defined for listener".',
    refs: [docRef('broker', 'listener.security.protocol.map'), docRef('broker', 'listeners')],
    fix: 'Add NAME:PROTOCOL for each listener name to listener.security.protocol.map.',
    messages: {
      listenerInListenersHas: 'listener {{n}} in listeners has no entry in listener.security.protocol.map',
    },
    kinds: SERVER_KINDS,
  },
  check(ctx) {
    const listeners = ctx.explicit('listeners');
    const map = ctx.value('listener.security.protocol.map');
    if (!listeners || map === null) return [];
    const mapped = new Set(map.split(',').map((p) => p.split(':')[0]!.trim().toUpperCase()));
    // Controller listeners fall back to PLAINTEXT when unmapped in KRaft.
    const controllers = new Set((ctx.value('controller.listener.names') ?? '').split(',').map((n) => n.trim().toUpperCase()));
    const names = listeners.value
      .split(',')
      .map((l) => /^\s*([A-Za-z0-9_]+):\/\//.exec(l)?.[1]?.toUpperCase())
      .filter((n): n is string => !!n);
    return names.filter((n) => !mapped.has(n) && !PROTOCOLS.includes(n) && !controllers.has(n)).map((n) => ({ messageId: 'listenerInListenersHas', data: { n }, setting: 'listeners' }));
  },
});
