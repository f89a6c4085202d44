// Which topic, settings and promise verify runs for one flow of a design.
import type { Design } from '../../model/design.js';
import { didYouMean, UserError } from '../../model/errors.js';
import type { Requirements } from '../../model/requirements.js';
import { applyEnvironment } from '../deconstruct/environment.js';
import { deconstruct, type FlowFacts } from '../deconstruct/normalize.js';
import { design } from '../design.js';
import type { PromisedGuarantee } from './analyze.js';
import type { ClientSettings } from './kafkajs-plan.js';

/** Records one verify run sends: enough to see loss and duplicates, few enough to finish in minutes (CLI and MCP alike). */
export const VERIFY_MESSAGES = { min: 10, max: 50_000 } as const;
/** Brokers of the local throwaway cluster: enough for leader changes and a broker down. */
export const VERIFY_BROKERS = { min: 1, max: 5 } as const;

export interface VerifyTarget {
  flow: string;
  settings: ClientSettings;
  topic: { name: string; partitions: number };
  groupId: string;
  promise: PromisedGuarantee;
}

export function verifyTarget(design: Design, flows: readonly FlowFacts[], flowName: string | undefined, file?: string): VerifyTarget {
  const names = flows.map((f) => f.name);
  const flow = flowName === undefined ? flows[0] : flows.find((f) => f.name === flowName);
  if (!flow) {
    const near = didYouMean(flowName ?? '', names);
    throw new UserError({ file, field: '--flow', message: `no flow named "${flowName}"`, expected: names.join(', '), suggestion: near.length ? `did you mean ${near.join(' or ')}?` : undefined });
  }
  const producer = design.producers.find((p) => p.flow === flow.name);
  const consumer = design.consumers.find((c) => c.flow === flow.name);
  const topic = design.topics.find((t) => t.name === producer?.topic) ?? design.topics.find((t) => t.flows.includes(flow.name));
  if (!producer || !consumer || !topic) {
    throw new UserError({ file, field: '--flow', message: `the design has no producer, consumer and topic for flow "${flow.name}" to run` });
  }
  return {
    flow: flow.name,
    settings: { producer: producer.config, consumer: consumer.config, kafkaVersion: design.kafkaVersion, library: design.client.library, messageBytes: flow.messageBytes },
    topic: { name: topic.name, partitions: topic.partitions },
    groupId: consumer.groupId,
    promise: { delivery: flow.delivery, ordering: flow.ordering },
  };
}

/** The target for requirements as the design command sees them: the file's own environment profile applied. */
export function verifyTargetFor(requirements: Requirements, flowName: string | undefined, file?: string): VerifyTarget {
  const variant = applyEnvironment(requirements, undefined, file).requirements;
  return verifyTarget(design(variant, { file }), deconstruct(variant, file).flows, flowName, file);
}
