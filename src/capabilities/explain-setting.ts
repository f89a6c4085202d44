// Explain one Kafka setting (any scope, any client spelling) or one critique rule.
import { z } from 'zod';
import { IMPORTANCES, SCOPES } from '../knowledge/catalog.js';
import { NAME_SOURCES } from '../method/reference/names.js';
import { explain } from '../method/reference/explain.js';
import { renderExplain, showDefault } from '../method/reference/render.js';
import { CLIENT_LIBRARIES, type ClientFamily } from '../knowledge/clients.js';
import { SEVERITIES } from '../model/design.js';
import { defineCapability } from './capability.js';
import { clientLibraryOrJava } from './client-input.js';
import { resolvedVersionSchema, scopeSchema, variantsOf } from './documents.js';

const families = [...new Set(CLIENT_LIBRARIES.map((l) => l.family))] as [ClientFamily, ...ClientFamily[]];
const otherClient = z.object({ names: z.array(z.string()).describe('its names; empty when it has none'), default: z.string().nullable(), note: z.string().optional() });

const settingExplanation = z.object({
  scope: scopeSchema,
  name: z.string(),
  kafkaVersion: resolvedVersionSchema,
  existsInVersion: z.boolean().describe('false when the setting is not in the tables for the requested version; facts then come from factsFrom'),
  tableMissing: z.boolean().optional().describe("the scope's whole table is missing for the version (a gap in the facts, not a removal)"),
  factsFrom: z.string(),
  type: z.string(),
  default: z.string().nullable(),
  defaultHuman: z.string().optional(),
  validValues: z.string().nullable(),
  importance: z.enum(IMPORTANCES),
  updateMode: z.string().optional(),
  serverDefaultProperty: z.string().nullable().optional(),
  client: z
    .object({
      library: z.string(),
      family: z.enum(families),
      factsHeld: z.boolean().describe("false when the catalog does not hold this library's defaults (default is then the Java client's)"),
      name: z.string().nullable().describe('the name the library uses; null when it has no such setting'),
      default: z.string().nullable(),
      source: z.string(),
      pollLoop: z.string().optional(),
    })
    .optional()
    .describe("the requested client's name and default"),
  otherClients: z.object({ librdkafka: otherClient, kafkajs: otherClient }).optional(),
  explanation: z.object({ what: z.string(), whenToChange: z.string(), interactsWith: z.array(z.string()), notes: z.array(z.string()).optional() }).optional(),
  interactions: z.array(z.object({ name: z.string(), scope: scopeSchema, inVersion: z.boolean(), default: z.string().nullable() })).optional(),
  defaultHistory: z.array(z.object({ from: z.string(), to: z.string(), default: z.string().nullable() })).describe('one span per distinct default over the documented versions'),
  docUrl: z.string(),
});

const explainDocument = variantsOf(
  [
    z.object({
      kind: z.literal('settings'),
      query: z.string(),
      resolved: z.object({
        name: z.string().describe('the canonical (Java) name'),
        via: z.object({ written: z.string(), as: z.enum(NAME_SOURCES) }).optional(),
      }),
      settings: z.array(settingExplanation),
    }),
    z.object({
      kind: z.literal('rule'),
      query: z.string(),
      rule: z.object({ id: z.string(), severity: z.enum(SEVERITIES), summary: z.string(), why: z.string(), fix: z.string(), refs: z.array(z.string()), kinds: z.array(z.string()) }),
    }),
  ],
  'kind "settings": the setting in every scope that has the name; kind "rule": the critique rule',
);

export const explainSetting = defineCapability({
  name: 'explain_setting',
  cliName: 'explain',
  title: 'Explain a Kafka setting or rule',
  description: [
    'Everything the specialist knows about one Kafka setting: type, default for a Kafka version and client library, valid values, what it does, when to change it, which settings it interacts with, how its default changed across versions (e.g. linger.ms 0 -> 5 at 4.0), the librdkafka/kafkajs names, and the official doc link.',
    'Call it before stating any default or valid value. Accepts Java names, librdkafka names (queue.buffering.max.ms), kafkajs options (idempotent) and franz-go options (ProducerBatchMaxBytes); an id with a slash (area/name) explains a critique rule. Unknown names come back as an error with did-you-mean suggestions.',
  ].join('\n'),
  input: z.object({
    name: z.string().min(1).max(200).describe('setting name (any client spelling) or rule id area/name'),
    kafka_version: z.string().max(20).optional().describe('Kafka version, e.g. 3.9; default: newest in the catalog'),
    client: clientLibraryOrJava.optional().describe('client library id, or java for the Java client: defaults and names then follow that library'),
    scope: z.enum(SCOPES).optional().describe('only this scope, for names several scopes share (compression.type)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: explainDocument,
  run: ({ name, kafka_version, client, scope }) => explain(name, { kafkaVersion: kafka_version, client, scope }),
  render: (result, format: 'text' | 'markdown') => renderExplain(result, format),
  summarize: (result) =>
    result.kind === 'rule'
      ? `${result.rule.id} (${result.rule.severity}): ${result.rule.summary}`
      : result.settings
          .map((s) => {
            const clientPart = s.client ? `; ${s.client.library}: ${s.client.name ?? '(none)'} = ${showDefault(s.client.default)}` : '';
            return `${s.scope} ${s.name} at Kafka ${s.kafkaVersion.requested}: default ${showDefault(s.default)}${clientPart}. ${s.explanation?.what ?? ''}`.trim();
          })
          .join('\n'),
});
