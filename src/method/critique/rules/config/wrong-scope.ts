import type { Rule } from '../../engine.js';
import { scopesOf } from '../../inputs/names.js';
import { isPassThrough, KIND_SCOPES } from './scopes.js';

export const wrongScope: Rule = {
  id: 'config/wrong-scope',
  severity: 'info',
  summary: 'A real setting in a file of another kind (a producer setting in a consumer file or in server.properties, a broker setting on a topic).',
  why: 'Clients ignore settings meant for another kind, so the value has no effect; topic commands reject broker-level names (log.retention.hours is retention.ms on a topic).',
  fix: 'Move the setting to the configuration it belongs to, or use the topic-level name.',
  refs: ['https://kafka.apache.org/documentation/#topicconfigs', 'https://kafka.apache.org/documentation/#configuration'],
  kinds: ['producer', 'consumer', 'topic', 'broker'],
  check(ctx) {
    if (ctx.family !== 'java') return [];
    const own = KIND_SCOPES[ctx.config.kind];
    const topic = ctx.config.kind === 'topic';
    const broker = ctx.config.kind === 'broker';
    return ctx.config.entries
      // A broker file may hold topic-level names only as broker defaults, which the broker scope lists itself.
      .filter((e) => !isPassThrough(e.name) && scopesOf(e.name).size > 0 && !own.some((s) => scopesOf(e.name).has(s)) && !(broker && scopesOf(e.name).has('topic')))
      .map((e) => {
        const scopes = [...scopesOf(e.name)];
        const where = scopes.filter((s) => s === 'producer' || s === 'consumer' || s === 'admin').map((s) => `the ${s}'s configuration`).join(' or ');
        return broker
          ? { message: `${e.key} is a ${scopes.join('/')} setting in a broker file${ctx.config.file ? ` (${ctx.config.label ?? ctx.config.file})` : ''}: the broker ignores it; it belongs in ${where || `a ${scopes[0]} configuration`}`, setting: e.name, severity: 'warning' as const }
          : {
            message: `${e.key} is a ${scopes.join('/')} setting, not a ${ctx.config.kind} one; ${topic ? 'topic tools reject it' : 'this client ignores it'}`,
            setting: e.name,
            severity: topic ? 'warning' as const : 'info' as const,
          };
      });
  },
};
