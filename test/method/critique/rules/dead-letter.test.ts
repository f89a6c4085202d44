import { ruleTables } from '../tester.js';

const sink = 'name=ledger-sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\nkey.converter=x\n';

ruleTables('dead letters on ordered flows', [
  {
    rule: 'delivery/dead-letter-on-ordered-flow',
    valid: [
      { text: `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=ledger.dlt`, intent: { ordering: 'none' } },
      { text: `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=ledger.dlt`, intent: {} },
      { text: `${sink}errors.tolerance=none`, intent: { ordering: 'per-key', buildsState: true } },
    ],
    invalid: [
      {
        text: `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=ledger.dlt`,
        intent: { ordering: 'per-key', buildsState: true },
        errors: [{ messageId: 'sentAsideState', setting: 'errors.deadletterqueue.topic.name', line: 5 }],
      },
      { text: `${sink}errors.tolerance=all`, intent: { ordering: 'per-key' }, errors: [{ messageId: 'skipped', severity: 'warning', setting: 'errors.tolerance', line: 4 }] },
      {
        text: 'application.id=app\nerrors.dead.letter.queue.topic.name=app.dlt',
        version: '4.2',
        intent: { ordering: 'global' },
        errors: [{ messageId: 'sentAsideState', setting: 'errors.dead.letter.queue.topic.name', line: 2 }],
      },
    ],
  },
]);
