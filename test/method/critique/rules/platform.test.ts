import { ruleTables } from '../tester.js';

const msk = { platform: 'msk' } as const;
const express = { platform: 'msk', brokerType: 'express.m7g.large' } as const;

ruleTables('platforms', [
  {
    rule: 'platform/msk-configuration',
    valid: [
      // Every key is on AWS's list for Standard brokers, values inside MSK's ranges.
      { text: 'auto.create.topics.enable=false\nmin.insync.replicas=2\nreplica.lag.time.max.ms=30000\nnum.io.threads=16', file: 'msk.properties', intent: msk },
      // The same file elsewhere: MSK's list does not apply.
      { text: 'num.io.threads=16\nbackground.threads=20\nreplica.lag.time.max.ms=45000', file: 'server.properties' },
      // Express accepts its own static list.
      { text: 'auto.create.topics.enable=false\nlog.message.timestamp.after.max.ms=3600000\nmax.connections.per.ip=500', file: 'msk.properties', intent: express },
    ],
    invalid: [
      // background.threads is a dynamic broker setting Kafka has, but MSK's configuration rejects it; listeners MSK owns outright.
      {
        text: 'num.io.threads=16\nbackground.threads=20\nlisteners=PLAINTEXT://:9092', file: 'msk.properties', intent: msk,
        message: [/background\.threads: Amazon MSK does not accept it in a Standard broker configuration; it is a dynamic broker setting/, /listeners: Amazon MSK does not accept it .*MSK manages it/],
        errors: [{ messageId: 'dynamicOnly', line: 2, setting: 'background.threads' }, { messageId: 'notAccepted', line: 3, setting: 'listeners' }],
      },
      // MSK narrows replica.lag.time.max.ms to 10-30 s.
      { text: 'replica.lag.time.max.ms=45000', file: 'msk.properties', intent: msk, message: /accepts 10,000 to 30,000 only/, errors: [{ messageId: 'outOfRange', line: 1, setting: 'replica.lag.time.max.ms' }] },
      { text: 'zookeeper.session.timeout.ms=5000', file: 'msk.properties', intent: msk, errors: [{ messageId: 'outOfRange', line: 1, setting: 'zookeeper.session.timeout.ms' }] },
      // Express: accepted on Standard but not on Express (num.io.threads), fixed replication, and a dynamic-only setting.
      {
        text: 'num.io.threads=16\nmin.insync.replicas=1\nlog.cleaner.min.compaction.lag.ms=60000', file: 'msk.properties', intent: express,
        message: [/num\.io\.threads: .*Express broker configuration \(MSK manages it/, /min\.insync\.replicas=1: Express brokers fix it \(2\)/],
        errors: [{ messageId: 'notAccepted', line: 1, setting: 'num.io.threads' }, { messageId: 'fixedOnExpress', line: 2, setting: 'min.insync.replicas' }, { messageId: 'dynamicOnly', line: 3, setting: 'log.cleaner.min.compaction.lag.ms' }],
      },
    ],
  },
]);
