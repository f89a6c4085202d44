// How flows connect: a service that consumes one flow and produces the next is a
// read-process-write step. When both ends ask for exactly-once, Kafka transactions can cover it.
import type { FlowFacts } from '../deconstruct/normalize.js';

export interface ReadProcessWrite {
  /** The service in the middle. */
  processor: string;
  input: FlowFacts;
  output: FlowFacts;
}

/** Flows indexed by their source service, so the steps cost the flows plus the steps found. */
export function readProcessWriteSteps(flows: readonly FlowFacts[]): ReadProcessWrite[] {
  const bySource = new Map<string, FlowFacts[]>();
  for (const f of flows) {
    const list = bySource.get(f.source);
    if (list) list.push(f);
    else bySource.set(f.source, [f]);
  }
  const steps: ReadProcessWrite[] = [];
  for (const input of flows) {
    for (const output of bySource.get(input.sink) ?? []) {
      if (input !== output) steps.push({ processor: input.sink, input, output });
    }
  }
  return steps;
}

/** Steps where Kafka transactions give exactly-once end to end. */
export function transactionalSteps(flows: readonly FlowFacts[]): ReadProcessWrite[] {
  return readProcessWriteSteps(flows).filter((s) => s.input.delivery === 'exactly-once' && s.output.delivery === 'exactly-once');
}
