// Builds normalized facts from a compact requirements object, as the CLI would after parsing.
import { deconstruct, type Facts, type FlowFacts } from '../../src/method/deconstruct/normalize.js';
import { requirementsSchema, type Flow, type Requirements } from '../../src/model/requirements.js';

export function requirements(flow: Partial<Flow> = {}, top: Partial<Requirements> = {}): Requirements {
  return requirementsSchema.parse({
    name: 'app',
    cluster: { kafka_version: '3.9', brokers: 3 },
    client: { language: 'java' },
    ...top,
    flows: [{ name: 'events', source: 'svc', sink: 'worker', ...flow }],
  });
}

export function facts(flow: Partial<Flow> = {}, top: Partial<Requirements> = {}): Facts {
  return deconstruct(requirements(flow, top));
}

export function flowFacts(flow: Partial<Flow> = {}, top: Partial<Requirements> = {}): FlowFacts {
  return facts(flow, top).flows[0]!;
}
