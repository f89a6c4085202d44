// The generators' static code, written as real source files under templates/<language>/ and
// embedded at build time (scripts/embed-templates.mjs -> templates.generated.ts), so each language's
// own tools check it. `fill` puts the design-dependent parts into a section's `@slot` lines.
import { lines } from './files.js';
import type { ConsumerPlan } from './plan.js';

export { TEMPLATES } from './templates.generated.js';

/** A slot's contents: code, or nothing (the slot line disappears). */
export type SlotValue = string | null | undefined | false;

/** `// @slot name` or `# @slot name`, alone or after a stand-in (Python's `pass` where a block needs a statement). */
const SLOT = /^([\t ]*)(?:\S.*\s)?(?:\/\/|#) @slot ([A-Za-z][A-Za-z0-9]*)$/;

/**
 * The section with each `@slot name` line replaced by `slots[name]`, indented as the slot line is.
 * Every slot of the section must be given (null to drop it), and only those: a typo fails loudly.
 * `names` replaces placeholders that stand where the language needs a word inside a line, spelled
 * as identifiers the language accepts (Java's `$V` for the value type); slot values are not searched.
 */
export function fill(section: string, slots: Record<string, SlotValue>, names: Record<string, string> = {}): string {
  const used = new Set<string>();
  const out: string[] = [];
  const named = Object.entries(names).reduce((text, [placeholder, word]) => text.split(placeholder).join(word), section);
  for (const line of named.split('\n')) {
    const m = line.match(SLOT);
    if (!m) {
      out.push(line);
      continue;
    }
    const pad = m[1] ?? '';
    const name = m[2] ?? '';
    if (!(name in slots)) throw new Error(`template slot ${name} is not filled`);
    used.add(name);
    const value = slots[name];
    if (typeof value === 'string') out.push(...value.split('\n').map((l) => (l.length ? pad + l : l)));
  }
  const unknown = Object.keys(slots).filter((k) => !used.has(k));
  if (unknown.length) throw new Error(`template has no slot ${unknown.join(', ')}`);
  return out.join('\n');
}

/** The consumer helper sections of one language, as its template file names them. */
export interface HelperSections {
  errorTypes: string;
  seenEvents: string;
  rateLimiter: string;
  compactedState: string;
  process: string;
}

/**
 * The helpers a consumer's plan asks for, in the order every language writes them: the error
 * types, deduplication, the rate limiter, the compacted state, then process(). `gap` is the
 * language's blank lines between top-level definitions (PEP 8 wants two).
 */
export function consumerHelpers(c: ConsumerPlan, sections: HelperSections, gap = 1): string {
  const blank = Array<string>(gap).fill('');
  const optional = (wanted: boolean, code: string) => (wanted ? lines(code, ...blank) : null);
  return lines(
    sections.errorTypes,
    ...blank,
    optional(c.idempotent, sections.seenEvents),
    optional(c.rateLimitPerSecond !== null, sections.rateLimiter),
    optional(c.compactedState, sections.compactedState),
    sections.process,
  );
}
