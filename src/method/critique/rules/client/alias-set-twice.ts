import { configRule } from '../../engine.js';
import { shownValue } from '../../secrets.js';
import { CLIENT_KINDS, LIBRDKAFKA_CONFIGURATION } from '../support.js';

export const aliasSetTwice = configRule({
  meta: {
    id: 'client/alias-set-twice',
    severity: 'warning',
    summary: 'One setting written under two names (a librdkafka alias and its native name) with different values.',
    why: 'librdkafka applies properties in order, so whichever alias comes last wins (linger.ms vs queue.buffering.max.ms, acks vs request.required.acks); the file reads as if both hold.',
    refs: [LIBRDKAFKA_CONFIGURATION],
    fix: 'Keep one of the two names.',
    messages: {
      setTheSameThing: '{{list}} set the same thing; the last one wins',
    },
    kinds: CLIENT_KINDS,
  },
  check(ctx) {
    const byName = new Map<string, Array<{ key: string; value: string }>>();
    for (const e of ctx.config.entries) byName.set(e.name, [...(byName.get(e.name) ?? []), { key: e.key, value: e.value }]);
    const hits = [];
    for (const [name, list] of byName) {
      const keys = new Set(list.map((l) => l.key));
      const values = new Set(list.map((l) => l.value.trim()));
      if (keys.size > 1 && values.size > 1) hits.push({ messageId: 'setTheSameThing', data: { list: list.map((l) => `${l.key}=${shownValue(l.key, l.value)}`).join(' and ') }, setting: name });
    }
    return hits;
  },
});
