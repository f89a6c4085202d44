// Every cluster rule doctor runs, in report order (availability first, then durability, balance, consumers).
import { registry } from '../../rules.js';
import type { ClusterRule } from '../rule.js';
import { groupLag } from './group-lag.js';
import { groupStuck } from './group-stuck.js';
import { idleConsumers } from './idle-consumers.js';
import { leaderSkew } from './leader-skew.js';
import { offlinePartitions } from './offline-partitions.js';
import { partitionSizeSkew } from './partition-size-skew.js';
import { replicationVsMinInsync } from './replication-vs-min-insync.js';
import { topicWithoutConsumers } from './topic-without-consumers.js';
import { uncleanElection } from './unclean-election.js';
import { underReplicated } from './under-replicated.js';

export const CLUSTER_RULE_REGISTRY = registry<ClusterRule>([
  offlinePartitions,
  underReplicated,
  replicationVsMinInsync,
  uncleanElection,
  leaderSkew,
  partitionSizeSkew,
  groupStuck,
  groupLag,
  idleConsumers,
  topicWithoutConsumers,
]);

export const CLUSTER_RULES = CLUSTER_RULE_REGISTRY.all;
