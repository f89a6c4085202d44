// Per-group dynamic settings (documented as their own table from 4.1): overrides of broker-wide
// group defaults for one group, set with kafka-configs --entity-type groups.
import type { ExplanationTable } from './index.js';

const PER_GROUP = 'Per-group override documented from 4.1; the 4.2 group table is missing from the shared facts.';

export const GROUP: ExplanationTable = {
  'consumer.session.timeout.ms': {
    what: 'Session timeout for this consumer-protocol group, overriding group.consumer.session.timeout.ms.',
    whenToChange: 'Lower it for a group that must fail over fast; raise it for one on a flaky network.',
    interactsWith: ['group.consumer.session.timeout.ms', 'group.protocol'],
    notes: [PER_GROUP],
  },
  'consumer.heartbeat.interval.ms': {
    what: 'Heartbeat interval for this consumer-protocol group.',
    whenToChange: 'Lower it for faster reaction to assignment changes in this group.',
    interactsWith: ['group.consumer.heartbeat.interval.ms', 'consumer.session.timeout.ms'],
    notes: [PER_GROUP],
  },
  'share.session.timeout.ms': {
    what: 'Session timeout for this share group.',
    whenToChange: 'Lower it for faster failover of this share group.',
    interactsWith: ['group.share.session.timeout.ms'],
    notes: [PER_GROUP],
  },
  'share.heartbeat.interval.ms': { what: 'Heartbeat interval for this share group.', whenToChange: 'Rarely.', interactsWith: ['share.session.timeout.ms'], notes: [PER_GROUP] },
  'share.record.lock.duration.ms': {
    what: 'How long a member of this share group holds an unacknowledged record before it goes back to others.',
    whenToChange: 'Raise it above the slowest processing time of one record.',
    interactsWith: ['group.share.record.lock.duration.ms', 'share.acknowledgement.mode'],
    notes: [PER_GROUP],
  },
  'share.auto.offset.reset': {
    what: 'Where a new share group starts reading: latest, earliest or a duration back.',
    whenToChange: 'Use earliest when a new share group must process existing records.',
    interactsWith: ['auto.offset.reset'],
    notes: [PER_GROUP],
  },
  'share.isolation.level': {
    what: 'Whether this share group sees only committed transactional records.',
    whenToChange: 'Use read_committed when producers are transactional.',
    interactsWith: ['isolation.level', 'transactional.id'],
    notes: [PER_GROUP],
  },
  'streams.session.timeout.ms': {
    what: 'Session timeout for this Streams group (streams rebalance protocol).',
    whenToChange: 'Lower it for faster failover of this Streams app.',
    interactsWith: ['group.streams.session.timeout.ms', 'group.protocol'],
    notes: [PER_GROUP],
  },
  'streams.heartbeat.interval.ms': { what: 'Heartbeat interval for this Streams group.', whenToChange: 'Rarely.', interactsWith: ['streams.session.timeout.ms'], notes: [PER_GROUP] },
  'streams.num.standby.replicas': {
    what: 'Standby replicas the broker assigns for this Streams group.',
    whenToChange: 'Set 1 for stateful apps that must fail over without a long restore.',
    interactsWith: ['num.standby.replicas', 'group.streams.num.standby.replicas'],
    notes: [PER_GROUP],
  },
};
