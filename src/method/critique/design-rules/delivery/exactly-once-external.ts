import { DOCS } from '../../../../knowledge/planning.js';
import { designRule } from '../types.js';

/** Exactly-once was asked for across a side effect Kafka transactions cannot cover. */
export const exactlyOnceExternal = designRule({
  meta: {
    id: 'delivery/exactly-once-external-side-effect',
    severity: 'warning',
    summary: "Exactly-once is asked for, but the consumer's effect is outside Kafka.",
    why: 'Kafka transactions commit Kafka writes and consumer offsets atomically; an email, an HTTP call or a database write is not part of them, so a crash after the effect and before the commit repeats the effect.',
    refs: [DOCS.semantics, DOCS.transactions],
    fix: 'Treat the flow as at-least-once and make the effect idempotent: deduplicate by event id in the target, or pass the event id as an idempotency key to the API.',
    messages: {
      flowAsksForExactly:
        'Flow "{{name}}" asks for exactly-once, but its consumer {{detail}}: Kafka transactions cannot cover that side effect. The design delivers at-least-once and deduplicates by event id (idempotent consumer).',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow }) => {
      const effect = flow.processing.sideEffects;
      if (flow.delivery !== 'exactly-once' || (effect !== 'external-api' && effect !== 'database')) return [];
      return [{ flow: flow.name, messageId: 'flowAsksForExactly', data: { name: flow.name, detail: effect === 'external-api' ? 'calls an external API' : 'writes a database' } }];
    });
  },
});
