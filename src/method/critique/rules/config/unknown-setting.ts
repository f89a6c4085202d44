import { allSettingNames } from '../../../../knowledge/catalog.js';
import { didYouMean } from '../../../../model/errors.js';
import { configRule } from '../../engine.js';
import { scopesOf } from '../../inputs/names.js';
import { isPassThrough, KIND_SCOPES } from './scopes.js';
import { SETTING_TABLE_KINDS } from '../support.js';

/** The names a config of each kind may hold, built once per kind so did-you-mean reuses its index. */
const namesByKind = new Map<string, string[]>();
const namesFor = (kind: keyof typeof KIND_SCOPES): string[] => {
  let names = namesByKind.get(kind);
  if (!names) namesByKind.set(kind, (names = KIND_SCOPES[kind].flatMap((s) => allSettingNames(s))));
  return names;
};

export const unknownSetting = configRule({
  meta: {
    id: 'config/unknown-setting',
    severity: 'warning',
    summary: 'A setting no Kafka version in the reference knows, usually a misspelling.',
    why: 'The Java client and the broker log "supplied but isn\'t a known config" and carry on with the default, so a misspelt enable.idempotence or retention.ms silently does nothing.',
    refs: ['https://kafka.apache.org/documentation/#configuration'],
    fix: 'Correct the name (see the suggestion) or remove the line.',
    messages: {
      isNotAKafka: '{{key}} is not a Kafka setting in any documented version{{detail}}',
    },
    kinds: SETTING_TABLE_KINDS,
  },
  check(ctx) {
    if (ctx.family !== 'java') return [];
    return ctx.config.entries
      .filter((e) => scopesOf(e.name).size === 0 && !isPassThrough(e.name))
      .map((e) => {
        const near = didYouMean(e.name, namesFor(ctx.config.kind), 1);
        return {
          messageId: 'isNotAKafka',
          data: { key: e.key, detail: near.length ? `; did you mean ${near[0]}?` : '' },
          setting: e.name,
          ...(near.length ? { fix: `Rename ${e.key} to ${near[0]}.` } : {}),
        };
      });
  },
});
