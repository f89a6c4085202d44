import { checkConnectorConfig } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';
import { shownValue } from '../../secrets.js';

export const connectorInvalidValue = configRule({
  meta: {
    id: 'connector/invalid-value',
    severity: 'error',
    summary: 'A connector setting with a value of the wrong type or outside its documented values.',
    why: 'Connect validates the configuration when the connector is created or updated and refuses it (HTTP 400, or the KafkaConnector stays NotReady): the pipeline never starts.',
    refs: ['https://kafka.apache.org/documentation/#connect_configuring'],
    fix: 'Use a value of the documented type, one of the listed values for an enum.',
    messages: {
      notExpected: '{{setting}}={{value}} is not {{expected}}',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    const config = new Map(ctx.config.entries.map((e) => [e.name, e.value]));
    return checkConnectorConfig(config, isPlaceholder).flatMap((p) =>
      p.problem !== 'invalid'
        ? []
        : [
            {
              messageId: 'notExpected' as const,
              data: { setting: p.setting, value: shownValue(p.setting, config.get(p.setting) ?? ''), expected: p.expected },
              setting: p.setting,
            },
          ],
    );
  },
});
