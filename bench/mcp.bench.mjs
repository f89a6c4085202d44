// Round-trip time of a `design` tool call over stdio (warm): p50 and p99.
import './footer.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const requirements = readFileSync(join(root, 'examples/notification-service.yaml'), 'utf8');
const client = new Client({ name: 'bench', version: '0' });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(root, 'dist/cli/main.js'), 'mcp'], cwd: root, stderr: 'ignore' }));
for (let i = 0; i < 30; i++) await client.callTool({ name: 'design', arguments: { requirements } });
const times = [];
for (let i = 0; i < 300; i++) {
  const t = performance.now();
  await client.callTool({ name: 'design', arguments: { requirements } });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`design tool call over stdio (warm, 300 calls): p50 ${times[150].toFixed(2)} ms, p99 ${times[297].toFixed(2)} ms`);
await client.close();
