import { checkConnectorConfig } from '../../../../knowledge/connectors.js';
import { isPlaceholder, type Rule } from '../../engine.js';
import { shownValue } from '../../secrets.js';

export const connectorInvalidValue: Rule = {
  id: 'connector/invalid-value',
  severity: 'error',
  summary: 'A connector setting with a value of the wrong type or outside its documented values.',
  why: 'Connect validates the configuration when the connector is created or updated and refuses it (HTTP 400, or the KafkaConnector stays NotReady): the pipeline never starts.',
  fix: 'Use a value of the documented type, one of the listed values for an enum.',
  refs: ['https://kafka.apache.org/documentation/#connect_configuring'],
  kinds: ['connector'],
  check(ctx) {
    const config = new Map(ctx.config.entries.map((e) => [e.name, e.value]));
    return checkConnectorConfig(config, isPlaceholder).flatMap((p) => (p.problem !== 'invalid' ? [] : [{
      message: `${p.setting}=${shownValue(p.setting, config.get(p.setting) ?? '')} is not ${p.expected}`,
      setting: p.setting,
    }]));
  },
};
