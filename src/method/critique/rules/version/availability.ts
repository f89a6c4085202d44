// When a setting exists in the catalog for this kind, but not in the Kafka version under review.
import { compareVersions, resolveVersion, settingHistory } from '../../../../knowledge/catalog.js';
import type { RuleContext } from '../../engine.js';
import type { ConfigEntry, ConfigKind } from '../../config-model.js';
import { KIND_SCOPES } from '../config/scopes.js';

export interface Availability {
  entry: ConfigEntry;
  /** 'later': documented only after this version; 'earlier': only before it. */
  when: 'later' | 'earlier';
  /** First version documenting it (later) or last version documenting it (earlier). */
  version: string;
}

const memo = new WeakMap<RuleContext, Availability[]>();

/** Both version rules ask this of the same context; work it out once. */
export function availability(ctx: RuleContext): Availability[] {
  let found = memo.get(ctx);
  if (!found) memo.set(ctx, (found = compute(ctx)));
  return found;
}

/**
 * One hit per setting documented only `when` (after or before) the version under review, naming
 * the setting ({{entryKey}}), that version ({{version}}) and the one under review ({{kafkaVersion}});
 * an info, with a hint, when the version was not stated but assumed.
 */
export function availabilityHits<M extends string>(ctx: RuleContext, when: Availability['when'], messageId: M) {
  return availability(ctx)
    .filter((a) => a.when === when)
    .map((a) => ({
      messageId,
      data: { entryKey: a.entry.key, version: a.version, kafkaVersion: ctx.kafkaVersion, detail: ctx.config.versionAssumed ? ' (no Kafka version stated; pass --kafka-version)' : '' },
      setting: a.entry.name,
      ...(ctx.config.versionAssumed ? { severity: 'info' as const } : {}),
    }));
}

function compute(ctx: RuleContext): Availability[] {
  if (ctx.family !== 'java') return [];
  const target = resolveVersion(ctx.kafkaVersion).documented;
  const out: Availability[] = [];
  for (const entry of ctx.config.entries) {
    const found = documentedWhen(ctx.config.kind, entry.name, target);
    if (found) out.push({ entry, ...found });
  }
  return out;
}

/**
 * Keyed by kind, name and version: the catalog's answer never changes, and a file repeats the
 * settings of the files before it. Only catalog names are kept, so the memo stays as small as the catalog.
 */
const whenMemo = new Map<string, Omit<Availability, 'entry'> | null>();

function documentedWhen(kind: ConfigKind, name: string, target: string): Omit<Availability, 'entry'> | null {
  const key = `${kind}|${target}|${name}`;
  const memo = whenMemo.get(key);
  if (memo !== undefined) return memo;
  const runs = KIND_SCOPES[kind].flatMap((s) => settingHistory(s, name)?.runs ?? []);
  if (runs.length === 0) return null;
  let found: Omit<Availability, 'entry'> | null = null;
  if (!runs.some((r) => compareVersions(r.from, target) <= 0 && compareVersions(target, r.to) <= 0)) {
    const later = runs
      .filter((r) => compareVersions(r.from, target) > 0)
      .map((r) => r.from)
      .sort(compareVersions)[0];
    const earlier = runs
      .filter((r) => compareVersions(r.to, target) < 0)
      .map((r) => r.to)
      .sort(compareVersions)
      .at(-1);
    if (later) found = { when: 'later', version: later };
    else if (earlier) found = { when: 'earlier', version: earlier };
  }
  whenMemo.set(key, found);
  return found;
}
