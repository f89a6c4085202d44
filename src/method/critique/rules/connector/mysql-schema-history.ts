import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { connectorId } from './support.js';

const MYSQL = 'io.debezium.connector.mysql.MySqlConnector';

export const mysqlSchemaHistory = configRule({
  meta: {
    id: 'connector/mysql-schema-history',
    severity: 'error',
    summary: 'A Debezium MySQL connector without its schema history topic or server id.',
    why: 'The binlog carries rows without their table definitions: the connector records every DDL in a schema history topic and replays it on restart, and joins replication under database.server.id. Without either it does not start.',
    refs: [connectorDocUrl(MYSQL, 'schema.history.internal.kafka.topic')],
    fix: 'Set schema.history.internal.kafka.topic (a topic of its own: one partition, infinite retention, not compacted), schema.history.internal.kafka.bootstrap.servers and a unique database.server.id.',
    messages: {
      missing: 'missing {{settings}}',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (connectorId(ctx) !== 'debezium-mysql') return [];
    const missing = ['schema.history.internal.kafka.topic', 'schema.history.internal.kafka.bootstrap.servers', 'database.server.id'].filter((n) => !ctx.explicit(n));
    return missing.length ? [{ messageId: 'missing', data: { settings: missing.join(', ') }, setting: missing[0]! }] : [];
  },
});
