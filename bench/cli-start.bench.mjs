// CLI start-up cost against `node -e 0`, by paired whole-process runs: each round runs every command
// once, in turn, so a busy moment of the shared machine weighs on all of them alike. The figure
// is CPU time (user + system of the child process, from bash's `times`, which reads getrusage to the millisecond), the median of the
// rounds. Targets: --version and --help within 1.5x of `node -e 0`; explain and design on an
// example within 2.5x. Fails when a target is missed.
import './footer.mjs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const cli = (...args) => [process.execPath, join(root, 'dist/cli/main.js'), ...args];
const CASES = [
  { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  { label: '--version', argv: cli('--version'), limit: 1.5 },
  { label: '--help', argv: cli('--help'), limit: 1.5 },
  { label: 'explain acks', argv: cli('explain', 'acks'), limit: 2.5 },
  { label: 'design examples/notification-service.yaml', argv: cli('design', join(root, 'examples/notification-service.yaml')), limit: 2.5 },
];

/** CPU milliseconds of one whole run of argv (its output discarded). */
function cpuMs(argv) {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', ...argv], { encoding: 'utf8' });
  // `times` prints the shell's user/system times, then its children's: `0m0.094s 0m0.030s`.
  const children = r.stdout.trim().split('\n').at(-1);
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (user === undefined || system === undefined) throw new Error(`could not read the CPU time of ${argv.join(' ')}: ${r.stdout}${r.stderr}`);
  return (user + system) * 1000;
}

const samples = CASES.map(() => []);
for (let round = 0; round < ROUNDS; round++) CASES.forEach((c, i) => samples[i].push(cpuMs(c.argv)));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(samples[0]);
let missed = 0;
console.log(`CLI start, CPU time, medians of ${ROUNDS} paired rounds:`);
CASES.forEach((c, i) => {
  const ms = median(samples[i]);
  const ratio = ms / base;
  const verdict = c.limit === undefined ? '' : ratio <= c.limit ? `  (target <= ${c.limit}x: met)` : `  (target <= ${c.limit}x: NOT met)`;
  if (c.limit !== undefined && ratio > c.limit) missed++;
  console.log(`  ${c.label.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}x${verdict}`);
});
process.exitCode = missed ? 1 : 0;
