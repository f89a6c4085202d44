import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';
import { KAFKA_FILE_KINDS } from '../support.js';

export const placeholderValue = configRule({
  meta: {
    id: 'config/placeholder-value',
    severity: 'info',
    summary: 'Template placeholders ({{ X }}, ${X}) whose values are only known at deployment.',
    why: 'A placeholder left unrendered reaches the client as text (bootstrap.servers={{ BROKER_ENDPOINT }} fails to resolve); the critique cannot judge those values either.',
    refs: ['https://kafka.apache.org/documentation/#config_providers'],
    fix: 'Make sure the template is rendered before use; critique the rendered file to have the values checked.',
    messages: {
      valueSAreTemplate: '{{keysCount}} value(s) are template placeholders and were not judged: {{keys}}',
    },
    kinds: KAFKA_FILE_KINDS,
  },
  check(ctx) {
    // Configurations built in code (the design) carry placeholders on purpose.
    if (!ctx.config.format) return [];
    const keys = ctx.config.entries.filter((e) => isPlaceholder(e.value) && !e.value.startsWith('${file:') && !e.value.startsWith('${env:')).map((e) => e.key);
    return keys.length ? [{ messageId: 'valueSAreTemplate', data: { keysCount: keys.length, keys: keys.join(', ') }, setting: ctx.config.entries.find((e) => e.key === keys[0])!.name }] : [];
  },
});
