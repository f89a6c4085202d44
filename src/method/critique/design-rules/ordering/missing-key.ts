import { DOCS } from '../../../../knowledge/planning.js';
import { designRule } from '../types.js';

/** Per-key order without a key gives no order at all. */
export const missingKey = designRule({
  meta: {
    id: 'ordering/missing-key',
    severity: 'error',
    summary: 'Per-key order is required but the records have no key.',
    why: 'Unkeyed records are spread over partitions, so two events of the same entity can be read in either order.',
    refs: [DOCS.ordering],
    fix: "Name the entity id as the flow's key (e.g. key: order_id).",
    messages: {
      flowNeedsPerKey: 'Flow "{{name}}" needs per-key order but has no key: its events will arrive out of order.',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow }) => (flow.ordering === 'per-key' && !flow.key ? [{ flow: flow.name, messageId: 'flowNeedsPerKey', data: { name: flow.name } }] : []));
  },
});
