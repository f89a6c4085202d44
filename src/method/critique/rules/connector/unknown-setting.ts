import { checkConnectorConfig, connectorByClass } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';

export const connectorUnknownSetting = configRule({
  meta: {
    id: 'connector/unknown-setting',
    severity: 'warning',
    summary: 'A connector setting its connector does not define, usually a misspelling.',
    why: 'Kafka Connect passes unknown keys to the connector, which ignores them: a misspelt tombstones.on.delete or insert.mode silently leaves the default in place.',
    refs: ['https://kafka.apache.org/documentation/#connect_configuring'],
    fix: 'Correct the name (see the suggestion) or remove it.',
    messages: {
      unknown: '{{setting}} is not a setting of {{connector}}',
      unknownDidYouMean: '{{setting}} is not a setting of {{connector}}; did you mean {{suggestion}}?',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    const cls = ctx.value('connector.class');
    const known = cls ? connectorByClass(cls) : undefined;
    const config = new Map(ctx.config.entries.map((e) => [e.name, e.value]));
    return checkConnectorConfig(config, isPlaceholder).flatMap((p) =>
      p.problem !== 'unknown'
        ? []
        : [
            {
              messageId: p.suggestion ? ('unknownDidYouMean' as const) : ('unknown' as const),
              data: { setting: p.setting, connector: known ? `${cls} (${known.sourceVersion})` : 'this connector', suggestion: p.suggestion },
              setting: p.setting,
              ...(p.suggestion ? { fix: `Rename ${p.setting} to ${p.suggestion}.` } : {}),
            },
          ],
    );
  },
});
