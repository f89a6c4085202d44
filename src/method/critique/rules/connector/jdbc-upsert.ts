import { connectorById } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { origin } from '../support.js';
import { connectorId, lower } from './support.js';

export const jdbcUpsert = configRule({
  meta: {
    id: 'connector/jdbc-upsert',
    severity: 'warning',
    summary: 'A JDBC sink that inserts (or upserts without a key) where records are redelivered.',
    why: 'Sink connectors deliver at least once: after a restart the last records are written again. insert.mode=insert then fails on the primary key or duplicates rows; an upsert by the record key makes the rewrite harmless, and delete.enabled turns tombstones into deletes.',
    refs: [connectorById('jdbc-sink').docUrl],
    fix: 'insert.mode=upsert with pk.mode=record_key (and pk.fields), delete.enabled=true for CDC topics.',
    messages: {
      upsertWithoutKey: 'insert.mode=upsert with pk.mode=none: an upsert needs a primary key',
      insertKeyed: 'insert.mode is insert{{origin}} for keyed records: a redelivered record fails on the primary key or adds a duplicate row',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (connectorId(ctx) !== 'jdbc-sink') return [];
    const mode = lower(ctx.value('insert.mode'));
    const pk = lower(ctx.value('pk.mode'));
    if (mode === 'upsert' && pk === 'none') return [{ messageId: 'upsertWithoutKey', setting: 'pk.mode', severity: 'error' }];
    if (mode !== 'insert') return [];
    const keyed = ctx.intent.sourceKind === 'cdc' || ctx.intent.state || pk === 'record_key' || lower(ctx.value('delete.enabled')) === 'true';
    return keyed ? [{ messageId: 'insertKeyed', data: { origin: origin(ctx, 'insert.mode') }, setting: 'insert.mode' }] : [];
  },
});
