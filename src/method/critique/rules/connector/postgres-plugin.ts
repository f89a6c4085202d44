import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import type { Rule } from '../../engine.js';
import { connectorId, lower } from './support.js';

const PG = 'io.debezium.connector.postgresql.PostgresConnector';

export const postgresPlugin: Rule = {
  id: 'connector/postgres-plugin',
  severity: 'warning',
  summary: 'A Debezium PostgreSQL connector on the decoderbufs plugin (the default).',
  why: 'decoderbufs is a server extension that must be built and installed on the database (and is missing on managed services such as RDS or Cloud SQL); pgoutput ships with PostgreSQL 10 and later.',
  fix: 'Set plugin.name=pgoutput (with a publication: publication.name, publication.autocreate.mode=filtered).',
  refs: [connectorDocUrl(PG, 'plugin.name')],
  kinds: ['connector'],
  check(ctx) {
    if (connectorId(ctx) !== 'debezium-postgres') return [];
    const plugin = lower(ctx.value('plugin.name'));
    return plugin === 'decoderbufs' ? [{ message: `plugin.name is decoderbufs${ctx.explicit('plugin.name') ? '' : ' (default)'}: it needs an extension on the server; pgoutput is built in`, setting: 'plugin.name' }] : [];
  },
};
