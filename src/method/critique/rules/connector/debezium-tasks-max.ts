import { connectorDocUrl } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { isDebeziumSource } from './support.js';

export const debeziumTasksMax = configRule({
  meta: {
    id: 'connector/debezium-tasks-max',
    severity: 'warning',
    summary: 'A Debezium PostgreSQL or MySQL connector with tasks.max above 1.',
    why: 'The database has one change log (a replication slot, a binlog stream) and Debezium reads it with one task to keep commit order; the extra tasks never start, and capacity planned on them does not exist.',
    refs: [connectorDocUrl('io.debezium.connector.postgresql.PostgresConnector', 'tasks.max')],
    fix: 'Set tasks.max=1; to read faster, tune max.batch.size / max.queue.size, or split tables across connectors only where their order does not matter together.',
    messages: {
      oneLogOneTask: 'tasks.max={{tasks}}, but {{connector}} reads one log with one task',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (!isDebeziumSource(ctx)) return [];
    const tasks = ctx.number('tasks.max');
    return tasks > 1 ? [{ messageId: 'oneLogOneTask', data: { tasks, connector: ctx.value('connector.class') }, setting: 'tasks.max' }] : [];
  },
});
