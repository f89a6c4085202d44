import { z } from 'zod';
import { designRound, roundJson } from '../../method/converge/round.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { findingsDigest } from '../../method/report/findings-digest.js';
import { designSchema } from '../../model/design.js';
import { ENVIRONMENTS, requirementsSchema } from '../../model/requirements.js';
import { defineTool, MAX_TEXT } from '../tool.js';

export const designRoundTool = defineTool({
  name: 'design_round',
  title: 'Design the next round and say what changed',
  description: [
    'The design tool for working in rounds. Designs the requirements (optionally for one environment profile: development, staging, production, applying the file\'s environments.<env> block) and, given the previous round\'s design document (and its requirements), returns what changed: each decision with before and after, the requirement change that caused it, and findings that appeared or went away.',
    'For a development or staging variant it also returns toProduction: what must change on the way to production. Returns the design document plus changes and toProduction.',
  ].join('\n'),
  input: z.object({
    requirements: z.string().min(1).max(MAX_TEXT).describe('this round\'s requirements, YAML or JSON text'),
    env: z.enum(ENVIRONMENTS).optional().describe('environment profile to design'),
    previous_design: z.string().max(MAX_TEXT).optional().describe('the previous round\'s design document (JSON text)'),
    previous_requirements: z.string().max(MAX_TEXT).optional().describe('the previous round\'s requirements, so changes name their cause'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ requirements, env, previous_design, previous_requirements }) {
    const previous = previous_design
      ? {
        design: parseWithSchema(previous_design, 'previous_design', designSchema),
        ...(previous_requirements ? { requirements: parseWithSchema(previous_requirements, 'previous_requirements', requirementsSchema) } : {}),
      }
      : undefined;
    const round = designRound({ requirements: parseWithSchema(requirements, 'requirements', requirementsSchema), file: 'requirements', ...(env ? { env } : {}), ...(previous ? { previous } : {}) });
    const changed = round.changes ? `${round.changes.decisions.length} decision(s) changed, ${round.changes.findingsAppeared.length} finding(s) appeared, ${round.changes.findingsGone.length} went away.` : 'No previous round given.';
    const toProd = round.toProduction ? ` On the way to production ${round.toProduction.decisions.length} decision(s) change.` : '';
    return { json: roundJson(round), summary: [`Design ${round.design.name} (${round.design.environment}). ${changed}${toProd}`, ...findingsDigest(round.design.findings)].join('\n') };
  },
});
