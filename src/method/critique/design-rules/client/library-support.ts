import { designRule } from '../types.js';

/** Libraries no longer maintained, and the supported path for their users. */
const UNMAINTAINED: Readonly<Record<string, { since: string; instead: string; why: string }>> = {
  kafkajs: {
    since: '2023',
    instead: '@confluentinc/kafka-javascript (librdkafka-based, with a kafkajs-compatible API)',
    why: 'its last release is 2.2.4 (February 2023): no KIP-848 consumer protocol, no cooperative rebalancing, no built-in lz4/zstd, no fixes for newer brokers',
  },
};

export const librarySupport = designRule({
  meta: {
    id: 'client/library-support',
    severity: 'info',
    summary: 'The design names a client library that is no longer maintained.',
    why: 'An unmaintained client gets no fixes for new broker versions or protocols, and its gaps (rebalancing, codecs) shape the design around it.',
    refs: ['https://github.com/tulios/kafkajs', 'https://github.com/confluentinc/confluent-kafka-javascript'],
    fix: 'Plan the move to the supported client named in the finding; until then, keep to what the library does support.',
    messages: {
      unmaintained: '{{library}} is unmaintained since {{since}}: {{why}}. The supported path is {{instead}}.',
    },
  },
  check({ facts }) {
    const status = UNMAINTAINED[facts.library];
    if (!status) return [];
    return [{ flow: facts.flows[0]?.name ?? '', messageId: 'unmaintained', data: { library: facts.library, ...status } }];
  },
});
