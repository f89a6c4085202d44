// Browsable knowledge for MCP hosts: settings per Kafka version, rules, examples and the formats.
import { readdirSync, readFileSync } from 'node:fs';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { documentedVersions, newestVersion, SCOPES, setting, settingsAt, type Scope } from '../knowledge/catalog.js';
import { clientDefault } from '../knowledge/clients.js';
import { patternById, PATTERNS } from '../knowledge/patterns.js';
import { ALL_RULES, ruleById } from '../method/critique/rules/index.js';
import { CONTRACT_NAMES, contractJsonSchema, type ContractName } from '../model/contract.js';

const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);

const json = (uri: URL, value: unknown) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] });
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

function settingDocument(version: string, scope: Scope, name: string): Record<string, unknown> {
  const facts = setting(scope, name, version);
  if (!facts) throw new Error(`no ${scope} setting ${name} in Kafka ${version}`);
  const clients = scope === 'producer' || scope === 'consumer' || scope === 'admin'
    ? Object.fromEntries(['confluent-kafka', 'kafkajs'].map((lib) => [lib, clientDefault(scope, name, version, lib)]))
    : undefined;
  return { ...facts, ...(clients ? { clients } : {}) };
}

export function registerResources(server: McpServer): void {
  server.registerResource('setting', new ResourceTemplate('kafka://settings/{version}/{scope}/{name}', {
    list: () => ({
      resources: settingsAt(newestVersion()).filter((s) => s.scope === 'producer' || s.scope === 'consumer' || s.scope === 'topic').map((s) => ({
        uri: `kafka://settings/${newestVersion()}/${s.scope}/${s.name}`,
        name: `${s.scope} ${s.name}`,
        mimeType: 'application/json',
      })),
    }),
    complete: {
      version: () => [...documentedVersions()],
      scope: () => [...SCOPES],
    },
  }), { title: 'Kafka setting', description: 'Facts of one Kafka setting for a Kafka version: type, default, valid values, importance, doc link, and librdkafka/kafkajs defaults for client settings.', mimeType: 'application/json' },
  (uri, vars) => json(uri, settingDocument(one(vars.version), one(vars.scope) as Scope, one(vars.name))));

  server.registerResource('rule', new ResourceTemplate('kafka://rules/{area}/{name}', {
    list: () => ({ resources: ALL_RULES.map(({ meta: r }) => ({ uri: `kafka://rules/${r.id}`, name: r.id, description: r.summary, mimeType: 'application/json' })) }),
  }), { title: 'Critique rule', description: 'One rule of the critique engine: what it checks, why, the fix, references.', mimeType: 'application/json' },
  (uri, vars) => {
    const rule = ruleById(`${one(vars.area)}/${one(vars.name)}`);
    if (!rule) throw new Error(`no rule ${one(vars.area)}/${one(vars.name)}`);
    const { messages: _messages, ...facts } = rule.meta;
    return json(uri, facts);
  });

  server.registerResource('pattern', new ResourceTemplate('kafka://patterns/{id}', {
    list: () => ({ resources: PATTERNS.map((p) => ({ uri: `kafka://patterns/${p.id}`, name: p.id, description: p.summary, mimeType: 'application/json' })) }),
  }), { title: 'Kafka pattern', description: 'One pattern of the catalog: when to use it, when not, trade-offs, the topics and settings it implies, and what makes design choose it.', mimeType: 'application/json' },
  (uri, vars) => {
    const pattern = patternById(one(vars.id));
    if (!pattern) throw new Error(`no pattern ${one(vars.id)}`);
    return json(uri, pattern);
  });

  server.registerResource('example', new ResourceTemplate('kafka://examples/{name}', {
    list: () => ({ resources: readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.yaml')).map((f) => ({ uri: `kafka://examples/${f}`, name: f, mimeType: 'application/yaml' })) }),
  }), { title: 'Example requirements', description: 'A bundled requirements file to start from.', mimeType: 'application/yaml' },
  (uri, vars) => {
    const name = one(vars.name);
    if (!/^[\w.-]+\.yaml$/.test(name)) throw new Error(`no example ${name}`);
    return { contents: [{ uri: uri.href, mimeType: 'application/yaml', text: readFileSync(new URL(name, EXAMPLES_DIR), 'utf8') }] };
  });

  server.registerResource('contract', new ResourceTemplate('kafka://contract/{format}', {
    list: () => ({ resources: CONTRACT_NAMES.map((n) => ({ uri: `kafka://contract/${n}`, name: `${n} JSON Schema`, mimeType: 'application/schema+json' })) }),
  }), { title: 'Format', description: 'JSON Schema of the requirements file or the design document.', mimeType: 'application/schema+json' },
  (uri, vars) => {
    const name = one(vars.format);
    if (!(CONTRACT_NAMES as readonly string[]).includes(name)) throw new Error(`no format ${name}`);
    return json(uri, contractJsonSchema(name as ContractName));
  });
}
