import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogData, compareVersions, defaultValue, enumValues, numericRange, resolveVersion, setting } from '../../src/knowledge/catalog.js';
import { clientDefault } from '../../src/knowledge/clients.js';

const factsDir = new URL('../../../shared/kafka-configs/', import.meta.url);

describe('catalog', () => {
  it("consumed every fact file in ../shared/kafka-configs and the project's facts/", () => {
    const files: string[] = [];
    for (const entry of readdirSync(factsDir, { withFileTypes: true })) {
      if (entry.isDirectory()) for (const f of readdirSync(new URL(`${entry.name}/`, factsDir))) if (f.endsWith('.json')) files.push(`${entry.name}/${f}`);
      if (entry.isFile() && entry.name.endsWith('.json')) files.push(entry.name);
    }
    for (const f of readdirSync(new URL('../../facts/', import.meta.url))) if (f.endsWith('.json')) files.push(`facts/${f}`);
    const ownTables = new URL('../../facts/kafka-configs/', import.meta.url);
    for (const v of readdirSync(ownTables).filter((d) => /^\d+\.\d+$/.test(d))) for (const f of readdirSync(new URL(`${v}/`, ownTables))) files.push(`facts/kafka-configs/${v}/${f}`);
    expect(files.length).toBeGreaterThan(60);
    expect([...catalogData().consumed].sort()).toEqual(files.sort());
  });

  it.each([
    ['producer', 'linger.ms', '3.9', '0'],
    ['producer', 'linger.ms', '4.0', '5'],
    ['producer', 'linger.ms', '4.2', '5'],
    ['producer', 'linger.ms', '3.5', '0'],
    ['producer', 'enable.idempotence', '3.0', 'true'],
    ['producer', 'acks', '3.9', 'all'],
    ['consumer', 'session.timeout.ms', '3.0', '45000'],
    ['consumer', 'session.timeout.ms', '4.1', '45000'],
    ['consumer', 'max.poll.interval.ms', '3.9', '300000'],
    ['topic', 'min.insync.replicas', '3.9', '1'],
  ] as const)('%s %s at %s defaults to %s', (scope, name, version, expected) => {
    expect(defaultValue(scope, name, version)).toBe(expected);
  });

  it('has a table for every minor release from the oldest to the newest, so none is answered from another', () => {
    const versions = catalogData().versions;
    for (let i = 1; i < versions.length; i++) {
      const [pa, pb] = versions[i - 1]!.split('.').map(Number) as [number, number];
      const [a, b] = versions[i]!.split('.').map(Number) as [number, number];
      // The next minor of the same major, or the first minor of the next major.
      expect(a === pa ? b === pb + 1 : a === pa + 1 && b === 0, `${versions[i - 1]} -> ${versions[i]}`).toBe(true);
    }
    expect(versions).toEqual(expect.arrayContaining(['3.1', '3.2', '3.4', '3.5']));
  });

  it.each([
    // What the releases the shared tables skip added or changed, from their own tables.
    ['broker', 'metadata.max.retention.bytes', '3.3', '-1'],
    ['broker', 'metadata.max.retention.bytes', '3.4', '104857600'],
    ['broker', 'producer.id.expiration.ms', '3.4', '86400000'],
    ['consumer', 'sasl.oauthbearer.jwks.endpoint.url', '3.1', 'null'],
    ['streams', 'default.client.supplier', '3.5', 'org.apache.kafka.streams.processor.internals.DefaultKafkaClientSupplier'],
  ] as const)('%s %s in %s defaults to %s', (scope, name, version, expected) => {
    expect(setting(scope, name, version)?.default).toBe(expected);
    expect(setting(scope, name, version)?.documentedVersion).toBe(version);
  });

  it('answers versions outside the catalog from the nearest end', () => {
    expect(resolveVersion('3.9.1')).toMatchObject({ documented: '3.9', relation: 'documented' });
    expect(resolveVersion('9.0')).toMatchObject({ documented: '4.2', relation: 'newer' });
    expect(resolveVersion('2.8')).toMatchObject({ documented: '3.0', relation: 'older' });
    expect(compareVersions('3.10', '3.9')).toBeGreaterThan(0);
  });

  it('derives doc links for the documented version', () => {
    expect(setting('producer', 'acks', '3.7')?.docUrl).toBe('https://kafka.apache.org/37/documentation.html#producerconfigs_acks');
  });

  it('parses valid-values cells', () => {
    expect(enumValues(setting('producer', 'acks', '3.9')!.validValues)?.values).toEqual(['all', '-1', '0', '1']);
    expect(numericRange('[0,...,2147483647]')).toEqual({ min: 0, max: 2147483647 });
    expect(numericRange('[1,...]')).toEqual({ min: 1 });
  });

  it('knows client libraries whose defaults differ from Java', () => {
    expect(clientDefault('producer', 'enable.idempotence', '3.9', 'confluent-kafka').value).toBe('false');
    expect(clientDefault('producer', 'enable.idempotence', '3.9', 'kafka-clients').value).toBe('true');
    expect(clientDefault('producer', 'enable.idempotence', '3.9', 'kafkajs').value).toBe('false');
    expect(clientDefault('producer', 'acks', '3.9', 'confluent-kafka')).toMatchObject({ value: 'all', clientName: 'acks' });
    expect(clientDefault('consumer', 'isolation.level', '3.9', 'kafkajs').value).toBe('read_committed');
    expect(clientDefault('consumer', 'auto.offset.reset', '3.9', 'confluent-kafka').value).toBe('latest');
  });
});
