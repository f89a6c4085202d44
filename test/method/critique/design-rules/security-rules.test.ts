// The security design rules, each with designs that must and must not raise it: a real design,
// then the flaw a person editing it (or a future strategy bug) would introduce.
import { describe, expect, it } from 'vitest';
import { runDesignRules } from '../../../../src/method/critique/design-rules/index.js';
import { deconstruct } from '../../../../src/method/deconstruct/normalize.js';
import { design } from '../../../../src/method/design.js';
import type { Acl, Design } from '../../../../src/model/design.js';
import { requirementsSchema, type Requirements } from '../../../../src/model/requirements.js';

const PRODUCTION = {
  name: 'app',
  environment: 'production',
  cluster: { kafka_version: '3.9', brokers: 3 },
  client: { language: 'java' },
  flows: [
    { name: 'requests', source: 'checkout', sink: 'processor', key: 'id', delivery: 'exactly-once', processing: { side_effects: 'kafka' } },
    { name: 'results', source: 'processor', sink: 'ledger', key: 'id', delivery: 'exactly-once', processing: { side_effects: 'database' } },
  ],
};

function findings(rule: string, change: (d: Design) => Design = (d) => d, top: Partial<Requirements> = {}) {
  const req = requirementsSchema.parse({ ...PRODUCTION, ...top });
  const d = change(structuredClone(design(req)));
  return runDesignRules({ facts: deconstruct(req), design: d, flows: [] }).filter((f) => f.rule === rule);
}
const without =
  (pred: (a: Acl) => boolean) =>
  (d: Design): Design => ({ ...d, acls: d.acls!.filter((a) => !pred(a)) });
const adding =
  (acl: Partial<Acl>) =>
  (d: Design): Design => ({
    ...d,
    acls: [...d.acls!, { principal: 'User:ledger', resourceType: 'topic', name: 'app.requests', patternType: 'literal', operations: ['READ'], why: 'by hand', ...acl }],
  });

interface Case {
  name: string;
  change?: (d: Design) => Design;
  top?: Partial<Requirements>;
  severity?: string;
  message?: RegExp;
}
const table: Record<string, { valid: Case[]; invalid: Case[] }> = {
  'security/unprotected-production': {
    valid: [{ name: 'the designed production security' }, { name: 'development on plaintext', top: { environment: 'development', cluster: { brokers: 1 } } }],
    invalid: [
      {
        name: 'plaintext in production',
        change: (d) => ({ ...d, security: { ...d.security!, protocol: 'PLAINTEXT', mechanism: null, authentication: 'none' } }),
        severity: 'error',
        message: /not encrypted/,
      },
      {
        name: 'SASL without TLS in staging',
        top: { environment: 'staging' },
        change: (d) => ({ ...d, security: { ...d.security!, protocol: 'SASL_PLAINTEXT' } }),
        severity: 'error',
        message: /SASL_PLAINTEXT/,
      },
      { name: 'stated no authentication', top: { security: { authentication: 'none' } }, severity: 'error', message: /ANONYMOUS/ },
      { name: 'stated no authorization', top: { security: { authorization: 'none' } }, severity: 'warning', message: /without ACLs/ },
    ],
  },
  'security/excess-privilege': {
    valid: [{ name: 'the derived grants' }],
    invalid: [
      { name: 'a wildcard topic', change: adding({ name: '*', operations: ['READ', 'DESCRIBE'] }), severity: 'error', message: /wildcard/ },
      { name: 'ALL operations', change: adding({ name: 'app.results', operations: ['ALL'] }), severity: 'error', message: /ALL operations/ },
      { name: 'every principal', change: adding({ principal: 'User:*' }), severity: 'error', message: /every principal/ },
      { name: 'a read the service never does', change: adding({}), severity: 'warning', message: /READ not needed/ },
      {
        name: 'DELETE beside the needed READ',
        change: (d) => ({
          ...d,
          acls: d.acls!.map((a) => (a.principal === 'User:ledger' && a.resourceType === 'topic' && a.operations.includes('READ') ? { ...a, operations: [...a.operations, 'DELETE'] } : a)),
        }),
        severity: 'warning',
        message: /DELETE not needed/,
      },
    ],
  },
  'security/consumer-group-unreadable': {
    valid: [
      { name: 'the derived grants' },
      {
        name: 'a prefixed group grant covers it',
        change: (d) => adding({ principal: 'User:ledger', resourceType: 'group', name: 'led', patternType: 'prefixed' })(without((a) => a.resourceType === 'group' && a.name === 'ledger')(d)),
      },
    ],
    invalid: [
      { name: 'the group grant removed', change: without((a) => a.resourceType === 'group' && a.name === 'ledger'), message: /User:ledger cannot READ group ledger/ },
      {
        name: 'the group granted to another principal',
        change: (d) => ({ ...d, acls: d.acls!.map((a) => (a.resourceType === 'group' && a.name === 'ledger' ? { ...a, principal: 'User:processor' } : a)) }),
        message: /User:ledger/,
      },
    ],
  },
  'security/transactional-id-unauthorized': {
    valid: [{ name: 'the derived grants' }],
    invalid: [
      {
        name: 'the transactional id grant removed',
        change: without((a) => a.resourceType === 'transactional-id'),
        message: /User:processor lacks WRITE and DESCRIBE on transactional ids processor-\*/,
      },
      {
        name: 'a literal grant where ids differ per instance',
        change: (d) => ({ ...d, acls: d.acls!.map((a) => (a.resourceType === 'transactional-id' ? { ...a, patternType: 'literal' as const } : a)) }),
      },
      { name: 'DESCRIBE only', change: (d) => ({ ...d, acls: d.acls!.map((a) => (a.resourceType === 'transactional-id' ? { ...a, operations: ['DESCRIBE'] } : a)) }) },
    ],
  },
};

describe.each(Object.entries(table))('%s', (rule, { valid, invalid }) => {
  it.each(valid)('does not fire: $name', ({ change, top }) => {
    expect(findings(rule, change, top)).toEqual([]);
  });
  it.each(invalid)('fires: $name', ({ change, top, severity, message }) => {
    const hits = findings(rule, change, top);
    expect(hits.length).toBeGreaterThan(0);
    if (severity) expect(hits.map((h) => h.severity)).toContain(severity);
    if (message) expect(hits.map((h) => h.message).join('\n')).toMatch(message);
  });
});

it('a designed production system raises none of the security rules', () => {
  const d = design(requirementsSchema.parse(PRODUCTION));
  expect(d.findings.filter((f) => f.rule.startsWith('security/'))).toEqual([]);
});
