// Browsable knowledge for MCP hosts: settings per Kafka version, rules, examples and the formats.
import { readdirSync, readFileSync } from 'node:fs';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { documentedVersions, isVersionString, newestVersion, resolveVersion, SCOPES, setting, settingsAt, type Scope } from '../knowledge/catalog.js';
import { clientDefault } from '../knowledge/clients.js';
import { patternById, PATTERNS } from '../knowledge/patterns.js';
import { ruleFacts } from '../method/critique/engine.js';
import { ALL_RULES, ruleById } from '../method/critique/rules/index.js';
import { CONTRACT_NAMES, contractJsonSchema, type ContractName } from '../model/contract.js';

const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);

const json = (uri: URL, value: unknown) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] });
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** A resource address that names nothing: the client's mistake (-32602), with what would be valid. */
const notFound = (message: string) => new McpError(ErrorCode.InvalidParams, message);

function settingDocument(version: string, scope: string, name: string): Record<string, unknown> {
  // Only a version string is answered (an undocumented one by the tables that hold for it, which the document names).
  if (!isVersionString(version)) throw notFound(`"${version}" is not a Kafka version; documented versions: ${documentedVersions().join(', ')}`);
  if (!(SCOPES as readonly string[]).includes(scope)) throw notFound(`"${scope}" is not a settings scope; scopes: ${SCOPES.join(', ')}`);
  const facts = setting(scope as Scope, name, version);
  if (!facts) throw notFound(`no ${scope} setting ${name} in Kafka ${version}`);
  const clients =
    scope === 'producer' || scope === 'consumer' || scope === 'admin' ? Object.fromEntries(['confluent-kafka', 'kafkajs'].map((lib) => [lib, clientDefault(scope, name, version, lib)])) : undefined;
  return { ...facts, requestedVersion: resolveVersion(version), ...(clients ? { clients } : {}) };
}

export function registerResources(server: McpServer): void {
  server.registerResource(
    'setting',
    new ResourceTemplate('kafka://settings/{version}/{scope}/{name}', {
      list: () => ({
        resources: settingsAt(newestVersion())
          .filter((s) => s.scope === 'producer' || s.scope === 'consumer' || s.scope === 'topic')
          .map((s) => ({
            uri: `kafka://settings/${newestVersion()}/${s.scope}/${s.name}`,
            name: `${s.scope} ${s.name}`,
            mimeType: 'application/json',
          })),
      }),
      complete: {
        version: () => [...documentedVersions()],
        scope: () => [...SCOPES],
      },
    }),
    {
      title: 'Kafka setting',
      description: 'Facts of one Kafka setting for a Kafka version: type, default, valid values, importance, doc link, and librdkafka/kafkajs defaults for client settings.',
      mimeType: 'application/json',
    },
    (uri, vars) => json(uri, settingDocument(one(vars.version), one(vars.scope), one(vars.name))),
  );

  server.registerResource(
    'rule',
    new ResourceTemplate('kafka://rules/{area}/{name}', {
      list: () => ({ resources: ALL_RULES.map(({ meta: r }) => ({ uri: `kafka://rules/${r.id}`, name: r.id, description: r.summary, mimeType: 'application/json' })) }),
    }),
    { title: 'Critique rule', description: 'One rule of the critique engine: what it checks, why, the fix, references.', mimeType: 'application/json' },
    (uri, vars) => {
      const rule = ruleById(`${one(vars.area)}/${one(vars.name)}`);
      if (!rule) throw new Error(`no rule ${one(vars.area)}/${one(vars.name)}`);
      return json(uri, ruleFacts(rule.meta));
    },
  );

  server.registerResource(
    'pattern',
    new ResourceTemplate('kafka://patterns/{id}', {
      list: () => ({ resources: PATTERNS.map((p) => ({ uri: `kafka://patterns/${p.id}`, name: p.id, description: p.summary, mimeType: 'application/json' })) }),
    }),
    {
      title: 'Kafka pattern',
      description: 'One pattern of the catalog: when to use it, when not, trade-offs, the topics and settings it implies, and what makes design choose it.',
      mimeType: 'application/json',
    },
    (uri, vars) => {
      const pattern = patternById(one(vars.id));
      if (!pattern) throw new Error(`no pattern ${one(vars.id)}`);
      return json(uri, pattern);
    },
  );

  server.registerResource(
    'example',
    new ResourceTemplate('kafka://examples/{name}', {
      list: () => ({
        resources: readdirSync(EXAMPLES_DIR)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => ({ uri: `kafka://examples/${f}`, name: f, mimeType: 'application/yaml' })),
      }),
    }),
    { title: 'Example requirements', description: 'A bundled requirements file to start from.', mimeType: 'application/yaml' },
    (uri, vars) => {
      const name = one(vars.name);
      if (!/^[\w.-]+\.yaml$/.test(name)) throw new Error(`no example ${name}`);
      return { contents: [{ uri: uri.href, mimeType: 'application/yaml', text: readFileSync(new URL(name, EXAMPLES_DIR), 'utf8') }] };
    },
  );

  server.registerResource(
    'contract',
    new ResourceTemplate('kafka://contract/{format}', {
      list: () => ({ resources: CONTRACT_NAMES.map((n) => ({ uri: `kafka://contract/${n}`, name: `${n} JSON Schema`, mimeType: 'application/schema+json' })) }),
    }),
    { title: 'Format', description: 'JSON Schema of the requirements file or the design document.', mimeType: 'application/schema+json' },
    (uri, vars) => {
      const name = one(vars.format);
      if (!(CONTRACT_NAMES as readonly string[]).includes(name)) throw new Error(`no format ${name}`);
      return json(uri, contractJsonSchema(name as ContractName));
    },
  );
}
