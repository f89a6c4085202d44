// Designing: requirements in, a checked design out. One job with one entry (designRound); the
// `design` tool takes just the requirements, `design_round` adds the environment profile and the
// previous round, and the CLI's `design` command is the round's other door.
import { findingsDigest } from '../method/report/findings-digest.js';
import { z } from 'zod';
import { designRound, renderRound, roundJson, type RoundDocument } from '../method/converge/round.js';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { renderDesign } from '../method/report/design-report.js';
import { designSchema, findingSchema, type Design } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { ENVIRONMENTS, requirementsSchema, type Environment } from '../model/requirements.js';
import { defineCapability } from './capability.js';
import { MAX_TEXT, namedText } from './limits.js';

/** A document given as text (labelled by its field in errors) or as a named file. */
export const textOrFile = z.union([z.string().min(1).max(MAX_TEXT), namedText]);
export type TextOrFile = z.output<typeof textOrFile>;
export const named = (given: TextOrFile, field: string) => (typeof given === 'string' ? { name: field, content: given } : given);

interface RoundRequest {
  requirements: TextOrFile;
  env?: Environment;
  previous_design?: TextOrFile;
  previous_requirements?: TextOrFile;
}

/** The requirements' design for an environment, compared with the previous round when given. */
function roundOf(input: RoundRequest, readDesign?: (given: { name: string; content: string }) => Design): RoundDocument {
  const req = named(input.requirements, 'requirements');
  const requirements = parseWithSchema(req.content, req.name, requirementsSchema);
  const previousDesign = input.previous_design && named(input.previous_design, 'previous_design');
  const previousRequirements = input.previous_requirements && named(input.previous_requirements, 'previous_requirements');
  const previous =
    previousDesign && readDesign
      ? {
          design: readDesign(previousDesign),
          ...(previousRequirements ? { requirements: parseWithSchema(previousRequirements.content, previousRequirements.name, requirementsSchema) } : {}),
        }
      : undefined;
  return roundJson(designRound({ requirements, file: req.name, ...(input.env ? { env: input.env } : {}), ...(previous ? { previous } : {}) }));
}

/** The design job. The design document's schema is loaded only to read a previous round: building it costs every CLI start of design about 15 ms CPU (bench/cli-start). */
async function runRound(input: RoundRequest): Promise<RoundDocument> {
  if (input.previous_requirements && !input.previous_design) {
    throw new UserError({ message: '--previous-requirements needs --previous', suggestion: "pass the previous round's design with --previous design-v1.json" });
  }
  if (!input.previous_design) return roundOf(input);
  const { designSchema } = await import('../model/design.js');
  return roundOf(input, (given) => parseWithSchema(given.content, given.name, designSchema));
}

/** The design alone (no comparisons), for the jobs that build on one (generate, verify). */
export function designFor(requirements: TextOrFile): Design {
  const { environmentNotes: _notes, changes: _changes, toProduction: _toProduction, ...alone } = roundOf({ requirements });
  return alone;
}

/** The design report, then what the round changed, for a person. */
function renderRoundDocument(doc: RoundDocument, format: 'text' | 'markdown'): string {
  const { environmentNotes = [], changes, toProduction, ...design } = doc;
  return renderDesign(design, format) + renderRound({ design, environmentNotes, changes, toProduction }, format);
}

/** One round compared with another: what the requirements changed, which decisions moved and why, which findings came and went. */
const requirementChange = z.object({
  field: z.string(),
  flow: z.string().optional(),
  before: z.unknown().describe("the field's value in the previous requirements (any JSON value)"),
  after: z.unknown(),
});
const designDiff = z.object({
  requirementChanges: z.array(requirementChange),
  requirementsKnown: z.boolean().describe('false when the previous requirements were not given: causes are then empty'),
  decisions: z.array(
    z.object({
      subject: z.string(),
      decision: z.string(),
      flows: z.array(z.string()),
      setting: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      why: z.string().optional(),
      causes: z.array(requirementChange),
    }),
  ),
  findingsAppeared: z.array(findingSchema),
  findingsGone: z.array(findingSchema),
});

/** The design document, with the round's comparisons when there are any. */
const roundDocument = designSchema.extend({
  environmentNotes: z.array(z.string()).optional(),
  changes: designDiff.optional(),
  toProduction: designDiff.optional().describe('for a development or staging variant: what changes on the way to production'),
});

const ANNOTATIONS = { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true };

export const design = defineCapability({
  name: 'design',
  title: 'Design a Kafka pipeline',
  description: [
    'Turns streaming requirements into a checked Kafka design: topics (partitions from the throughput arithmetic, keys for the ordering asked, replication and min.insync.replicas), producer and consumer settings for the Kafka version and client library, patterns, and self-critique findings.',
    'Call it instead of proposing partition counts or client settings yourself. Input: the requirements file as YAML or JSON text (fields: name, environment, cluster{kafka_version,brokers,racks,platform}, client{language,library}, flows[{name,source,sink,key,ordering,delivery,state,throughput{average_per_second,peak_per_second,message_bytes,growth_factor},latency{end_to_end_p99_ms},retention,processing{per_message_ms{p50,p99},max_instances,external_rate_limit_per_second,side_effects},schema{format,evolves}}]); the contract resource kafka://contract/requirements has the JSON Schema.',
    'Failure handling, hot keys and caches read flows[].throughput.hot_key_share, flows[].consumption (group | every-instance), flows[].deletes and flows[].deletes_within.',
    'Returns the design document (structured content): topics, producers, consumers (config maps use Java client names), patterns, findings, assumptions and questions. Relay the assumptions and questions to the user.',
  ].join('\n'),
  input: z.object({
    requirements: z.string().min(1).max(MAX_TEXT).describe('the requirements file, YAML or JSON text'),
  }),
  annotations: ANNOTATIONS,
  output: roundDocument,
  run: ({ requirements }) => roundOf({ requirements }),
  render: renderRoundDocument,
  summarize(d) {
    const topics = d.topics.map((t) => `${t.name}: ${t.partitions} partitions, RF ${t.replicationFactor}, key ${t.key ?? 'none'}`).join('; ');
    return `Design ${d.name} for Kafka ${d.kafkaVersion} (${d.client.library}): ${topics}. Patterns: ${d.patterns.map((p) => p.id).join(', ') || 'none'}. ${d.questions.length} open question(s).\n${findingsDigest(d.findings).join('\n')}`;
  },
});

export const designRoundCapability = defineCapability({
  name: 'design_round',
  cliName: 'design',
  title: 'Design the next round and say what changed',
  description: [
    "The design tool for working in rounds. Designs the requirements (optionally for one environment profile: development, staging, production, applying the file's environments.<env> block) and, given the previous round's design document (and its requirements), returns what changed: each decision with before and after, the requirement change that caused it, and findings that appeared or went away.",
    'For a development or staging variant it also returns toProduction: what must change on the way to production. Returns the design document plus changes and toProduction.',
  ].join('\n'),
  input: z.object({
    requirements: textOrFile.describe("this round's requirements, YAML or JSON text"),
    env: z.enum(ENVIRONMENTS).optional().describe('environment profile to design'),
    previous_design: textOrFile.optional().describe("the previous round's design document (JSON text)"),
    previous_requirements: textOrFile.optional().describe("the previous round's requirements, so changes name their cause"),
  }),
  annotations: ANNOTATIONS,
  output: roundDocument,
  run: runRound,
  render: renderRoundDocument,
  summarize(d) {
    const changed = d.changes
      ? `${d.changes.decisions.length} decision(s) changed, ${d.changes.findingsAppeared.length} finding(s) appeared, ${d.changes.findingsGone.length} went away.`
      : 'No previous round given.';
    const toProd = d.toProduction ? ` On the way to production ${d.toProduction.decisions.length} decision(s) change.` : '';
    return [`Design ${d.name} (${d.environment}). ${changed}${toProd}`, ...findingsDigest(d.findings)].join('\n');
  },
});
