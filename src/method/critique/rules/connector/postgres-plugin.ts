import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { origin } from '../support.js';
import { connectorId, lower } from './support.js';

const PG = 'io.debezium.connector.postgresql.PostgresConnector';

export const postgresPlugin = configRule({
  meta: {
    id: 'connector/postgres-plugin',
    severity: 'warning',
    summary: 'A Debezium PostgreSQL connector on the decoderbufs plugin (the default).',
    why: 'decoderbufs is a server extension that must be built and installed on the database (and is missing on managed services such as RDS or Cloud SQL); pgoutput ships with PostgreSQL 10 and later.',
    refs: [connectorDocUrl(PG, 'plugin.name')],
    fix: 'Set plugin.name=pgoutput (with a publication: publication.name, publication.autocreate.mode=filtered).',
    messages: {
      decoderbufs: 'plugin.name is decoderbufs{{origin}}: it needs an extension on the server; pgoutput is built in',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (connectorId(ctx) !== 'debezium-postgres') return [];
    const plugin = lower(ctx.value('plugin.name'));
    return plugin === 'decoderbufs' ? [{ messageId: 'decoderbufs', data: { origin: origin(ctx, 'plugin.name') }, setting: 'plugin.name' }] : [];
  },
});
