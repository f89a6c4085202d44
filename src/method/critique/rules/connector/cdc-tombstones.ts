import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { origin } from '../support.js';
import { isDebeziumSource, lower, routesOutbox } from './support.js';

export const cdcTombstones = configRule({
  meta: {
    id: 'connector/cdc-tombstones',
    severity: 'warning',
    summary: 'Debezium tombstones on the wrong side: off for a table change stream, on for an outbox.',
    why: "A change stream needs a tombstone after each delete: compaction removes the key and sinks delete the row or document; without it deleted rows live forever downstream. An outbox is the opposite: its rows are deleted as housekeeping, and a tombstone per delete would erase the aggregate's key downstream.",
    refs: [
      connectorDocUrl('io.debezium.connector.postgresql.PostgresConnector', 'tombstones.on.delete'),
      'https://debezium.io/documentation/reference/stable/transformations/outbox-event-router.html',
    ],
    fix: 'tombstones.on.delete=true for table CDC (the default); false on a connector that routes an outbox.',
    messages: {
      outboxTombstones: 'tombstones.on.delete is true{{origin}} on an outbox connector: deleting outbox rows emits tombstones',
      tombstonesOff: 'tombstones.on.delete=false: deleted rows are never removed from the compacted topic or from sinks',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (!isDebeziumSource(ctx)) return [];
    const on = lower(ctx.value('tombstones.on.delete')) !== 'false';
    if (routesOutbox(ctx)) return on ? [{ messageId: 'outboxTombstones', data: { origin: origin(ctx, 'tombstones.on.delete') }, setting: 'tombstones.on.delete', severity: 'info' }] : [];
    return on ? [] : [{ messageId: 'tombstonesOff', setting: 'tombstones.on.delete' }];
  },
});
