// Design speed: warm in-process time per example, and whole-process CLI time.
// Targets: <= 5 ms per design in-process, <= 300 ms for the CLI process.
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
for (const f of examples) {
  const text = readFileSync(join(root, 'examples', f), 'utf8');
  for (let i = 0; i < 50; i++) design(parseWithSchema(text, f, requirementsSchema));
  const times = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    design(parseWithSchema(text, f, requirementsSchema));
    times.push(performance.now() - t);
  }
  console.log(`  ${f.padEnd(28)} p50 ${percentile(times, 0.5).toFixed(3)}  p99 ${percentile(times, 0.99).toFixed(3)}  (target <= 5)`);
}

console.log('CLI process (design --format json), ms:');
const runs = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'design', join(root, 'examples/notification-service.yaml'), '--format', 'json'], { stdio: 'ignore' });
  runs.push(performance.now() - t);
}
console.log(`  p50 ${percentile(runs, 0.5).toFixed(0)}  p99 ${percentile(runs, 0.99).toFixed(0)}  (target <= 300)`);
