// One round of the conversation: the design for an environment profile of the requirements,
// compared with the previous round when there is one, and with the production variant when this
// one is not production, so the user sees what changed and what is still to change.
import { applyEnvironment } from '../deconstruct/environment.js';
import { design } from '../design.js';
import type { Design } from '../../model/design.js';
import { ENVIRONMENTS, type Environment, type Requirements } from '../../model/requirements.js';
import { renderChangeLog } from './change-log.js';
import { diffDesigns, type DesignDiff } from './design-diff.js';
import { runRoundRules } from './round-rules.js';

function asEnvironment(value: string): Environment {
  return (ENVIRONMENTS as readonly string[]).includes(value) ? (value as Environment) : 'production';
}

export interface Round {
  design: Design;
  environmentNotes: string[];
  /** Compared with the previous round. */
  changes?: DesignDiff;
  /** What the production variant changes, when this one is not production. */
  toProduction?: DesignDiff;
}

export interface RoundInput {
  requirements: Requirements;
  env?: Environment;
  /** The previous round's design, and its requirements when known (for causes). */
  previous?: { design: Design; requirements?: Requirements };
  /** Names the requirements file in error messages. */
  file?: string;
}

export function designRound({ requirements, env, previous, file }: RoundInput): Round {
  const variant = applyEnvironment(requirements, env, file);
  const designed = design(variant.requirements, { file });
  // What the previous round may already have created constrains this one (partitions never shrink).
  const current = previous ? { ...designed, findings: [...designed.findings, ...runRoundRules({ previous: previous.design, current: designed })] } : designed;
  const round: Round = { design: current, environmentNotes: variant.notes };
  if (previous) {
    // The previous round is compared as it was designed: in the environment its design records.
    const before = previous.requirements ? applyEnvironment(previous.requirements, asEnvironment(previous.design.environment)).requirements : undefined;
    round.changes = diffDesigns(previous.design, current, before ? { previous: before, current: variant.requirements } : undefined);
  }
  if (variant.environment !== 'production') {
    const production = applyEnvironment(requirements, 'production', file);
    round.toProduction = diffDesigns(current, design(production.requirements, { file }), { previous: variant.requirements, current: production.requirements });
  }
  return round;
}

/** The sections a round adds after the design report; `changesTitle` names the previous round. */
export function renderRound(round: Round, dialect: 'text' | 'markdown', changesTitle?: string): string {
  const parts: string[] = [];
  if (round.environmentNotes.length) {
    const title = `Environment: ${round.design.environment}`;
    const items = round.environmentNotes.map((n) => (dialect === 'markdown' ? `- ${n}` : `  - ${n}`)).join('\n');
    parts.push(dialect === 'markdown' ? `## ${title}\n\n${items}\n` : `${title}\n${'-'.repeat(title.length)}\n${items}\n`);
  }
  if (round.changes) parts.push(renderChangeLog(round.changes, dialect, changesTitle));
  if (round.toProduction) parts.push(renderChangeLog(round.toProduction, dialect, 'On the way to production'));
  return parts.length ? `\n${parts.join('\n')}` : '';
}

export type RoundDocument = Design & { environmentNotes?: string[]; changes?: DesignDiff; toProduction?: DesignDiff };

/** The design document, with the round's comparisons as extra fields when there are any. */
export function roundJson(round: Round): RoundDocument {
  return {
    ...round.design,
    ...(round.environmentNotes.length ? { environmentNotes: round.environmentNotes } : {}),
    ...(round.changes ? { changes: round.changes } : {}),
    ...(round.toProduction ? { toProduction: round.toProduction } : {}),
  };
}
