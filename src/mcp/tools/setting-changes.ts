import { z } from 'zod';
import { SCOPES } from '../../knowledge/catalog.js';
import { changes } from '../../method/reference/changes.js';
import { pageOf } from '../paging.js';
import { defineTool } from '../tool.js';

export const settingChangesTool = defineTool({
  name: 'setting_changes',
  title: 'Kafka settings changed between two versions',
  description: 'Settings added, removed, or with a changed default, valid values or type between two Kafka versions (documented versions; a version without a table is refused with the documented ones around it; with client, what that library itself uses where a Java client default changed), most important first, with doc-build artifacts flagged. Call it before advising on an upgrade.',
  input: z.object({
    from: z.string().min(1).max(20).describe('the version running now, e.g. 3.6'),
    to: z.string().min(1).max(20).describe('the target version, e.g. 4.1'),
    scope: z.enum(SCOPES).optional().describe('only this scope'),
    min_importance: z.enum(['high', 'medium', 'low']).optional().describe('leave out less important settings'),
    client: z.string().min(1).max(60).optional().describe('a client library (confluent-kafka, franz-go, kafkajs, ...)'),
    cursor: z.string().min(1).max(100).optional().describe('next_cursor from the previous page: a large answer comes in pages (default changes first, then removed, changed valid values, changed types, added)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ from, to, scope, min_importance, client, cursor }) {
    const r = changes({ from, to, scope, minImportance: min_importance, client });
    const real = r.defaultChanged.filter((c) => !c.docArtifact);
    const summary = [
      `Kafka ${from} -> ${to}: ${real.length} default change(s), ${r.removed.length} removed, ${r.added.length} added, ${r.validValuesChanged.length} with changed valid values.`,
      ...real.slice(0, 10).map((c) => `${c.scope} ${c.name}: ${c.from ?? '(none)'} -> ${c.to ?? '(none)'}${c.inClient ? ` (${c.inClient.library}: ${c.inClient.name ?? 'no such setting'}${c.inClient.name ? ` = ${c.inClient.default ?? '(none)'}` : ''})` : ''}`),
      ...r.notes,
    ].join('\n');
    const { json, page } = pageOf({ ...r }, ['defaultChanged', 'removed', 'validValuesChanged', 'typeChanged', 'added'], cursor);
    return { json, summary: page ? `${summary}\nPage: items ${page.offset + 1}-${page.offset + page.returned} of ${page.total}${page.next_cursor ? `; call again with cursor "${page.next_cursor}" for more` : ''}.` : summary };
  },
});
