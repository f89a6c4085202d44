// The Avro compatibility corpus (../shared/avro-compat/cases.jsonl, 319 cases) against Apache Avro
// Java: every schema parsed from its text, then each pair or registry-mode check. Two figures:
// the whole process (one pass, start-up included; paired runs, CPU medians) and one pass inside a
// warm process. Java's side is bench/avro-java/CorpusRun.java on the Avro jar Debian packages
// (1.8.2: the corpus's labels come from 1.12.1, whose parse and check do the same work); without
// Java the figures recorded below are used and the output says so. Also: the position of a parse
// error at the end of a 5 MB schema. Judged: whole process >= 5x faster than Avro Java in one JVM.
import './footer.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, '../../shared/avro-compat/cases.jsonl');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LIMIT = 5;
/** Avro Java 1.8.2 on this corpus, measured on the machine the README names (used without Java). */
const RECORDED_JAVA = { processCpuMs: 1570, warmPassMs: 146 };
const JARS = ['avro', 'jackson-core-asl', 'jackson-mapper-asl', 'slf4j-api'].map((j) => `/usr/share/java/${j}.jar`);

if (process.argv[2] === '--one-pass') {
  // The child: imports only the schema modules, as `schema check` does, and runs the corpus once.
  const { parseSchema } = await import('../dist/method/schema/parse.js');
  const { checkReaderWriter } = await import('../dist/method/schema/compatibility.js');
  const { checkCompatibility } = await import('../dist/method/schema/modes.js');
  const cases = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const texts = cases.map((c) => ({
    mode: c.mode,
    reader: c.reader && JSON.stringify(c.reader),
    writer: c.writer && JSON.stringify(c.writer),
    next: c.new && JSON.stringify(c.new),
    previous: (c.previous ?? []).map((p) => JSON.stringify(p)),
  }));
  const pass = () =>
    texts.map((c) => {
      try {
        if (c.mode === undefined) return checkReaderWriter(parseSchema(c.reader), parseSchema(c.writer)).compatible;
        return checkCompatibility(
          parseSchema(c.next),
          c.previous.map((p) => parseSchema(p)),
          c.mode,
        ).compatible;
      } catch {
        return 'rejected';
      }
    });
  const passes = Number(process.argv[3] ?? 1);
  const times = [];
  let answers;
  for (let p = 0; p < passes; p++) {
    const start = process.hrtime.bigint();
    answers = pass();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const later = times.slice(passes > 1 ? 1 : 0).sort((a, b) => a - b);
  console.log(JSON.stringify({ cases: answers.length, firstPassMs: times[0], warmPassMs: later[later.length >> 1], rejected: answers.filter((a) => a === 'rejected').length }));
  process.exit(0);
}

/** CPU ms of a whole process (bash's `times`) and its stdout. */
function run(argv) {
  const r = spawnSync('bash', ['-c', '"$@" 2>/dev/null; times >&2', 'bash', ...argv], { encoding: 'utf8' });
  const children = r.stderr.trim().split('\n').at(-1);
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpuMs: (user + system) * 1000, out: r.stdout.trim().split('\n')[0] };
}

function javaCommand() {
  if (!JARS.every(existsSync)) return undefined;
  const classes = mkdtempSync(join(tmpdir(), 'avro-java-'));
  const classpath = JARS.join(':');
  const built = spawnSync('javac', ['-cp', classpath, '-d', classes, join(here, 'avro-java/CorpusRun.java')], { encoding: 'utf8' });
  if (built.error || built.status !== 0) return undefined;
  return (passes) => ['java', '-cp', `${classes}:${classpath}`, 'CorpusRun', CORPUS, String(passes)];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ours = (passes) => [process.execPath, fileURLToPath(import.meta.url), '--one-pass', String(passes)];
const java = javaCommand();
const oursCpu = [];
const javaCpu = [];
for (let r = 0; r < ROUNDS; r++) {
  oursCpu.push(run(ours(1)).cpuMs);
  if (java) javaCpu.push(run(java(1)).cpuMs);
}
const oursWarm = JSON.parse(run(ours(30)).out);
const javaWarm = java ? JSON.parse(run(java(30)).out) : RECORDED_JAVA;
const javaProcess = java ? median(javaCpu) : RECORDED_JAVA.processCpuMs;
const ratio = javaProcess / median(oursCpu);
const source = java ? 'Avro Java 1.8.2 (Debian), measured now' : 'Avro Java 1.8.2, RECORDED figures (Java or its jars are not installed here)';
console.log(`Avro corpus, ${oursWarm.cases} cases, parse + check (${source}):`);
console.log(
  `  whole process, one pass (CPU, median of ${ROUNDS}): ours ${median(oursCpu).toFixed(0)} ms, Java ${javaProcess.toFixed(0)} ms: ${ratio.toFixed(1)}x faster (target >= ${LIMIT}x: ${ratio >= LIMIT ? 'met' : 'NOT met'})`,
);
console.log(
  `  one warm pass in process (wall, median of 29): ours ${oursWarm.warmPassMs.toFixed(1)} ms, Java ${javaWarm.warmPassMs.toFixed(1)} ms: ${(javaWarm.warmPassMs / oursWarm.warmPassMs).toFixed(1)}x`,
);

// A parse error at the end of a large schema: its line and column must not cost a rescan per character.
const { parseSchema } = await import('../dist/method/schema/parse.js');
const fields = Array.from({ length: 60_000 }, (_, i) => `    {"name": "f${i}", "type": "string", "doc": "field ${i}"}`);
const broken = `{"type": "record", "name": "Big", "fields": [\n${fields.join(',\n')},\n    {"name": "bad", "type": "nosuchtype"}\n]}`;
const cpu0 = process.cpuUsage();
let where = '';
try {
  parseSchema(broken, 'big.avsc');
} catch (e) {
  where = `line ${e.problems?.[0]?.line}, column ${e.problems?.[0]?.column}`;
}
const used = process.cpuUsage(cpu0);
console.log(`  parse error in a ${(broken.length / 1e6).toFixed(1)} MB schema found at ${where} in ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (parse included)`);
process.exitCode = ratio >= LIMIT ? 0 : 1;
