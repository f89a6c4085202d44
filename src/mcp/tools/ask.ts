import { z } from 'zod';
import { draftFromWords } from '../../method/intake/compose.js';
import { defineTool } from '../tool.js';

export const askTool = defineTool({
  name: 'ask',
  title: 'Requirements draft from plain words',
  description: [
    'Turns a request in plain words ("our consumer falls behind at 400 events/s; each call to the push API takes 50 ms to 2 s and the API allows 100 requests/s; Python; keep each user\'s events in order") into a requirements draft for the design tool. Deterministic and offline.',
    'Returns requirements (pass them to design as YAML or JSON), understood (field, value and the quoted words that gave it), assumptions (what the words did not say and what was assumed) and questions (what to ask the user next) and notPlaced (clauses of the request that no field took, each with its question). Put every notPlaced item and the questions to the user before designing; nothing the user said may be dropped.',
  ].join('\n'),
  input: z.object({ request: z.string().min(1).max(20_000).describe('the request in plain words') }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ request }) {
    const draft = draftFromWords(request);
    return {
      json: draft,
      summary: `Understood ${draft.understood.length} fact(s) (${draft.understood.map((u) => u.field).join(', ') || 'none'}); ${draft.assumptions.length} assumption(s); ${draft.notPlaced.length} clause(s) not placed${draft.notPlaced.length ? ` (${draft.notPlaced.map((n) => `"${n.words}"`).join(', ')})` : ''}; ${draft.questions.length} question(s) to ask: ${draft.questions.map((q) => q.question).join(' ')}`,
    };
  },
});
