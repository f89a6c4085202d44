import type { Rule } from '../../engine.js';
import { shownValue } from '../../secrets.js';

export const duplicateSetting: Rule = {
  id: 'config/duplicate-setting',
  severity: 'warning',
  summary: 'The same key is written twice with different values.',
  why: 'Only the last occurrence counts, so whoever edits the first one changes nothing; the file says two things and Kafka silently picks one.',
  fix: 'Keep one line for the key, with the value you mean.',
  refs: ['https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Properties.html#load(java.io.Reader)'],
  kinds: ['producer', 'consumer', 'admin', 'client', 'streams', 'connect', 'mirrormaker', 'broker', 'controller', 'topic'],
  check(ctx) {
    const seen = new Map<string, { value: string; line?: number }>();
    const hits = [];
    for (const e of ctx.config.entries) {
      const first = seen.get(e.key);
      if (first && first.value !== e.value) {
        hits.push({ message: `${e.key} is set to "${shownValue(e.key, first.value)}"${first.line ? ` on line ${first.line}` : ''} and again to "${shownValue(e.key, e.value)}"${e.line ? ` on line ${e.line}` : ''}; the last one wins`, setting: e.name });
      }
      if (!first) seen.set(e.key, { value: e.value, ...(e.line !== undefined ? { line: e.line } : {}) });
    }
    return hits;
  },
};
