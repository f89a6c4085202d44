import { kafkajsOptions } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { KAFKAJS_CONSUMING, KAFKAJS_PRODUCING } from '../support.js';

export const kafkajsUnknownOption = configRule({
  meta: {
    id: 'client/kafkajs-unknown-option',
    severity: 'warning',
    summary: 'An option kafkajs does not know.',
    why: 'kafkajs ignores options it does not know without a word, so a misspelt or Java-style option (sessionTimeoutMs, enable.idempotence) silently keeps the default.',
    refs: [KAFKAJS_PRODUCING, KAFKAJS_CONSUMING],
    fix: 'Use the kafkajs option name (camelCase, see the kafkajs docs) or remove it.',
    messages: {
      isNotAKafkajs: '{{key}} is not a kafkajs option',
    },
    kinds: ['producer', 'consumer', 'client'],
  },
  check(ctx) {
    // Only files written in kafkajs options; configs built in code use Java names.
    if (ctx.config.format !== 'kafkajs') return [];
    const known = new Set(
      Object.values(kafkajsOptions())
        .flat()
        .map((o) => o.option.split('.')[0]!),
    );
    return ctx.config.entries.filter((e) => !known.has(e.key.split('.').at(-1)!)).map((e) => ({ messageId: 'isNotAKafkajs', data: { key: e.key }, setting: e.name }));
  },
});
