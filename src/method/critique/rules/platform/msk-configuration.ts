import { setting } from '../../../../knowledge/catalog.js';
import {
  MSK_CONFIGURATION_SOURCES,
  MSK_EXPRESS_CONFIGURATION,
  MSK_EXPRESS_DYNAMIC,
  MSK_EXPRESS_FIXED_SETTINGS,
  MSK_RANGES,
  MSK_STANDARD_CONFIGURATION,
  MSK_STANDARD_MANAGED_PREFIXES,
  mskBrokerFamily,
} from '../../../../knowledge/msk-configuration.js';
import { fmt } from '../../../../model/units.js';
import { configRule, type RuleContext } from '../../engine.js';

type Message = 'notAccepted' | 'dynamicOnly' | 'fixedOnExpress' | 'outOfRange';

/** Whether MSK lets the broker setting be changed on the running cluster (kafka-configs) instead. */
function dynamicallySettable(ctx: RuleContext, name: string, express: boolean): boolean {
  if (express) return MSK_EXPRESS_DYNAMIC.has(name);
  if (MSK_STANDARD_MANAGED_PREFIXES.some((p) => name.startsWith(p))) return false;
  const mode = setting('broker', name, ctx.kafkaVersion)?.updateMode;
  return mode === 'cluster-wide' || mode === 'per-broker';
}

/** A broker configuration meant for Amazon MSK sets what MSK's configuration does not accept. */
export const mskConfiguration = configRule({
  meta: {
    id: 'platform/msk-configuration',
    severity: 'error',
    summary: 'An Amazon MSK configuration sets a property MSK does not accept, or a value outside the range MSK allows.',
    why: 'MSK applies only a listed subset of the Apache Kafka broker properties (fewer on Express brokers, which also fix replication at 3 with min.insync.replicas 2); creating or updating a configuration with any other key fails, and MSK narrows a few ranges (replica.lag.time.max.ms 10–30 s).',
    refs: [MSK_CONFIGURATION_SOURCES.standard, MSK_CONFIGURATION_SOURCES.express, MSK_CONFIGURATION_SOURCES.expressReadOnly],
    fix: 'Keep to the properties AWS lists for the broker type; set dynamic broker settings with kafka-configs --entity-type brokers --entity-default --alter instead, and drop what MSK manages itself.',
    messages: {
      notAccepted: '{{key}}: Amazon MSK does not accept it in a {{family}} broker configuration (MSK manages it, and creating the configuration fails on it)',
      dynamicOnly: '{{key}}: Amazon MSK does not accept it in a {{family}} broker configuration; it is a dynamic broker setting, so set it on the running cluster instead',
      fixedOnExpress: '{{key}}={{value}}: Express brokers fix it ({{fixed}}) and MSK rejects a change',
      outOfRange: '{{key}}={{value}}: Amazon MSK accepts {{min}} to {{max}} only',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (ctx.intent.platform !== 'msk') return [];
    const family = mskBrokerFamily(ctx.intent.brokerType);
    const express = family === 'express';
    const accepted = express ? MSK_EXPRESS_CONFIGURATION : MSK_STANDARD_CONFIGURATION;
    const hits = [];
    for (const e of ctx.config.entries) {
      const familyText = express ? 'Express' : 'Standard';
      if (express && e.name in MSK_EXPRESS_FIXED_SETTINGS) {
        hits.push({ messageId: 'fixedOnExpress' as Message, data: { key: e.key, value: e.value, fixed: MSK_EXPRESS_FIXED_SETTINGS[e.name] }, setting: e.name });
      } else if (!accepted.has(e.name)) {
        const dynamic = dynamicallySettable(ctx, e.name, express);
        hits.push({
          messageId: (dynamic ? 'dynamicOnly' : 'notAccepted') as Message,
          data: { key: e.key, family: familyText },
          setting: e.name,
          fix: dynamic
            ? `Remove ${e.key} from the MSK configuration and set it with kafka-configs.sh --bootstrap-server <msk> --entity-type brokers --entity-default --alter --add-config ${e.name}=${e.value}.`
            : `Remove ${e.key}: MSK sets it itself (see ${express ? MSK_CONFIGURATION_SOURCES.express : MSK_CONFIGURATION_SOURCES.standard}).`,
        });
      } else if (e.name in MSK_RANGES) {
        const { min, max } = MSK_RANGES[e.name]!;
        const value = Number(e.value);
        if (Number.isFinite(value) && (value < min || value > max))
          hits.push({ messageId: 'outOfRange' as Message, data: { key: e.key, value: e.value, min: fmt(min), max: fmt(max) }, setting: e.name });
      }
    }
    return hits;
  },
});
