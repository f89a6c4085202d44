import { describe, expect, it } from 'vitest';
import { changes } from '../../../src/method/reference/changes.js';
import { UserError } from '../../../src/model/errors.js';

describe('changes', () => {
  const r = changes({ from: '3.6', to: '4.1' });
  const names = (list: Array<{ scope: string; name: string }>) => list.map((c) => `${c.scope}/${c.name}`);

  it('finds changed defaults, most important first', () => {
    expect(r.defaultChanged).toContainEqual(expect.objectContaining({ scope: 'producer', name: 'linger.ms', from: '0', to: '5' }));
    expect(r.defaultChanged).toContainEqual(expect.objectContaining({ scope: 'topic', name: 'message.timestamp.after.max.ms', to: '3600000' }));
    const ranks = r.defaultChanged.filter((c) => !c.docArtifact).map((c) => ({ high: 0, medium: 1, low: 2 })[c.importance]);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('finds settings removed in 4.0', () => {
    expect(names(r.removed)).toEqual(
      expect.arrayContaining([
        'topic/message.format.version',
        'topic/message.downconversion.enable',
        'topic/message.timestamp.difference.max.ms',
        'broker/zookeeper.connect',
        'producer/auto.include.jmx.reporter',
      ]),
    );
  });

  it('finds added settings', () => {
    expect(names(r.added)).toEqual(expect.arrayContaining(['consumer/group.protocol', 'producer/compression.zstd.level', 'consumer/metadata.recovery.strategy']));
  });

  it('finds changed valid values', () => {
    expect(r.validValuesChanged).toContainEqual(expect.objectContaining({ scope: 'consumer', name: 'auto.offset.reset', to: '[latest, earliest, none, by_duration:PnDTnHnMn.nS]' }));
  });

  it('flags JVM-dependent TLS defaults as doc artifacts', () => {
    const tls = changes({ from: '3.6', to: '3.7', scope: 'producer' }).defaultChanged.find((c) => c.name === 'ssl.protocol');
    expect(tls?.docArtifact).toMatch(/JVM/);
    expect(changes({ from: '3.6', to: '3.7', scope: 'producer' }).defaultChanged.at(-1)?.docArtifact).toBeDefined();
  });

  it('narrows to one scope and importance', () => {
    const p = changes({ from: '3.6', to: '4.1', scope: 'producer', minImportance: 'medium' });
    expect(p.scopes).toEqual(['producer']);
    expect(names(p.defaultChanged)).toEqual(['producer/linger.ms']);
    expect([...p.added, ...p.removed].every((c) => c.importance !== 'low')).toBe(true);
  });

  it.each([
    // Each release the shared tables skip answers from its own table: what it added shows up there.
    ['3.0', '3.1', 'consumer', 'sasl.oauthbearer.jwks.endpoint.url'],
    ['3.3', '3.4', 'broker', 'producer.id.expiration.ms'],
    ['3.4', '3.5', 'streams', 'default.client.supplier'],
  ] as const)('from %s to %s adds %s %s', (from, to, scope, name) => {
    const r = changes({ from, to, scope });
    expect(r.notes.join(' ')).not.toMatch(/answered from/);
    expect(names(r.added)).toContain(`${scope}/${name}`);
  });

  it('does not report a missing table as removed settings', () => {
    const g = changes({ from: '4.1', to: '4.2', scope: 'group' });
    expect(g.removed).toEqual([]);
    expect(g.notes.join(' ')).toMatch(/group table is not documented for 4\.2/);
  });

  it('refuses versions in the wrong order', () => {
    expect(() => changes({ from: '4.1', to: '3.6' })).toThrow(UserError);
    expect(() => changes({ from: 'old', to: '3.6' })).toThrow(UserError);
  });
});

describe('changes --client', () => {
  it.each([
    // library, setting whose Java default changed 3.9 -> 4.0, the library's own name and default
    ['franz-go', 'linger.ms', 'ProducerLinger', '10'],
    ['confluent-kafka', 'linger.ms', 'linger.ms', '5'],
  ] as const)('%s: a Java default change says what the library itself uses', (client, name, own, value) => {
    const r = changes({ from: '3.9', to: '4.0', client });
    const c = r.defaultChanged.find((x) => x.name === name && x.scope === 'producer')!;
    expect(c.inClient).toMatchObject({ library: client, name: own, default: value });
    expect(r.notes.join(' ')).toMatch(new RegExp(`${client} keeps its own client defaults`));
  });

  it('the Java client gets no extra column', () => {
    const r = changes({ from: '3.9', to: '4.0', client: 'kafka-clients' });
    expect(r.defaultChanged.every((c) => c.inClient === undefined)).toBe(true);
  });
});
