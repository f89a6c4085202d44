// Results sized for a model: a tool answer above about 20k tokens crowds out the conversation, so
// a document whose lists make it larger comes in pages. A page keeps the document's shape with
// each list cut to the page's slice, and says where it is (`page`) and how to get the next one.
import { z } from 'zod';
import { UserError } from '../model/errors.js';

/** The fields of a document that hold lists: the ones a paged tool may cut into pages. */
export type ListField<D> = { [K in keyof D & string]: D[K] extends readonly unknown[] ? K : never }[keyof D & string];

/** About 20k tokens at ~4 bytes a token. */
export const MAX_RESULT_BYTES = 80_000;

const count = z.number().int().nonnegative();

/** Where a page is in the whole answer: every paged tool's outputSchema declares it (optional: an answer that fits comes whole). */
export const pageInfoSchema = z.object({
  offset: count.describe('items (over the paged lists, in their order) before this page'),
  returned: count,
  total: count,
  totals: z.record(z.string(), count).describe('items per paged list in the whole answer'),
  next_cursor: z.string().nullable().describe('pass as cursor for the next page; null on the last one'),
});
export type PageInfo = z.output<typeof pageInfoSchema>;

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decode(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new UserError({ field: 'cursor', message: 'not a cursor this tool gave out', suggestion: 'pass the next_cursor of the previous page, or no cursor for the first page' });
  return Number(m[1]);
}

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

/**
 * The document unchanged when it fits and no cursor is given; otherwise the page at `cursor`
 * of the items of `lists` (taken in that order), as many as fit in `budget` bytes (at least one).
 */
export function pageOf<T extends object>(
  doc: T,
  lists: ReadonlyArray<ListField<T>>,
  cursor: string | undefined,
  budget = MAX_RESULT_BYTES,
): { json: T | (T & { page: PageInfo }); page: PageInfo | null } {
  if (cursor === undefined && bytes(doc) <= budget) return { json: doc, page: null };
  // ListField names only fields whose values are lists; the index type cannot say so by itself.
  const listAt = (key: ListField<T>) => doc[key] as readonly unknown[];
  const items = lists.flatMap((key) => listAt(key).map((item) => ({ key, item })));
  const offset = cursor === undefined ? 0 : decode(cursor);
  if (offset > items.length) throw new UserError({ field: 'cursor', message: `the cursor points past the last of ${items.length} items` });
  const empty = Object.fromEntries(lists.map((key) => [key, []])) as Record<string, unknown[]>;
  // Room for the rest of the document and the page note, which a full page index cannot outgrow.
  let room =
    budget -
    bytes({ ...doc, ...empty }) -
    bytes({ page: { offset, returned: items.length, total: items.length, totals: Object.fromEntries(lists.map((k) => [k, items.length])), next_cursor: encode(items.length) } });
  const slices: Record<string, unknown[]> = Object.fromEntries(lists.map((key) => [key, []]));
  let end = offset;
  for (; end < items.length; end++) {
    const size = bytes(items[end]!.item) + 1;
    if (size > room && end > offset) break;
    room -= size;
    slices[items[end]!.key]!.push(items[end]!.item);
  }
  const page: PageInfo = {
    offset,
    returned: end - offset,
    total: items.length,
    totals: Object.fromEntries(lists.map((key) => [key, listAt(key).length])),
    next_cursor: end < items.length ? encode(end) : null,
  };
  return { json: { ...doc, ...slices, page }, page };
}
