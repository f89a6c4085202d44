// How flows connect: a service that consumes one flow and produces the next is a
// read-process-write step. When both ends ask for exactly-once, Kafka transactions can cover it.
import type { FlowFacts } from '../deconstruct/normalize.js';

export interface ReadProcessWrite {
  /** The service in the middle. */
  processor: string;
  input: FlowFacts;
  output: FlowFacts;
}

export function readProcessWriteSteps(flows: readonly FlowFacts[]): ReadProcessWrite[] {
  const steps: ReadProcessWrite[] = [];
  for (const input of flows) {
    for (const output of flows) {
      if (input !== output && input.sink === output.source) steps.push({ processor: input.sink, input, output });
    }
  }
  return steps;
}

/** Steps where Kafka transactions give exactly-once end to end. */
export function transactionalSteps(flows: readonly FlowFacts[]): ReadProcessWrite[] {
  return readProcessWriteSteps(flows).filter((s) => s.input.delivery === 'exactly-once' && s.output.delivery === 'exactly-once');
}
