// The reference jobs beside explain_setting: settings by words, and settings changed between versions.
import { z } from 'zod';
import { IMPORTANCES, SCOPES } from '../knowledge/catalog.js';
import { changes } from '../method/reference/changes.js';
import { renderChanges, renderSearch } from '../method/reference/render.js';
import { search } from '../method/reference/search.js';
import { defineCapability } from './capability.js';
import { clientLibraryId } from './client-input.js';
import { resolvedVersionSchema, scopeSchema } from './documents.js';

const importance = z.enum(IMPORTANCES);

const searchDocument = z.object({
  query: z.string(),
  hits: z.array(
    z.object({
      scope: scopeSchema,
      name: z.string(),
      score: z.number(),
      importance,
      what: z.string().optional().describe('our one-line explanation'),
      matched: z.array(z.string()).describe('the query terms (and concept) it matched'),
      alsoIn: z.array(scopeSchema).optional().describe('other scopes with the same setting'),
    }),
  ),
});

const settingChange = z.object({ scope: scopeSchema, name: z.string(), importance, what: z.string().optional(), docUrl: z.string() });
const valueChange = settingChange.extend({
  from: z.string().nullable(),
  to: z.string().nullable(),
  docArtifact: z.string().optional().describe('set when the difference comes from how the docs were built'),
  inClient: z
    .object({ library: z.string(), name: z.string().nullable(), default: z.string().nullable(), source: z.string() })
    .optional()
    .describe("the client library's own name and default, which the Java change does not move"),
});

const changesDocument = z.object({
  from: resolvedVersionSchema,
  to: resolvedVersionSchema,
  scopes: z.array(scopeSchema),
  added: z.array(settingChange),
  removed: z.array(settingChange),
  defaultChanged: z.array(valueChange),
  validValuesChanged: z.array(valueChange),
  typeChanged: z.array(valueChange),
  notes: z.array(z.string()),
});

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true };

export const searchSettings = defineCapability({
  name: 'search_settings',
  cliName: 'search',
  title: 'Find Kafka settings by words or concepts',
  description:
    'Ranked Kafka settings for a few words or a concept ("exactly once", "rebalance", "ordering", "data loss", "large messages"), across names and the specialist\'s explanations. Call it when you do not know which setting governs a behaviour, then explain_setting on the hits.',
  input: z.object({
    query: z.string().min(1).max(500).describe('words or a concept'),
    limit: z.number().int().min(1).max(50).optional().describe('how many results (default 10)'),
    scope: z.enum(SCOPES).optional().describe('only settings of this scope'),
  }),
  annotations: READ_ONLY,
  output: searchDocument,
  run: ({ query, limit, scope }) => search(query, { limit, scope }),
  render: (result, format: 'text' | 'markdown') => renderSearch(result, format),
  summarize: (result) => (result.hits.length ? result.hits.map((h, i) => `${i + 1}. ${h.name} (${h.scope})${h.what ? ` - ${h.what}` : ''}`).join('\n') : `No settings match "${result.query}".`),
});

export const settingChanges = defineCapability({
  name: 'setting_changes',
  cliName: 'changes',
  title: 'Kafka settings changed between two versions',
  description:
    'Settings added, removed, or with a changed default, valid values or type between two Kafka versions (documented versions; a version without a table is refused with the documented ones around it; with client, what that library itself uses where a Java client default changed), most important first, with doc-build artifacts flagged. Call it before advising on an upgrade.',
  input: z.object({
    from: z.string().min(1).max(20).describe('the version running now, e.g. 3.6'),
    to: z.string().min(1).max(20).describe('the target version, e.g. 4.1'),
    scope: z.enum(SCOPES).optional().describe('only this scope'),
    min_importance: importance.optional().describe('leave out less important settings'),
    client: clientLibraryId.optional().describe('a client library: where a Java client default changed, what this library itself uses'),
  }),
  annotations: READ_ONLY,
  output: changesDocument,
  run: ({ from, to, scope, min_importance, client }) => changes({ from, to, scope, minImportance: min_importance, client }),
  render: (report, format: 'text' | 'markdown') => renderChanges(report, format),
  summarize(r) {
    const real = r.defaultChanged.filter((c) => !c.docArtifact);
    return [
      `Kafka ${r.from.requested} -> ${r.to.requested}: ${real.length} default change(s), ${r.removed.length} removed, ${r.added.length} added, ${r.validValuesChanged.length} with changed valid values.`,
      ...real
        .slice(0, 10)
        .map(
          (c) =>
            `${c.scope} ${c.name}: ${c.from ?? '(none)'} -> ${c.to ?? '(none)'}${c.inClient ? ` (${c.inClient.library}: ${c.inClient.name ?? 'no such setting'}${c.inClient.name ? ` = ${c.inClient.default ?? '(none)'}` : ''})` : ''}`,
        ),
      ...r.notes,
    ].join('\n');
  },
});
