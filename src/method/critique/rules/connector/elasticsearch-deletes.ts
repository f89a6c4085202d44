import { connectorById } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { origin } from '../support.js';
import { connectorId, lower } from './support.js';

export const elasticsearchDeletes = configRule({
  meta: {
    id: 'connector/elasticsearch-deletes',
    severity: 'warning',
    summary: 'An Elasticsearch/OpenSearch sink that cannot apply deletes or updates by key.',
    why: 'With the record key as document id (key.ignore=false), a tombstone means "delete this document": behavior.on.null.values=fail (the default) stops the task on the first one, ignore leaves deleted rows searchable. With key.ignore=true every update of a row becomes another document.',
    refs: [connectorById('elasticsearch-sink').docUrl],
    fix: 'key.ignore=false and behavior.on.null.values=delete for keyed topics (CDC, latest state).',
    messages: {
      keyIgnored: 'key.ignore=true on keyed records: every update is indexed as a new document',
      nullsFail: 'behavior.on.null.values=fail{{origin}}: the first tombstone stops the task',
      nullsIgnored: 'behavior.on.null.values=ignore: deleted rows stay in the index',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (connectorId(ctx) !== 'elasticsearch-sink') return [];
    const keyed = ctx.intent.sourceKind === 'cdc' || ctx.intent.state === true || (ctx.intent.ordering !== undefined && ctx.intent.ordering !== 'none');
    if (lower(ctx.value('key.ignore')) === 'true') {
      return keyed ? [{ messageId: 'keyIgnored', setting: 'key.ignore' }] : [];
    }
    const nulls = lower(ctx.value('behavior.on.null.values'));
    if (nulls === 'fail') return [{ messageId: 'nullsFail', data: { origin: origin(ctx, 'behavior.on.null.values') }, setting: 'behavior.on.null.values' }];
    if (nulls === 'ignore' && keyed) return [{ messageId: 'nullsIgnored', setting: 'behavior.on.null.values' }];
    return [];
  },
});
