// The pattern catalog: the shapes a Kafka specialist reaches for, each with when it fits, when
// it does not, what it costs, the topics and settings it brings, and which requirement facts
// make `design` pick it. Ids are stable: the design document's patterns[].id refer to them.
import type { Pattern } from './patterns/pattern.js';
import { SLOW_AND_FAILING_WORK } from './patterns/slow-and-failing-work.js';
import { CONSISTENCY_AND_STATE } from './patterns/consistency-and-state.js';
import { CONSUMER_SCALING_AND_INTEGRATION } from './patterns/consumer-scaling-and-integration.js';

export type { Pattern, PatternSetting, PatternTopic, PatternTrigger } from './patterns/pattern.js';

export const PATTERNS: readonly Pattern[] = [...SLOW_AND_FAILING_WORK, ...CONSISTENCY_AND_STATE, ...CONSUMER_SCALING_AND_INTEGRATION];

export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
