// The knowledge tables are data files (src/knowledge/data/*.json); their modules narrow them to
// the TypeScript types with a cast (the catalog's type is declared in catalog.d.json.ts), at no
// start-up cost. Here every row is held to the exact shape
// the code reads: no missing or unknown field, and every word from its closed set.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCOPES } from '../../src/knowledge/catalog.js';
import catalog from '../../src/knowledge/data/catalog.json' with { type: 'json' };
import connectors from '../../src/knowledge/data/connectors.json' with { type: 'json' };
import franzGoOptions from '../../src/knowledge/data/franz-go-options.json' with { type: 'json' };
import mskBrokerSizes from '../../src/knowledge/data/msk-broker-sizes.json' with { type: 'json' };
import mskConfiguration from '../../src/knowledge/data/msk-configuration.json' with { type: 'json' };
import patterns from '../../src/knowledge/data/patterns.json' with { type: 'json' };
import platformSecurity from '../../src/knowledge/data/platform-security.json' with { type: 'json' };
import { CLIENT_COMMON, EXPLANATIONS_BY_SCOPE } from '../../src/knowledge/explanations/tables.js';
import { FRANZ_ARGUMENTS } from '../../src/knowledge/franz-go.js';
import { SECURITY_DOCS } from '../../src/knowledge/security.js';
import { AUTHENTICATIONS } from '../../src/model/requirements.js';

const text = z.string().min(1);
const texts = z.array(text);
const url = z.url();

const explanation = z.strictObject({ what: text, whenToChange: text, interactsWith: texts, notes: texts.optional() });

const connectorSetting = z.strictObject({ name: text, type: text, default: z.string().nullable(), values: texts.optional() });
const origin = z.strictObject({ project: text, version: text, commit: z.string().regex(/^[0-9a-f]{7,40}$/), also: text.optional() });
const plugin = { id: text, class: text, docUrl: url, source: origin, settings: z.array(connectorSetting) };
const connectorsFile = z.strictObject({
  framework: z.strictObject({
    origin,
    docUrl: url,
    common: z.array(connectorSetting),
    sourceSettings: z.array(connectorSetting),
    sinkSettings: z.array(connectorSetting),
    prefixes: texts,
    workerClients: z.strictObject({ producer: z.record(z.string(), z.string()), consumer: z.record(z.string(), z.string()), note: text }),
  }),
  connectors: z.array(
    z.strictObject({
      ...plugin,
      kind: z.enum(['source', 'sink']),
      anchor: text.optional(),
      prefixes: texts,
      caseInsensitiveValues: z.boolean().optional(),
    }),
  ),
  transforms: z.array(z.strictObject(plugin)),
});

const pattern = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  name: text,
  summary: text,
  whenToUse: texts,
  whenNot: texts,
  tradeOffs: texts,
  implies: z.strictObject({
    topics: z.array(z.strictObject({ name: text, role: text, config: z.record(z.string(), z.string()), why: text })),
    settings: z.array(z.strictObject({ scope: z.enum(['producer', 'consumer', 'topic']), name: text, value: z.string(), why: text })),
  }),
  triggeredBy: z.array(z.strictObject({ field: text, when: text })),
  related: texts,
  refs: z.array(url),
});

const count = z.number().int().positive();
const rate = z.number().positive();
const mskSizes = z.strictObject({
  standard: z.array(z.strictObject({ id: z.string().startsWith('kafka.'), ebsBaselineMbps: rate, provisionedStorageMiBps: rate.nullable(), partitionsRecommended: count, partitionsMax: count })),
  express: z.array(
    z.strictObject({
      id: z.string().startsWith('express.'),
      ingressMBps: rate,
      egressMBps: rate,
      ingressQuotaMBps: rate,
      egressQuotaMBps: rate,
      partitionsRecommended: count,
      partitionsMax: count,
    }),
  ),
});

const settingName = z.string().regex(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/);
const settingList = z.array(settingName).refine((names) => new Set(names).size === names.length, 'a name listed twice');

const docKeys = Object.keys(SECURITY_DOCS) as [keyof typeof SECURITY_DOCS, ...(keyof typeof SECURITY_DOCS)[]];
const platformSecurityFile = z.record(
  z.string(),
  z.strictObject({
    authentications: z.array(z.enum(AUTHENTICATIONS).exclude(['none'])).min(1),
    tlsAlways: z.boolean(),
    authorizationNote: text,
    refs: z.array(z.enum(docKeys)).min(1),
  }),
);

const version = z.string().regex(/^\d+\.\d+$/);
const nullableText = z.string().nullable();
const appliesTo = z.enum(['C', 'P', '*']);
const catalogFile = z.strictObject({
  about: text,
  versions: z.array(version).min(1),
  settings: z.array(
    z.strictObject({
      scope: z.enum(SCOPES),
      name: text,
      runs: z
        .array(
          z.strictObject({
            from: version,
            to: version,
            type: text,
            default: nullableText,
            defaultHuman: text.optional(),
            validValues: nullableText,
            importance: z.enum(['high', 'medium', 'low']),
            updateMode: text.optional(),
            serverDefaultProperty: nullableText.optional(),
          }),
        )
        .min(1),
    }),
  ),
  librdkafka: z.strictObject({
    version: text,
    properties: z.array(
      z.strictObject({
        name: text,
        scope: z.enum(['global', 'topic']),
        appliesTo,
        range: nullableText,
        default: nullableText,
        importance: text,
        type: text,
        deprecated: z.boolean(),
        experimental: z.boolean(),
        aliasOf: nullableText,
      }),
    ),
  }),
  kafkajs: z.strictObject({
    version: text,
    sections: z.record(z.string(), z.array(z.strictObject({ option: text, default: z.unknown(), javaProperty: nullableText, required: z.boolean().optional(), mappingNote: text.optional() }))),
  }),
  franzGo: z.strictObject({
    version: text,
    source: text,
    options: z.array(z.strictObject({ option: text, appliesTo, type: text, default: nullableText, javaProperty: nullableText, javaValue: z.string().optional(), mappingNote: text.optional() })),
  }),
  jvmDependent: texts,
  consumed: texts,
});

const issues = (schema: z.ZodType, data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('knowledge data files', () => {
  it.each([...Object.entries(EXPLANATIONS_BY_SCOPE), ['client-common', CLIENT_COMMON] as const])(
    'explanations of %s: every row has exactly what, whenToChange, interactsWith and optional notes',
    (_scope, table) => {
      expect(issues(z.record(settingName, explanation), table)).toEqual([]);
    },
  );

  it('explains only scopes the catalog knows', () => {
    expect(Object.keys(EXPLANATIONS_BY_SCOPE).filter((s) => !(SCOPES as readonly string[]).includes(s))).toEqual([]);
  });

  it.each([
    ['catalog.json', catalogFile, catalog],
    ['connectors.json', connectorsFile, connectors],
    ['patterns.json', z.array(pattern), patterns],
    ['msk-broker-sizes.json', mskSizes, mskBrokerSizes],
    ['msk-configuration.json', z.strictObject({ standard: settingList, express: settingList, expressDynamic: settingList }), mskConfiguration],
    ['franz-go-options.json', z.record(settingName, z.strictObject({ option: z.string().regex(/^[A-Z]\w+$/), argument: z.enum(FRANZ_ARGUMENTS), note: text.optional() })), franzGoOptions],
    ['platform-security.json', platformSecurityFile, platformSecurity],
  ] as const)('%s has the shape its module narrows it to', (_file, schema, data) => {
    expect(issues(schema, data)).toEqual([]);
  });

  it('refuses a row the modules would misread', () => {
    const connectorRow = connectors.connectors[0]!;
    expect(issues(connectorsFile, { ...connectors, connectors: [{ ...connectorRow, kind: 'both' }] })).toEqual(['connectors.0.kind: Invalid option: expected one of "source"|"sink"']);
    expect(issues(z.array(pattern), [{ ...patterns[0]!, extra: 1 }])).toEqual(['0: Unrecognized key: "extra"']);
    expect(issues(platformSecurityFile, { x: { ...platformSecurity['self-managed'], refs: ['nowhere'] } })[0]).toMatch(/^x\.refs\.0: Invalid option/);
  });
});
