// Records what the two doors answer, so a refactoring can prove it changed nothing: every CLI
// `--format json` (and SARIF) output on the examples, the shared scenarios and the critique corpus,
// and every offline MCP tool's result on the same inputs. Run after `npm run build`:
//   node scripts/snapshot-outputs.mjs /tmp/before   ...refactor, build...
//   node scripts/snapshot-outputs.mjs /tmp/after && diff -r /tmp/before /tmp/after
// A second argument names another build's CLI (e.g. a copy of dist/ made before the change), so
// both snapshots can be taken after the fact. Text and Markdown renderings are recorded too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = resolve(process.argv[3] ?? join(ROOT, 'dist/cli/main.js'));
const out = resolve(process.argv[2] ?? '/tmp/kafka-specialist-snapshot');
mkdirSync(out, { recursive: true });

const rel = (p) => p.slice(ROOT.length + 1);
const list = (dir, test) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter(test)
        .map((f) => join(dir, f))
        .sort()
    : [];
const slug = (s) => s.replace(/[^A-Za-z0-9.-]+/g, '_');

const examples = list(join(ROOT, 'examples'), (f) => f.endsWith('.yaml'));
const scenarioDir = join(ROOT, '../shared/scenarios');
const scenarios = existsSync(scenarioDir)
  ? readdirSync(scenarioDir)
      .map((d) => join(scenarioDir, d, 'requirements.yaml'))
      .filter(existsSync)
      .sort()
  : [];
const conversations = list(join(ROOT, 'examples/conversations'), () => true).flatMap((d) => list(d, (f) => /^round-\d+\.yaml$/.test(f)));
const requirements = [...examples, ...scenarios, ...conversations];
const corpus = ['bad', 'healthy'].flatMap((d) => list(join(ROOT, 'test/corpus', d), (f) => !f.endsWith('.expect.json')));
const schemas = list(join(ROOT, 'examples/conversations/event-schema-envelope'), (f) => f.endsWith('.avsc'));
const label = (p) => (p.startsWith(ROOT) ? rel(p) : `shared/${p.slice(resolve(scenarioDir, '..').length + 1)}`);

function cli(name, args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  writeFileSync(join(out, `cli--${slug(name)}.txt`), `exit ${r.status}\n${r.stdout}\n--- stderr\n${r.stderr}`);
}

for (const f of requirements) {
  cli(`design ${label(f)}`, ['design', f, '--format', 'json']);
  cli(`generate ${label(f)}`, ['generate', f, '--dry-run', '--format', 'json']);
  cli(`lag ${label(f)}`, ['lag', 'analyze', '--requirements', f, '--format', 'json']);
}
for (const f of examples) cli(`design-prod ${label(f)}`, ['design', f, '--env', 'production', '--format', 'json']);
for (const f of corpus) {
  cli(`critique ${label(f)}`, ['critique', f, '--format', 'json']);
  cli(`critique-sarif ${label(f)}`, ['critique', f, '--format', 'sarif']);
  cli(`critique-prod ${label(f)}`, ['critique', f, '--environment', 'production', '--delivery', 'exactly-once', '--message-bytes', '2000000', '--format', 'json']);
}
cli('critique all', ['critique', ...corpus, '--format', 'json']);
for (const f of schemas) cli(`schema-lint ${label(f)}`, ['schema', 'lint', f, '--format', 'json']);
cli('rules', ['rules', '--format', 'json']);
cli('rules one', ['rules', 'producer/idempotence-acks', '--format', 'json']);
cli('patterns', ['patterns', '--format', 'json']);
for (const name of ['acks', 'enable.idempotence', 'max.poll.interval.ms', 'retention.ms', 'producer/idempotence-acks']) cli(`explain ${name}`, ['explain', name, '--format', 'json']);
cli('search', ['search', 'exactly', 'once', '--format', 'json']);
cli('changes', ['changes', '--from', '3.6', '--to', '4.1', '--format', 'json']);
cli('ask', ['ask', 'orders', 'from', 'a', 'shop', 'at', '500', 'per', 'second', 'exactly', 'once', '--format', 'json']);
cli('lag whatif', ['lag', 'analyze', '--arrival-rate', '400', '--processing-ms', 'p50=20,p99=80', '--instances', '3', '--partitions', '6', '--format', 'json']);
for (const c of ['requirements', 'design', 'findings']) cli(`contract ${c}`, ['contract', c]);

// Renderings: what a person reads, per capability and format.
const topologies = list(join(ROOT, 'test/method/topology/corpus'), (f) => f.endsWith('.txt'));
for (const f of examples.slice(0, 4)) {
  for (const format of ['text', 'markdown']) cli(`design-${format} ${label(f)}`, ['design', f, '--format', format]);
  cli(`design-dev-text ${label(f)}`, ['design', f, '--env', 'development']);
  cli(`generate-text ${label(f)}`, ['generate', f, '--dry-run']);
  cli(`lag-text ${label(f)}`, ['lag', 'analyze', '--requirements', f]);
}
for (const f of corpus.slice(0, 6)) cli(`critique-text ${label(f)}`, ['critique', f]);
for (const f of topologies) {
  for (const format of ['json', 'text', 'markdown', 'mermaid', 'svg']) cli(`topology-${format} ${label(f)}`, ['topology', f, '--format', format, '--topics', 'orders:12,customers:6']);
}
for (const format of ['text', 'json', 'markdown']) {
  cli(`patterns-${format}`, ['patterns', '--format', format]);
  cli(`patterns-one-${format}`, ['patterns', 'claim-check', '--format', format]);
  cli(`explain-${format}`, ['explain', 'linger.ms', '--kafka-version', '3.9', '--client', 'confluent-kafka', '--format', format]);
  cli(`explain-rule-${format}`, ['explain', 'producer/idempotence-acks', '--format', format]);
}
for (const format of ['text', 'json']) {
  cli(`search-${format}`, ['search', 'rebalance', '--limit', '5', '--format', format]);
  cli(`changes-${format}`, ['changes', '--from', '3.6', '--to', '4.1', '--scope', 'producer', '--client', 'confluent-kafka', '--format', format]);
  cli(`ask-${format}`, ['ask', "our consumer falls behind at 400 events/s; each call takes 50 ms to 2 s; python; keep each user's events in order", '--format', format]);
  cli(`rules-${format}`, ['rules', '--format', format]);
  cli(`lag-whatif-${format}`, ['lag', 'analyze', '--arrival-rate', '400', '--processing-ms', '50-2000', '--batch', '500', '--rebalances', '--rate-limit', '100', '--format', format]);
  cli(`lag-zero-${format}`, ['lag', 'analyze', '--arrival-rate', '0', '--processing-ms', '20', '--instances', '0', '--format', format]);
  cli(`scaffold-${format}`, [
    'schema',
    'scaffold',
    '--name',
    'TaskEvent',
    '--namespace',
    'com.acme.tasks',
    '--entity',
    'task',
    '--fields',
    'title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)',
    '--key',
    'task_id',
    '--partial-updates',
    'changed-fields',
    '--format',
    format,
  ]);
  for (const f of schemas) cli(`schema-lint-${format} ${label(f)}`, ['schema', 'lint', f, '--format', format]);
  if (schemas.length > 2)
    for (const mode of ['BACKWARD', 'FULL_TRANSITIVE'])
      cli(`schema-check-${mode}-${format}`, ['schema', 'check', schemas[2], '--against', schemas[0], '--against', schemas[1], '--mode', mode, '--format', format]);
}
for (const c of ['requirements', 'design']) cli(`contract-json ${c}`, ['contract', c, '--format', 'json']);
cli('generate-both', ['generate', examples[0], '--design', examples[0]]);
cli('generate-nothing', ['generate', '--dry-run']);
cli('generate-no-out', ['generate', examples[0]]);

// The MCP door: the offline tools on the same inputs.
const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--root', ROOT], cwd: ROOT, stderr: 'pipe' });
const client = new Client({ name: 'snapshot', version: '0.0.0' });
await client.connect(transport);
async function tool(name, args) {
  let text;
  try {
    const r = await client.callTool({ name: name.split(' ')[0], arguments: args });
    text = JSON.stringify(r, null, 2);
  } catch (e) {
    text = `thrown: ${e.message}`;
  }
  writeFileSync(join(out, `mcp--${slug(name)}.json`), text);
}
const read = (f) => readFileSync(f, 'utf8');
const tools = (await client.listTools()).tools;
writeFileSync(join(out, 'mcp--list.json'), JSON.stringify(tools, null, 2));
for (const f of requirements) {
  await tool(`design ${label(f)}`, { requirements: read(f) });
  await tool(`design_round ${label(f)}`, { requirements: read(f) });
  await tool(`generate ${label(f)}`, { requirements: read(f), lang: 'typescript' });
}
for (const f of corpus) {
  await tool(`critique ${label(f)}`, { files: [{ name: basename(f), content: read(f) }] });
  await tool(`critique intent ${label(f)}`, { files: [{ name: basename(f), content: read(f) }], kafka_version: '3.9', delivery: 'exactly-once', environment: 'production' });
}
for (const f of schemas) await tool(`schema_lint ${label(f)}`, { schema: read(f) });
if (schemas.length > 1) await tool('schema_check', { schema: read(schemas[1]), previous: [read(schemas[0])], mode: 'FULL' });
await tool('schema_scaffold', { entity: 'Order', fields: [{ name: 'orderId', type: 'string' }] });
await tool('explain_setting', { name: 'acks' });
await tool('explain_setting rule', { name: 'producer/idempotence-acks' });
await tool('search_settings', { query: 'exactly once' });
await tool('setting_changes', { from: '3.6', to: '4.1' });
await tool('patterns', {});
await tool('ask', { request: 'orders from a shop at 500 per second exactly once' });
for (const c of ['requirements', 'design', 'findings']) await tool(`contract ${c}`, { format: c });
await tool('lag_analyze', { arrival_per_second: 400, processing_p50_ms: 20, processing_p99_ms: 80, instances: 3, partitions: 6 });
await tool('lag_analyze props', {
  arrival_per_second: 400,
  processing_p50_ms: 20,
  processing_p99_ms: 80,
  instances: 3,
  partitions: 6,
  consumer_properties: 'max.poll.records=2000\nmax.poll.interval.ms=60000\n',
});
const topology = read(join(ROOT, 'test/method/topology/corpus/03-count-named.txt'));
for (const format of ['json', 'text', 'markdown', 'mermaid', 'svg']) await tool(`topology_read ${format}`, { describe: topology, topics: 'orders:12,customers:6', applicationId: 'app', format });
await tool('schema_scaffold full', {
  name: 'TaskEvent',
  namespace: 'com.acme.tasks',
  entity: 'task',
  fields: 'title:string,due:timestamp-millis?',
  key: 'task_id',
  event_types: ['created', 'closed'],
  producer: 'tasks',
  partial_updates: 'all-optional',
});
await tool('design_round env', { requirements: read(examples[0]), env: 'development' });
await tool('generate both', { requirements: read(examples[0]), design: '{}' });
await tool('generate design', { design: JSON.stringify((await client.callTool({ name: 'design', arguments: { requirements: read(examples[0]) } })).structuredContent), lang: 'go' });
await tool('lag_analyze range', {
  arrival_per_second: 0,
  processing_min_ms: 50,
  processing_max_ms: 2000,
  batch_records: 500,
  rebalances_reported: true,
  rate_limit_per_second: 100,
  library: 'kafkajs',
  kafka_version: '3.9',
  ordering: 'per-key',
});
await tool('critique many', {
  files: corpus.slice(0, 5).map((f) => ({ name: basename(f), content: read(f) })),
  client: 'confluent-kafka',
  processing_p99_ms: 900000,
  message_bytes: 3000000,
  brokers: 3,
  input_transactional: true,
  external_side_effect: 'email',
  batch_records: 500,
  ordering: 'per-key',
});
await tool('patterns one', { id: 'claim-check' });
await tool('patterns bad', { id: 'claim-chek' });
await tool('setting_changes client', { from: '3.6', to: '4.1', scope: 'producer', min_importance: 'high', client: 'confluent-kafka' });
await tool('search_settings scoped', { query: 'rebalance', limit: 3, scope: 'consumer' });
await tool('explain_setting client', { name: 'linger.ms', kafka_version: '3.9', client: 'confluent-kafka' });
await tool('doctor', { cluster: 'none' });
await tool('lag_status', { cluster: 'none', group: 'g' });
await tool('verify', { requirements: read(examples[0]), cluster: 'none' });
await client.close();
console.log(`snapshot written to ${out} (${readdirSync(out).length} files)`);
