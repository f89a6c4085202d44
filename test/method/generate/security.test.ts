// Connection security in every library's names, and the ACL / quota manifests, for production
// designs on each authentication method. Secrets must come from the environment only.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { design } from '../../../src/method/design.js';
import { generate, type GeneratedFile } from '../../../src/method/generate/index.js';
import { requirementsSchema, type Requirements } from '../../../src/model/requirements.js';
import type { Language } from '../../../src/knowledge/clients.js';
import { SECRET_VARIABLES } from '../../../src/knowledge/security.js';

function productionDesign(security: Requirements['security'], platform = 'self-managed', kafkaVersion = '3.9', delivery = 'exactly-once') {
  return design(
    requirementsSchema.parse({
      name: 'shop',
      environment: 'production',
      security,
      cluster: { kafka_version: kafkaVersion, brokers: 3, platform },
      flows: [
        { name: 'requests', source: 'checkout', sink: 'processor', key: 'id', delivery, processing: { side_effects: 'kafka' } },
        { name: 'results', source: 'processor', sink: 'ledger', key: 'id', delivery, processing: { side_effects: 'database' } },
      ],
    }),
  );
}

const LIBRARIES: Array<[Language, string]> = [
  ['python', 'confluent-kafka'],
  ['python', 'kafka-python'],
  ['typescript', 'kafkajs'],
  ['java', 'kafka-clients'],
  ['go', 'confluent-kafka-go'],
  ['go', 'franz-go'],
];

/** What each library's security code must name: the protocol and mechanism defaults and the library's own setting names. */
const EXPECTED: Record<string, RegExp[]> = {
  'confluent-kafka': [/"security\.protocol"/, /"sasl\.username": os\.environ\["KAFKA_SASL_USERNAME"\]/, /"ssl\.ca\.location"/, /\*\*SECURITY_CONFIG/],
  'kafka-python': [/"security_protocol"/, /"sasl_plain_username": os\.environ\["KAFKA_SASL_USERNAME"\]/, /"ssl_cafile"/, /\*\*SECURITY_CONFIG/],
  kafkajs: [/sasl = .*"scram-sha-512"/, /ssl = /, /\.\.\.securityOptions\(\)/, /required\("KAFKA_SASL_PASSWORD"\)/],
  'kafka-clients': [/ScramLoginModule/, /"sasl\.jaas\.config"/, /required\("KAFKA_SASL_PASSWORD"\)/, /putAll\(Security\.settings\(\)\)/],
  'confluent-kafka-go': [/config\["sasl\.username"\] = os\.Getenv\("KAFKA_SASL_USERNAME"\)/, /withSecurity\(kafka\.ConfigMap\{/],
  'franz-go': [/scram\.Auth\{User: user, Pass: pass\}\.AsSha512Mechanism\(\)/, /kgo\.DialTLSConfig/, /append\(securityOptions\(\)/],
};

const code = (files: GeneratedFile[]) =>
  files
    .filter((f) => /\.(py|ts|java|go)$/.test(f.path))
    .map((f) => f.contents)
    .join('\n');

describe('client security in every library', () => {
  // At-least-once, so every library (kafka-python has no transactions) renders the programs.
  const d = productionDesign({ authentication: 'scram' }, 'self-managed', '3.9', 'at-least-once');
  it.each(LIBRARIES)("%s / %s renders the design's SASL_SSL + SCRAM-SHA-512 from the environment", (language, library) => {
    const all = code(generate(d, { language, library }));
    expect(all).toContain('"SASL_SSL"');
    expect(all).toContain('"SCRAM-SHA-512"');
    for (const pattern of EXPECTED[library]!) expect(all).toMatch(pattern);
  });

  it.each(LIBRARIES)('%s / %s writes no secret into a file', (language, library) => {
    const all = code(generate(d, { language, library }));
    expect(all).not.toMatch(/password\s*[=:]\s*"[^"$]+"/i);
  });

  it.each(['confluent-kafka', 'kafka-python'])('python / %s fills every placeholder of the security template with a variable name', (library) => {
    const all = code(generate(d, { language: 'python', library }));
    expect(all).not.toMatch(/\b[A-Z_]+_OPTION\b|\bVARIABLE_[A-Z_]+\b|\bDESIGN_(?:PROTOCOL|MECHANISM)\b/);
    for (const variable of Object.values(SECRET_VARIABLES)) expect(all).toContain(`"${variable}"`);
  });

  it('Java takes the OIDC login handler of its Kafka version', () => {
    const handler = (version: string) =>
      code(generate(productionDesign({ authentication: 'oauth' }, 'self-managed', version), { language: 'java' })).match(
        /"(org\.apache\.kafka\.common\.security\.oauthbearer[.\w]*LoginCallbackHandler)"/,
      )?.[1];
    expect(handler('3.3')).toBe('org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerLoginCallbackHandler');
    expect(handler('3.9')).toBe('org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler');
  });

  it('a design without a security block connects in plaintext', () => {
    const { security: _s, acls: _a, quotas: _q, ...old } = productionDesign({ authentication: 'scram' });
    expect(code(generate(old, { language: 'python' }))).toContain('os.environ.get("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")');
  });
});

describe('ACL and quota manifests', () => {
  const d = productionDesign({ authentication: 'scram' });
  const files = generate(d, { language: 'python', strimziCluster: 'prod' });
  const file = (name: string) => files.find((f) => f.path.endsWith(name))!.contents;

  it('kafka-acls.sh adds every grant with its operations and pattern', () => {
    const script = file('create-acls.sh');
    for (const a of d.acls!) {
      expect(script).toContain(`--allow-principal ${a.principal}`);
    }
    expect(script).toMatch(/--operation Write \\\n {2}--operation Describe \\\n {2}--transactional-id processor- --resource-pattern-type prefixed/);
    expect(script).toMatch(/--allow-principal User:ledger \\\n {2}--operation Read \\\n {2}--group ledger/);
  });

  it('Strimzi KafkaUser per service: SCRAM credentials and simple-authorization ACLs', () => {
    const users = parseAllDocuments(file('strimzi-users.yaml')).map(
      (doc) =>
        doc.toJS() as {
          metadata: { name: string; labels: Record<string, string> };
          spec: { authentication: { type: string }; authorization: { type: string; acls: Array<{ resource: { type: string; name: string; patternType: string }; operations: string[] }> } };
        },
    );
    expect(users.map((u) => u.metadata.name)).toEqual(['checkout', 'processor', 'ledger']);
    expect(users.every((u) => u.metadata.labels['strimzi.io/cluster'] === 'prod' && u.spec.authentication.type === 'scram-sha-512' && u.spec.authorization.type === 'simple')).toBe(true);
    expect(users[1]!.spec.authorization.acls).toContainEqual({ resource: { type: 'transactionalId', name: 'processor-', patternType: 'prefixed' }, operations: ['Write', 'Describe'] });
  });

  it('mTLS users are tls KafkaUsers', () => {
    const mtls = generate(productionDesign({ authentication: 'mtls' }), { language: 'python' }).find((f) => f.path.endsWith('strimzi-users.yaml'))!.contents;
    expect(parseYaml(mtls.split('---')[1]!)).toMatchObject({ spec: { authentication: { type: 'tls' } } });
  });

  it('Terraform: one kafka_acl per operation', () => {
    const tf = file('acls.tf');
    const operations = d.acls!.reduce((n, a) => n + a.operations.length, 0);
    expect(tf.match(/resource "kafka_acl"/g)).toHaveLength(operations);
    expect(tf).toContain('acl_resource_type            = "TransactionalID"');
    expect(tf).toContain('resource_pattern_type_filter = "Prefixed"');
  });

  it('quotas become kafka-configs.sh, KafkaUser quotas and kafka_quota', () => {
    const noisy = design(
      requirementsSchema.parse({
        name: 'fleet',
        environment: 'production',
        cluster: { kafka_version: '3.9', brokers: 3 },
        flows: [
          { name: 'telemetry', source: 'devices', sink: 'archiver', throughput: { peak_per_second: 50_000, message_bytes: 1000 } },
          { name: 'alerts', source: 'monitor', sink: 'pager', throughput: { peak_per_second: 50, message_bytes: 500 }, latency: { end_to_end_p99_ms: 200 } },
        ],
      }),
    );
    const rate = noisy.quotas![0]!.producerByteRate!;
    const out = generate(noisy, { language: 'python' });
    const get = (name: string) => out.find((f) => f.path.endsWith(name))!.contents;
    expect(get('create-acls.sh')).toContain(`--entity-type users --entity-name devices \\\n  --add-config producer_byte_rate=${rate}`);
    expect(get('strimzi-users.yaml')).toContain(`producerByteRate: ${rate}`);
    expect(get('acls.tf')).toContain(`"producer_byte_rate" = "${rate}"`);
  });

  it('a development design without authorization has no ACL manifests', () => {
    const dev = design(requirementsSchema.parse({ name: 'dev', environment: 'development', flows: [{ name: 'a', source: 's', sink: 'k' }] }));
    expect(
      generate(dev, { language: 'python' })
        .map((f) => f.path)
        .filter((p) => /acls|users/.test(p)),
    ).toEqual([]);
  });
});
