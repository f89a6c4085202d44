// Settings whose values are secrets. Their values never appear in any output: rules do not quote
// them, and the critique redacts them from every message as a last line of defence.
import type { ConfigUnderReview } from './config-model.js';

const SECRET = /(password|secret|jaas\.config|user\.info|credentials|token|ssl\.key(store)?\.key$|ssl\.key\.pem|private\.key)/i;

export function isSecretKey(key: string): boolean {
  return SECRET.test(key);
}

const REDACTED = '****';

/** The secret values written in these configurations, longest first (so substrings redact last). */
export function secretValues(configs: readonly ConfigUnderReview[]): string[] {
  const values = new Set<string>();
  for (const c of configs) {
    for (const e of c.entries) if (isSecretKey(e.key) && e.value.trim().length >= 3) values.add(e.value.trim());
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** A value as a message may show it: secrets never. */
export function shownValue(key: string, value: string): string {
  return isSecretKey(key) ? REDACTED : value;
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(REDACTED);
  return out;
}
