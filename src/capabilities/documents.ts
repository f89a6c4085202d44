// Pieces of the JSON documents capabilities return, as zod: each capability's `output` (the MCP
// outputSchema, which clients check every result against) is built from these and from the model's
// own schemas, so a shape is written once.
import { z } from 'zod';
import { SCOPES, VERSION_RELATIONS } from '../knowledge/catalog.js';

export const count = z.number().int().nonnegative();

/** What a cluster or registry could not answer; the rest was still read. */
export const unavailableSchema = z.object({ what: z.string().describe('what could not be read'), reason: z.string() });

export const scopeSchema = z.enum(SCOPES);

/** A Kafka version as asked, and the documented version whose tables answer for it. */
export const resolvedVersionSchema = z.object({
  requested: z.string(),
  documented: z.string().describe('the documented version whose tables answer for the requested one'),
  relation: z.enum(VERSION_RELATIONS),
});

type Output<T extends readonly z.ZodObject[]> = z.output<T[number]>;

/**
 * One object schema for a document that comes in variants (a list, or one item in full): an MCP
 * outputSchema must be a single object, so the fields of every variant are declared, those not in
 * all of them optional. Each variant is still typed on its own, so the capability's document type
 * is checked against their union.
 */
export function variantsOf<const T extends readonly [z.ZodObject, ...z.ZodObject[]]>(variants: T, description: string): z.ZodObject & z.ZodType<Output<T>> {
  const fields = new Map<string, z.ZodType[]>();
  for (const variant of variants) {
    for (const [key, field] of Object.entries(variant.shape as Record<string, z.ZodType>)) fields.set(key, [...(fields.get(key) ?? []), field]);
  }
  const shape = Object.fromEntries(
    [...fields].map(([key, all]) => {
      const distinct = [...new Set(all)];
      const field = distinct.length === 1 ? distinct[0]! : z.union(distinct);
      return [key, all.length === variants.length ? field : field.optional()];
    }),
  );
  // The merged object accepts exactly the fields of the variants; the type says which combinations occur.
  return z.object(shape).describe(description) as unknown as z.ZodObject & z.ZodType<Output<T>>;
}
