// A transactional producer runs with one id per instance: the design writes the per-instance part
// as a placeholder that code generation replaces and ACLs grant by prefix.

/** How the design marks the per-instance part of a transactional.id. */
export const INSTANCE_PLACEHOLDER = '${INSTANCE_ID}';

/** The literal text before and after the instance placeholder; suffix null when the id has none (one fixed id). */
export function splitTransactionalId(transactionalId: string): [string, string | null] {
  const at = transactionalId.indexOf(INSTANCE_PLACEHOLDER);
  return at >= 0 ? [transactionalId.slice(0, at), transactionalId.slice(at + INSTANCE_PLACEHOLDER.length)] : [transactionalId, null];
}
