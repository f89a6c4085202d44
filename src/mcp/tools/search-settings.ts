import { z } from 'zod';
import { SCOPES } from '../../knowledge/catalog.js';
import { search } from '../../method/reference/search.js';
import { defineTool } from '../tool.js';

export const searchSettingsTool = defineTool({
  name: 'search_settings',
  title: 'Find Kafka settings by words or concepts',
  description: 'Ranked Kafka settings for a few words or a concept ("exactly once", "rebalance", "ordering", "data loss", "large messages"), across names and the specialist\'s explanations. Call it when you do not know which setting governs a behaviour, then explain_setting on the hits.',
  input: z.object({
    query: z.string().min(1).max(500).describe('words or a concept'),
    limit: z.number().int().min(1).max(50).optional().describe('how many results (default 10)'),
    scope: z.enum(SCOPES).optional().describe('only settings of this scope'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ query, limit, scope }) {
    const result = search(query, { limit, scope });
    const summary = result.hits.length
      ? result.hits.map((h, i) => `${i + 1}. ${h.name} (${h.scope})${h.what ? ` - ${h.what}` : ''}`).join('\n')
      : `No settings match "${query}".`;
    return { json: result, summary };
  },
});
