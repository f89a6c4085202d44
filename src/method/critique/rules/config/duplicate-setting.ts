import { configRule } from '../../engine.js';
import { shownValue } from '../../secrets.js';
import { KAFKA_FILE_KINDS } from '../support.js';

export const duplicateSetting = configRule({
  meta: {
    id: 'config/duplicate-setting',
    severity: 'warning',
    summary: 'The same key is written twice with different values.',
    why: 'Only the last occurrence counts, so whoever edits the first one changes nothing; the file says two things and Kafka silently picks one.',
    refs: ['https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Properties.html#load(java.io.Reader)'],
    fix: 'Keep one line for the key, with the value you mean.',
    messages: {
      isSetToAnd: '{{key}} is set to "{{value}}"{{detail}} and again to "{{value2}}"{{detail2}}; the last one wins',
    },
    kinds: KAFKA_FILE_KINDS,
  },
  check(ctx) {
    const seen = new Map<string, { value: string; line?: number }>();
    const hits = [];
    for (const e of ctx.config.entries) {
      const first = seen.get(e.key);
      if (first && first.value !== e.value) {
        hits.push({
          messageId: 'isSetToAnd',
          data: {
            key: e.key,
            value: shownValue(e.key, first.value),
            detail: first.line ? ` on line ${first.line}` : '',
            value2: shownValue(e.key, e.value),
            detail2: e.line ? ` on line ${e.line}` : '',
          },
          setting: e.name,
        });
      }
      if (!first) seen.set(e.key, { value: e.value, ...(e.line !== undefined ? { line: e.line } : {}) });
    }
    return hits;
  },
});
