// The shape of one catalog pattern, shared by the pattern groups and the catalog.
import type { Scope } from '../catalog.js';

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

export const KAFKA_DOCS = 'https://kafka.apache.org/documentation/';
