// The pattern catalog: all of it, or one pattern in full.
import { z } from 'zod';
import { patternById, PATTERNS, type Pattern } from '../knowledge/patterns.js';
import { renderPatterns } from '../method/report/patterns-report.js';
import { didYouMean, UserError } from '../model/errors.js';
import { defineCapability } from './capability.js';
import { variantsOf } from './documents.js';

/** One pattern in full: when to use it, what it costs, and the topics and settings it brings. */
const patternDocument = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  whenToUse: z.array(z.string()),
  whenNot: z.array(z.string()),
  tradeOffs: z.array(z.string()),
  implies: z.object({
    topics: z.array(z.object({ name: z.string().describe("relative to the flow's main topic, e.g. <flow>.pending"), role: z.string(), config: z.record(z.string(), z.string()), why: z.string() })),
    settings: z.array(z.object({ scope: z.enum(['producer', 'consumer', 'topic']), name: z.string(), value: z.string(), why: z.string() })),
  }),
  triggeredBy: z.array(z.object({ field: z.string().describe('the requirements field read'), when: z.string() })).describe('facts that make design choose it'),
  related: z.array(z.string()).describe('ids of related patterns'),
  refs: z.array(z.string()),
});

function find(id: string): Pattern {
  const p = patternById(id);
  if (p) return p;
  const near = didYouMean(
    id,
    PATTERNS.map((x) => x.id),
  );
  throw new UserError({
    field: 'id',
    message: `no pattern "${id}"`,
    expected: `one of: ${PATTERNS.map((x) => x.id).join(', ')}`,
    suggestion: near.length ? `did you mean "${near[0]}"?` : 'run `kafka-specialist patterns` for the list',
  });
}

export const patterns = defineCapability({
  name: 'patterns',
  cliName: 'patterns',
  title: 'Kafka pattern catalog',
  description:
    'The patterns a Kafka specialist reaches for (pending topic, rate-limited worker, dead-letter and retry topics, transactions, idempotent consumer, outbox, claim check, compaction, static membership, cooperative rebalancing, CDC, request-reply, ...): when to use each, when not, trade-offs, the topics and settings it implies, and which requirement makes design pick it. Without an id: all of them. Use it to explain a pattern the design picked or to offer ones the user did not know.',
  input: z.object({ id: z.string().optional().describe('a pattern id such as pending-topic; omit for the whole catalog') }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: variantsOf([z.object({ patterns: z.array(patternDocument) }), patternDocument], 'without id: { patterns } (the whole catalog); with id: that pattern'),
  run: ({ id }): Pattern | { patterns: readonly Pattern[] } => (id === undefined ? { patterns: PATTERNS } : find(id)),
  render: (chosen, format: 'text' | 'markdown') => renderPatterns(chosen, format),
  summarize: (chosen) => ('patterns' in chosen ? `${chosen.patterns.length} patterns: ${chosen.patterns.map((p) => p.id).join(', ')}.` : `${chosen.name}: ${chosen.summary}`),
});
