// Every design-level rule, in the order findings are reported.
import type { Finding } from '../../../model/design.js';
import { findingOf, registry } from '../../rules.js';
import { clusterSize } from './capacity/cluster-size.js';
import { diskPerBroker } from './capacity/disk-per-broker.js';
import { sourceInstances } from './capacity/source-instances.js';
import { featureFloor } from './client/feature-floor.js';
import { librarySupport } from './client/library-support.js';
import { platformLimits } from './platform/limits.js';
import { mskCapacity } from './platform/msk-capacity.js';
import { tieredStorage } from './storage/tiered-storage.js';
import { consumerThroughput } from './capacity/consumer-throughput.js';
import { downstreamRateLimit } from './capacity/downstream-rate-limit.js';
import { hotKey } from './capacity/hot-key.js';
import { partitionCount } from './capacity/partition-count.js';
import { exactlyOnceExternal } from './delivery/exactly-once-external.js';
import { replication } from './durability/replication.js';
import { processingOverBudget } from './latency/processing-over-budget.js';
import { deadLetterBreaksOrder } from './ordering/dead-letter-breaks-order.js';
import { globalSinglePartition } from './ordering/global-single-partition.js';
import { missingKey } from './ordering/missing-key.js';
import { oneConfigPerGroup } from './group/one-config-per-group.js';
import { largeRecords } from './size/large-records.js';
import { streamsEosBrokerFloor, streamsNotCoPartitioned, streamsNotKafkaStreams, streamsRepartition, streamsStandbyWithoutPeer } from './streams/rules.js';
import { excessPrivilege } from './security/excess-privilege.js';
import { consumerGroupUnreadable, transactionalIdUnauthorized } from './security/missing-grant.js';
import { unprotectedProduction } from './security/unprotected-production.js';
import type { DesignRule, DesignUnderReview } from './types.js';

export const DESIGN_RULES = registry<DesignRule>([
  missingKey,
  globalSinglePartition,
  deadLetterBreaksOrder,
  downstreamRateLimit,
  consumerThroughput,
  hotKey,
  partitionCount,
  clusterSize,
  diskPerBroker,
  tieredStorage,
  sourceInstances,
  featureFloor,
  librarySupport,
  platformLimits,
  mskCapacity,
  exactlyOnceExternal,
  replication,
  oneConfigPerGroup,
  largeRecords,
  processingOverBudget,
  streamsNotCoPartitioned,
  streamsEosBrokerFloor,
  streamsStandbyWithoutPeer,
  streamsRepartition,
  streamsNotKafkaStreams,
  unprotectedProduction,
  excessPrivilege,
  consumerGroupUnreadable,
  transactionalIdUnauthorized,
]);

export function runDesignRules(input: DesignUnderReview, rules: readonly DesignRule[] = DESIGN_RULES.all): Finding[] {
  return rules.flatMap((rule) => rule.check(input).map((hit) => ({ ...findingOf(rule.meta, hit), flow: hit.flow })));
}
