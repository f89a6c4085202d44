// Which tools a server offers: the operator may name the only ones allowed (--tools) or ones to
// leave out (--deny-tools). A name that is no tool is a mistake to report, never to ignore: a
// typo in a deny list would otherwise leave the tool it meant to block switched on.
import { didYouMean, UserError, type UserProblem } from '../model/errors.js';

export interface ToolSelection {
  /** Only these tools (all when absent). */
  allow?: readonly string[];
  /** Never these tools. */
  deny?: readonly string[];
}

/** Splits a comma-separated flag value into names. */
export function toolNames(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function selectTools<T extends { name: string }>(tools: readonly T[], selection: ToolSelection, fields = { allow: '--tools', deny: '--deny-tools' }): T[] {
  const known = tools.map((t) => t.name);
  const problems: UserProblem[] = [];
  for (const [key, names] of [
    ['allow', selection.allow],
    ['deny', selection.deny],
  ] as const) {
    for (const name of names ?? []) {
      if (known.includes(name)) continue;
      const near = didYouMean(name, known);
      problems.push({ field: fields[key], message: `no tool named "${name}"`, expected: known.join(', '), ...(near.length ? { suggestion: `did you mean ${near.join(' or ')}?` } : {}) });
    }
  }
  if (problems.length) throw new UserError(problems);
  const chosen = tools.filter((t) => (!selection.allow || selection.allow.includes(t.name)) && !selection.deny?.includes(t.name));
  if (!chosen.length) throw new UserError({ field: fields.deny, message: 'every tool is left out', suggestion: 'allow at least one tool' });
  return chosen;
}
