// A requirements draft from plain words: what was understood (and from which words), what was
// assumed, what no field took, and the questions left. The text reading is the YAML `design -` reads.
import { z } from 'zod';
import { draftFromWords, type IntakeDraft } from '../method/intake/compose.js';
import { requirementsYaml } from '../method/intake/yaml.js';
import { assumptionSchema } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { environmentOverrideSchema, requirementsSchema } from '../model/requirements.js';
import { defineCapability } from './capability.js';

/** The requirements as parsed: the file's schema, with the cluster's version already read as text (a number in YAML becomes its string), here and in each environment's overrides. */
const clusterSchema = requirementsSchema.shape.cluster.unwrap();
const parsedCluster = clusterSchema.extend({ kafka_version: z.string().optional() }).optional();
const environments = requirementsSchema.shape.environments.unwrap();
const parsedOverride = environmentOverrideSchema.extend({ cluster: parsedCluster }).optional();
const parsedRequirements = requirementsSchema.extend({
  cluster: parsedCluster,
  environments: environments.extend(Object.fromEntries(Object.keys(environments.shape).map((env) => [env, parsedOverride]))).optional(),
});

const question = z.object({ field: z.string().describe('the requirements field it settles'), question: z.string() });

/** The draft's shape: the requirements, and an account of every word of the request. */
const draftDocument = z.object({
  requirements: parsedRequirements,
  understood: z.array(
    z.object({
      field: z.string().describe('requirements field path, e.g. flows[0].throughput.peak_per_second'),
      value: z.unknown(),
      from: z.string().describe('the words of the request that gave the value'),
      note: z.string().optional().describe('how the words were read when they allow more than one reading'),
      at: z.number().int().optional().describe('where the quoted words start in the request'),
    }),
  ),
  assumptions: z.array(assumptionSchema),
  questions: z.array(question),
  notPlaced: z.array(z.object({ words: z.string().describe('the clause as written'), question: z.string() })),
});

/** The draft's notes, as the YAML header says them. */
export function draftNotes(draft: IntakeDraft): string[] {
  return [
    'Requirements draft written by `kafka-specialist ask`. Check it, then run `kafka-specialist design` on it.',
    '',
    'Understood:',
    ...draft.understood.map((u) => `  ${u.field} = ${JSON.stringify(u.value)}   <- "${u.from}"`),
    ...(draft.assumptions.length ? ['', 'Assumed (not in the words; change them if wrong):', ...draft.assumptions.map((a) => `  ${a.field} = ${JSON.stringify(a.value)}: ${a.why}`)] : []),
    ...(draft.notPlaced.length ? ['', 'Not placed (said, but no field took it; answer these first):', ...draft.notPlaced.map((n) => `  - ${n.question}`)] : []),
    ...(draft.questions.length ? ['', 'Questions:', ...draft.questions.map((q) => `  - ${q.question}`)] : []),
  ];
}

/** The draft as a requirements file, its notes as comments. */
export const draftYaml = (draft: IntakeDraft): string => requirementsYaml(draft.requirements, draftNotes(draft));

export const ask = defineCapability({
  name: 'ask',
  cliName: 'ask',
  title: 'Requirements draft from plain words',
  description: [
    'Turns a request in plain words ("our consumer falls behind at 400 events/s; each call to the push API takes 50 ms to 2 s and the API allows 100 requests/s; Python; keep each user\'s events in order") into a requirements draft for the design tool. Deterministic and offline.',
    'Returns requirements (pass them to design as YAML or JSON), understood (field, value and the quoted words that gave it), assumptions (what the words did not say and what was assumed) and questions (what to ask the user next) and notPlaced (clauses of the request that no field took, each with its question). Put every notPlaced item and the questions to the user before designing; nothing the user said may be dropped.',
  ].join('\n'),
  input: z.object({ request: z.string().min(1, 'the request is empty').max(20_000).describe('the request in plain words') }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: draftDocument,
  run({ request }) {
    if (!request.trim()) throw new UserError({ message: 'the request is empty', suggestion: 'describe the flow in a sentence or two: rates, sizes, ordering, what may be lost' });
    return draftFromWords(request);
  },
  render: (draft, _format: 'text') => draftYaml(draft),
  summarize: (draft) =>
    `Understood ${draft.understood.length} fact(s) (${draft.understood.map((u) => u.field).join(', ') || 'none'}); ${draft.assumptions.length} assumption(s); ${draft.notPlaced.length} clause(s) not placed${draft.notPlaced.length ? ` (${draft.notPlaced.map((n) => `"${n.words}"`).join(', ')})` : ''}; ${draft.questions.length} question(s) to ask: ${draft.questions.map((q) => q.question).join(' ')}`,
});
