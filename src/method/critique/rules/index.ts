// Every rule the engine knows, in one list. Rules live one per file under rules/<area>/.
import type { Rule } from '../engine.js';

export const ALL_RULES: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
