// Design speed: warm in-process time per example, and whole-process CLI time.
// Judged: the median design in-process within 5 ms per example and the CLI process's median within
// 300 ms (wall time; p99 printed beside, where a collector pause on a shared machine shows).
import './footer.mjs';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { design, parseWithSchema, requirementsSchema } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

console.log('in-process design (warm), ms per design:');
let met = true;
for (const f of examples) {
  const text = readFileSync(join(root, 'examples', f), 'utf8');
  for (let i = 0; i < 50; i++) design(parseWithSchema(text, f, requirementsSchema));
  const times = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    design(parseWithSchema(text, f, requirementsSchema));
    times.push(performance.now() - t);
  }
  const p50 = percentile(times, 0.5);
  met &&= p50 <= 5;
  console.log(`  ${f.padEnd(28)} p50 ${p50.toFixed(3)}  p99 ${percentile(times, 0.99).toFixed(3)}  (target p50 <= 5: ${p50 <= 5 ? 'met' : 'NOT met'})`);
}

console.log('CLI process (design --format json), ms:');
const runs = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'design', join(root, 'examples/notification-service.yaml'), '--format', 'json'], { stdio: 'ignore' });
  runs.push(performance.now() - t);
}
const cliP50 = percentile(runs, 0.5);
console.log(`  p50 ${cliP50.toFixed(0)}  p99 ${percentile(runs, 0.99).toFixed(0)}  (target p50 <= 300: ${cliP50 <= 300 ? 'met' : 'NOT met'})`);
process.exitCode = met && cliP50 <= 300 ? 0 : 1;
