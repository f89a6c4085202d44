// What connector rules share: which connector a configuration is, and whether the records it
// carries are ordered state (where skipping or setting a record aside corrupts the result).
import { connectorByClass, OUTBOX_ROUTER_CLASS } from '../../../../knowledge/connectors.js';
import type { RuleContext } from '../../engine.js';

/** The connector's facts id (debezium-postgres, jdbc-sink, ...), or undefined when the class is not known. */
export function connectorId(ctx: RuleContext): string | undefined {
  const cls = ctx.value('connector.class');
  return cls ? connectorByClass(cls)?.id : undefined;
}

export function isDebeziumSource(ctx: RuleContext): boolean {
  const id = connectorId(ctx);
  return id === 'debezium-postgres' || id === 'debezium-mysql';
}

/** The connector routes an outbox table through Debezium's event router. */
export function routesOutbox(ctx: RuleContext): boolean {
  const aliases = (ctx.value('transforms') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return aliases.some((a) => ctx.value(`transforms.${a}.type`)?.trim() === OUTBOX_ROUTER_CLASS);
}

const lower = (v: string | null) => (v ?? '').trim().toLowerCase();

/**
 * The sink writes ordered state: the flow says so (CDC source, latest-state or keyed order), or
 * the config upserts by key (JDBC insert.mode=upsert, Elasticsearch write.method=upsert).
 */
export function sinkWritesOrderedState(ctx: RuleContext): boolean {
  const i = ctx.intent;
  if (i.sourceKind === 'cdc' || i.state || (i.ordering !== undefined && i.ordering !== 'none')) return true;
  return lower(ctx.explicit('insert.mode')?.value ?? null) === 'upsert' || lower(ctx.explicit('write.method')?.value ?? null) === 'upsert';
}

export { lower };
