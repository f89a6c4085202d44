import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import type { Rule } from '../../engine.js';
import { isDebeziumSource } from './support.js';

export const debeziumTasksMax: Rule = {
  id: 'connector/debezium-tasks-max',
  severity: 'warning',
  summary: 'A Debezium PostgreSQL or MySQL connector with tasks.max above 1.',
  why: 'The database has one change log (a replication slot, a binlog stream) and Debezium reads it with one task to keep commit order; the extra tasks never start, and capacity planned on them does not exist.',
  fix: 'Set tasks.max=1; to read faster, tune max.batch.size / max.queue.size, or split tables across connectors only where their order does not matter together.',
  refs: [connectorDocUrl('io.debezium.connector.postgresql.PostgresConnector', 'tasks.max')],
  kinds: ['connector'],
  check(ctx) {
    if (!isDebeziumSource(ctx)) return [];
    const tasks = ctx.number('tasks.max');
    return tasks > 1 ? [{ message: `tasks.max=${tasks}, but ${ctx.value('connector.class')} reads one log with one task`, setting: 'tasks.max' }] : [];
  },
};
