// The pattern catalog: the shapes a Kafka specialist reaches for, each with when it fits, when
// it does not, what it costs, the topics and settings it brings, and which requirement facts
// make `design` pick it. Ids are stable: the design document's patterns[].id refer to them.
// The patterns are data (data/patterns.json): slow and failing work, consistency and state,
// consumer scaling and integration.
import type { Scope } from './catalog.js';
import patternsData from './data/patterns.json' with { type: 'json' };

export interface PatternTopic {
  /** Topic name relative to the flow's main topic: "<flow>.pending". */
  name: string;
  role: string;
  config: Record<string, string>;
  why: string;
}

export interface PatternSetting {
  scope: Extract<Scope, 'producer' | 'consumer' | 'topic'>;
  name: string;
  value: string;
  why: string;
}

export interface PatternTrigger {
  /** Requirements field the trigger reads, e.g. "flows[].processing.external_rate_limit_per_second". */
  field: string;
  when: string;
}

export interface Pattern {
  id: string;
  name: string;
  summary: string;
  whenToUse: string[];
  whenNot: string[];
  tradeOffs: string[];
  implies: { topics: PatternTopic[]; settings: PatternSetting[] };
  /** Facts that make `design` choose it; empty when it is only offered as an alternative. */
  triggeredBy: PatternTrigger[];
  related: string[];
  refs: string[];
}

// The compiler reads the file's strings as string: a setting's scope is narrowed here, and
// test/knowledge/data-files.test.ts checks every pattern against this shape.
export const PATTERNS = patternsData as readonly Pattern[];

export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
