import { didYouMean } from '../../../../model/errors.js';
import { librdkafkaProperties } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { librdkafkaProperty } from '../../inputs/names.js';
import { CLIENT_KINDS, LIBRDKAFKA_CONFIGURATION } from '../support.js';

/** Keys the Confluent wrappers or example loaders consume before librdkafka sees the config. */
const WRAPPER_KEYS = /^(schema\.registry\.|basic\.auth\.|bearer\.auth\.)|_/;

export const librdkafkaUnknownProperty = configRule({
  meta: {
    id: 'client/librdkafka-unknown-property',
    severity: 'error',
    summary: 'A property librdkafka does not have.',
    why: 'librdkafka rejects unknown properties when the client is created ("No such configuration property"), so confluent-kafka-python/go/javascript fail at start; Java-only names such as key.serializer do not exist there.',
    refs: [LIBRDKAFKA_CONFIGURATION],
    fix: 'Use the librdkafka property name (see CONFIGURATION.md) or remove the line.',
    messages: {
      isNotALibrdkafka: '{{key}} is not a librdkafka property{{detail}}',
    },
    kinds: CLIENT_KINDS,
  },
  check(ctx) {
    // Only files written for librdkafka; configs built in code use Java names.
    if (ctx.config.format !== 'librdkafka') return [];
    return ctx.config.entries
      .filter((e) => !librdkafkaProperty(e.key) && !WRAPPER_KEYS.test(e.key))
      .map((e) => {
        const near = didYouMean(
          e.key,
          librdkafkaProperties().map((p) => p.name),
          1,
        );
        return { messageId: 'isNotALibrdkafka', data: { key: e.key, detail: near.length ? `; did you mean ${near[0]}?` : '' }, setting: e.name };
      });
  },
});
