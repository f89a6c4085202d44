import { configRule } from '../../engine.js';
import { scopesOf } from '../../inputs/names.js';
import { isPassThrough, KIND_SCOPES } from './scopes.js';

export const wrongScope = configRule({
  meta: {
    id: 'config/wrong-scope',
    severity: 'info',
    summary: 'A real setting in a file of another kind (a producer setting in a consumer file or in server.properties, a broker setting on a topic).',
    why: 'Clients ignore settings meant for another kind, so the value has no effect; topic commands reject broker-level names (log.retention.hours is retention.ms on a topic).',
    refs: ['https://kafka.apache.org/documentation/#topicconfigs', 'https://kafka.apache.org/documentation/#configuration'],
    fix: 'Move the setting to the configuration it belongs to, or use the topic-level name.',
    messages: {
      isASettingNot: '{{key}} is a {{value}} setting, not a {{kind}} one; {{detail}}',
      clientSettingInBrokerFile: '{{key}} is a {{value}} setting in a broker file ({{file}}): the broker ignores it; it belongs in {{where}}',
    },
    kinds: ['producer', 'consumer', 'topic', 'broker'],
  },
  check(ctx) {
    if (ctx.family !== 'java') return [];
    const own = KIND_SCOPES[ctx.config.kind];
    const topic = ctx.config.kind === 'topic';
    const broker = ctx.config.kind === 'broker';
    return (
      ctx.config.entries
        // A broker file holds topic-level names only as broker defaults, which the broker scope lists itself.
        .filter((e) => !isPassThrough(e.name) && scopesOf(e.name).size > 0 && !own.some((s) => scopesOf(e.name).has(s)) && !(broker && scopesOf(e.name).has('topic')))
        .map((e) => {
          const scopes = [...scopesOf(e.name)];
          if (broker) {
            const where =
              scopes
                .filter((s) => s === 'producer' || s === 'consumer' || s === 'admin')
                .map((s) => `the ${s}'s configuration`)
                .join(' or ') || `a ${scopes[0]} configuration`;
            return {
              messageId: 'clientSettingInBrokerFile' as const,
              data: { key: e.key, value: scopes.join('/'), file: ctx.config.label ?? ctx.config.file ?? 'broker configuration', where },
              setting: e.name,
              severity: 'warning' as const,
            };
          }
          return {
            messageId: 'isASettingNot' as const,
            data: { key: e.key, value: scopes.join('/'), kind: ctx.config.kind, detail: topic ? 'topic tools reject it' : 'this client ignores it' },
            setting: e.name,
            severity: topic ? ('warning' as const) : ('info' as const),
          };
        })
    );
  },
});
