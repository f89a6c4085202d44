// Connection security for the Python programs: security_config() builds the client's options from
// the environment, in confluent-kafka's (librdkafka) or kafka-python's option names. The code is
// templates/python/security.py; this module fills in the names and picks the library's sections.
import type { SecurityDesign } from '../../model/design.js';
import { lines, quote } from './files.js';
import { headline, SECRET_PLACEHOLDERS, securityOf } from './security.js';
import { fill, TEMPLATES } from './templates.js';

const PY_SECURITY = TEMPLATES.python.security;

/** A Python library's option names for connection security, by the template's placeholder. */
interface PythonSecurityNames {
  PROTOCOL_OPTION: string;
  MECHANISM_OPTION: string;
  SASL_USERNAME_OPTION: string;
  SASL_PASSWORD_OPTION: string;
  CA_FILE_OPTION: string;
  CERTIFICATE_FILE_OPTION: string;
  KEY_FILE_OPTION: string;
  KEY_PASSWORD_OPTION: string;
}

/** Fills a section's placeholders: every secret's variable name, plus `names` (quoted here). */
function withNames(section: string, slots: Record<string, string> = {}, names: Record<string, string> = {}): string {
  const quoted = Object.fromEntries(Object.entries(names).map(([placeholder, word]) => [placeholder, quote(word)]));
  return fill(section, slots, { ...quoted, ...SECRET_PLACEHOLDERS });
}

/**
 * The security block of both Python libraries: `preamble` (helpers the library needs), then
 * security_config() with the library's option names and its token mechanisms (`tokens`).
 */
function pythonSecurityConfig(security: SecurityDesign | null | undefined, names: PythonSecurityNames, preamble: string | null, tokens: string): string {
  const s = securityOf(security);
  return lines(
    `# ${headline(security)}`,
    preamble === null ? null : [preamble, '', ''],
    withNames(PY_SECURITY.securityConfig, { tokens }, { ...names, DESIGN_PROTOCOL: s.protocol, DESIGN_MECHANISM: s.mechanism }),
  );
}

/** confluent-kafka (librdkafka) in Python: a dict built from the environment. */
export function pythonSecurity(security: SecurityDesign | null | undefined): string {
  return pythonSecurityConfig(
    security,
    {
      PROTOCOL_OPTION: 'security.protocol',
      MECHANISM_OPTION: 'sasl.mechanism',
      SASL_USERNAME_OPTION: 'sasl.username',
      SASL_PASSWORD_OPTION: 'sasl.password',
      CA_FILE_OPTION: 'ssl.ca.location',
      CERTIFICATE_FILE_OPTION: 'ssl.certificate.location',
      KEY_FILE_OPTION: 'ssl.key.location',
      KEY_PASSWORD_OPTION: 'ssl.key.password',
    },
    null,
    withNames(PY_SECURITY.confluentKafkaTokens),
  );
}

/** kafka-python: keyword arguments; OAUTHBEARER takes a token provider object. */
export function kafkaPythonSecurity(security: SecurityDesign | null | undefined): string {
  return pythonSecurityConfig(
    security,
    {
      PROTOCOL_OPTION: 'security_protocol',
      MECHANISM_OPTION: 'sasl_mechanism',
      SASL_USERNAME_OPTION: 'sasl_plain_username',
      SASL_PASSWORD_OPTION: 'sasl_plain_password',
      CA_FILE_OPTION: 'ssl_cafile',
      CERTIFICATE_FILE_OPTION: 'ssl_certfile',
      KEY_FILE_OPTION: 'ssl_keyfile',
      KEY_PASSWORD_OPTION: 'ssl_password',
    },
    withNames(PY_SECURITY.kafkaPythonTokenProvider),
    withNames(PY_SECURITY.kafkaPythonTokens),
  );
}
