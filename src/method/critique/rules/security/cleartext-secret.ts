import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';
import { isSecretKey } from '../../secrets.js';

export const cleartextSecret = configRule({
  meta: {
    id: 'security/cleartext-secret',
    severity: 'info',
    summary: 'Passwords or credentials written in the file itself.',
    why: 'A secret in a configuration file ends up in version control, container images and support bundles. Kafka can read it at runtime from a file, the environment or a vault through config providers instead.',
    refs: ['https://kafka.apache.org/documentation/#config_providers', 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-297%3A+Externalizing+Secrets+for+Connect+Configurations'],
    fix: 'Reference the secret with a config provider (${file:/path:key}, ${env:NAME}) or inject it at deploy time; rotate any secret that was committed.',
    messages: {
      secretValuesWrittenIn: 'secret values written in clear text: {{keys}} (values not shown)',
    },
    kinds: ['producer', 'consumer', 'admin', 'client', 'streams', 'connect', 'mirrormaker', 'broker', 'controller'],
  },
  check(ctx) {
    const keys = ctx.config.entries.filter((e) => isSecretKey(e.key) && e.value.trim() !== '' && !isPlaceholder(e.value) && !/^\$\{(file|env|vault|directory):/i.test(e.value.trim()));
    return keys.length ? [{ messageId: 'secretValuesWrittenIn', data: { keys: keys.map((k) => k.key).join(', ') }, setting: keys[0]!.name }] : [];
  },
});
