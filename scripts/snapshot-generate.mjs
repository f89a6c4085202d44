#!/usr/bin/env node
// Writes every file `generate` produces, for every requirements file (examples, their conversation
// rounds, the shared scenarios) in every language and library, so a change to the generators can
// prove the output did not move by one byte:
//   node scripts/snapshot-generate.mjs /tmp/before [distDir]   ...change, npm run build...
//   node scripts/snapshot-generate.mjs /tmp/after && diff -r /tmp/before /tmp/after
// distDir defaults to this checkout's dist/ (give another build, e.g. main's, to compare with it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? '/tmp/kafka-specialist-generate');
const dist = resolve(process.argv[3] ?? join(ROOT, 'dist'));
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { designFor } = await load('capabilities/design.js');
const { generate, supportedLibraries } = await load('method/generate/index.js');
const { LANGUAGES } = await load('knowledge/clients.js');

const list = (dir, test) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter(test)
        .map((f) => join(dir, f))
        .sort()
    : [];
const scenarioDir = join(ROOT, '../shared/scenarios');
const inputs = [
  ...list(join(ROOT, 'examples'), (f) => f.endsWith('.yaml')),
  ...list(join(ROOT, 'examples/conversations'), () => true).flatMap((d) => list(d, (f) => /^round-\d+\.yaml$/.test(f))),
  ...list(scenarioDir, () => true)
    .map((d) => join(d, 'requirements.yaml'))
    .filter(existsSync),
];
// Variants of each design that walk the generators' decision matrix (commit mode x parallel
// handlers x side topics x idempotence x rate limit) beyond what the examples happen to contain.
const withPatterns = (ids, why) => (d) => {
  const flows = [...new Set(d.consumers.map((c) => c.flow))];
  return { ...d, patterns: [...d.patterns, ...ids.map((id) => ({ id, why, flows }))] };
};
const VARIANTS = {
  asIs: (d) => d,
  keyOrdered: withPatterns(['key-ordered-parallel-processing', 'idempotent-consumer', 'dead-letter-topic', 'pending-topic', 'rate-limited-worker'], 'the API allows 20 requests/s'),
  unordered: withPatterns(['unordered-parallel-processing', 'dead-letter-topic', 'rate-limited-worker', 'schema-registry', 'compacted-state-topic'], 'no stated rate'),
  sideOnly: withPatterns(['dead-letter-topic', 'pending-topic', 'idempotent-consumer'], 'side topics'),
  atMostOnce: (d) => withPatterns(['dead-letter-topic', 'idempotent-consumer'], 'x')({ ...d, producers: d.producers.map((p) => ({ ...p, delivery: 'at-most-once' })) }),
  atMostOnceParallel: (d) => withPatterns(['unordered-parallel-processing'], 'x')({ ...d, producers: d.producers.map((p) => ({ ...p, delivery: 'at-most-once' })) }),
};
rmSync(out, { recursive: true, force: true });
let count = 0;
for (const file of inputs) {
  const label = file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : `shared/${file.slice(resolve(scenarioDir, '..').length + 1)}`;
  let design;
  try {
    design = designFor({ name: file, content: readFileSync(file, 'utf8') });
  } catch (e) {
    if (e?.name !== 'UserError') throw e; // a broken script must not pass as an empty snapshot
    continue; // requirements that do not design are not the generator's concern
  }
  for (const [variant, vary] of Object.entries(VARIANTS))
    for (const language of LANGUAGES) {
      for (const library of supportedLibraries(language)) {
        const dir = join(out, label.replace(/[^A-Za-z0-9.-]+/g, '_'), variant, `${language}-${library}`);
        let files;
        try {
          files = generate(vary(design), { language, library });
        } catch (e) {
          files = [{ path: 'ERROR', contents: String(e?.message ?? e), description: '' }];
        }
        for (const f of files) {
          mkdirSync(dirname(join(dir, f.path)), { recursive: true });
          writeFileSync(join(dir, f.path), f.contents);
          count++;
        }
        writeFileSync(
          join(dir, 'FILES.json'),
          JSON.stringify(
            files.map((f) => [f.path, f.description]),
            null,
            1,
          ),
        );
      }
    }
}
console.log(`${count} generated files from ${inputs.length} inputs written to ${out}`);
