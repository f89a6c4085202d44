// The shape every strategy decision returns: config entries set on purpose, and a rationale entry
// for each setting considered, including the ones whose default is already right.
import { clientDefault, sameSettingValue } from '../../knowledge/clients.js';
import { setting, type Scope } from '../../knowledge/catalog.js';
import type { Rationale } from '../../model/design.js';

export interface Decision {
  config: Record<string, string>;
  rationale: Rationale[];
}

export function emptyDecision(): Decision {
  return { config: {}, rationale: [] };
}

export function merge(into: Decision, from: Decision): Decision {
  Object.assign(into.config, from.config);
  into.rationale.push(...from.rationale);
  return into;
}

export interface ClientContext {
  kafkaVersion: string;
  library: string;
}

/**
 * Decides one client setting. The value goes into the config when it differs from what the
 * client library would use by default (for this Kafka version), or always when `explicit` is set
 * because the guarantee depends on it. Either way the rationale says why.
 */
export function clientSetting(scope: 'producer' | 'consumer', ctx: ClientContext, name: string, value: string, why: string, options: { explicit?: boolean; refs?: string[] } = {}): Decision {
  const d = clientDefault(scope, name, ctx.kafkaVersion, ctx.library);
  const refs = [...(options.refs ?? []), ...docRef(scope, name, ctx.kafkaVersion)];
  const matchesDefault = sameSettingValue(name, d.value, value);
  if (matchesDefault && !options.explicit) {
    return { config: {}, rationale: [{ setting: name, why: `${why} The default (${d.value}, ${d.source}) already gives this, so it is left unset.`, refs }] };
  }
  const note = matchesDefault
    ? ` Set explicitly although it is the default (${d.source}): the guarantee depends on it, and an explicit value fails loudly if it conflicts with another setting.`
    : d.value !== null
      ? ` Default would be ${d.value} (${d.source}).`
      : '';
  return { config: { [name]: value }, rationale: [{ setting: name, why: `${why}${note}`, refs }] };
}

/** A topic setting: always written when decided (topic configs are created once, on purpose). */
export function topicSetting(name: string, value: string, why: string, kafkaVersion: string, refs: string[] = []): Decision {
  return { config: { [name]: value }, rationale: [{ setting: name, why, refs: [...refs, ...docRef('topic', name, kafkaVersion)] }] };
}

export function docRef(scope: Scope, name: string, kafkaVersion: string): string[] {
  const f = setting(scope, name, kafkaVersion);
  return f ? [f.docUrl] : [];
}
