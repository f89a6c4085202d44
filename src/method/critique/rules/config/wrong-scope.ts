import { configRule } from '../../engine.js';
import { scopesOf } from '../../inputs/names.js';
import { isPassThrough, KIND_SCOPES } from './scopes.js';

export const wrongScope = configRule({
  meta: {
    id: 'config/wrong-scope',
    severity: 'info',
    summary: 'A real setting in a file of another kind (a producer setting in a consumer file, a broker setting on a topic).',
    why: 'Clients ignore settings meant for another kind, so the value has no effect; topic commands reject broker-level names (log.retention.hours is retention.ms on a topic).',
    fix: 'Move the setting to the configuration it belongs to, or use the topic-level name.',
    refs: ['https://kafka.apache.org/documentation/#topicconfigs', 'https://kafka.apache.org/documentation/#configuration'],
    kinds: ['producer', 'consumer', 'topic'],
    messages: {
      isASettingNot: '{{key}} is a {{value}} setting, not a {{kind}} one; {{detail}}',
    },
  },
  check(ctx) {
    if (ctx.family !== 'java') return [];
    const own = KIND_SCOPES[ctx.config.kind];
    const topic = ctx.config.kind === 'topic';
    return ctx.config.entries
      .filter((e) => !isPassThrough(e.name) && scopesOf(e.name).size > 0 && !own.some((s) => scopesOf(e.name).has(s)))
      .map((e) => ({
        messageId: 'isASettingNot', data: { key: e.key, value: [...scopesOf(e.name)].join('/'), kind: ctx.config.kind, detail: topic ? 'topic tools reject it' : 'this client ignores it' },
        setting: e.name,
        severity: topic ? 'warning' as const : 'info' as const,
      }));
  },
});
