import { z } from 'zod';
import { patternById, PATTERNS } from '../../knowledge/patterns.js';
import { UserError } from '../../model/errors.js';
import { defineTool } from '../tool.js';

export const patternsTool = defineTool({
  name: 'patterns',
  title: 'Kafka pattern catalog',
  description: 'The patterns a Kafka specialist reaches for (pending topic, rate-limited worker, dead-letter and retry topics, transactions, idempotent consumer, outbox, claim check, compaction, static membership, cooperative rebalancing, CDC, request-reply, ...): when to use each, when not, trade-offs, the topics and settings it implies, and which requirement makes design pick it. Without an id: all of them. Use it to explain a pattern the design picked or to offer ones the user did not know.',
  input: z.object({ id: z.string().optional().describe('a pattern id such as pending-topic; omit for the whole catalog') }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ id }) {
    if (id === undefined) return { json: { patterns: PATTERNS }, summary: `${PATTERNS.length} patterns: ${PATTERNS.map((p) => p.id).join(', ')}.` };
    const p = patternById(id);
    if (!p) throw new UserError({ field: 'id', message: `no pattern "${id}"`, expected: `one of: ${PATTERNS.map((x) => x.id).join(', ')}` });
    return { json: p, summary: `${p.name}: ${p.summary}` };
  },
});
