// Differential tests: our checker against Apache Avro Java itself over generated schema pairs.
// 1. Debian's libavro-java (Avro 1.8.2; install with scripts/setup.d/schema.sh), verdicts only.
//    1.8.2 differs from the 1.12 behaviour we implement in three documented ways; the generator
//    avoids two (no namespaces, no enum defaults) and a disagreement is accepted only where the
//    third applies (a writer union read by a non-union reader).
// 2. When AVRO_JAVA_CLASSPATH names an Avro 1.9+ build (1.12.1 is what we follow; see
//    docs/schema.md for building it), every incompatibility's kind, location and message too,
//    over pairs that also use namespaces, enum defaults, non-null unions and reused named types.
// Each is skipped, with the reason printed, when Java or the classes are absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReaderWriter } from '../../../src/method/schema/compatibility.js';
import { parseSchemaValue, type AvroSchema } from '../../../src/method/schema/parse.js';
import { UserError } from '../../../src/model/errors.js';
import { seededRandom } from '../../../src/method/diagnose/simulate.js';
import { corrupt, PairGenerator } from './schema-pairs.js';

const JARS = ['avro.jar', 'jackson-core-asl.jar', 'jackson-mapper-asl.jar', 'slf4j-api.jar', 'slf4j-nop.jar'].map((j) => `/usr/share/java/${j}`);
// AVRO_DIFF_PAIRS raises the count for a longer local sweep.
const PAIRS = Number(process.env.AVRO_DIFF_PAIRS ?? 300);
const MODERN_CLASSPATH = process.env.AVRO_JAVA_CLASSPATH;

function javaMissing(): string | undefined {
  for (const tool of ['java', 'javac']) {
    if (spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0) return `${tool} not found`;
  }
  return undefined;
}

const noJava = javaMissing();
const absentJars = JARS.filter((j) => !existsSync(j));
const skipReason = noJava ?? (absentJars.length ? `missing ${absentJars.join(', ')} (run scripts/setup.d/schema.sh)` : undefined);
const skipModern = noJava ?? (MODERN_CLASSPATH ? undefined : 'AVRO_JAVA_CLASSPATH is not set');
if (skipReason) console.log(`avro-java differential test (Debian Avro 1.8.2) skipped: ${skipReason}`);
if (skipModern) console.log(`avro-java differential test (Avro 1.9+) skipped: ${skipModern}`);

/** Compiles the checker against `classpath` and runs it over the pairs; one output line per pair. */
function runAvroJava(classpath: string[], checks: Array<{ reader: unknown; writer: unknown }>): string[] {
  const classes = mkdtempSync(join(tmpdir(), 'avro-java-'));
  try {
    const cp = [classes, ...classpath].join(':');
    const source = fileURLToPath(new URL('./java/AvroCompatCheck.java', import.meta.url));
    const javac = spawnSync('javac', ['-nowarn', '-d', classes, '-cp', cp, source], { encoding: 'utf8' });
    expect(javac.status, javac.stderr).toBe(0);
    const input = checks.map((c) => `${JSON.stringify(c.reader)}\t${JSON.stringify(c.writer)}`).join('\n') + '\n';
    const java = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-cp', cp, 'AvroCompatCheck'], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(java.status, java.stderr).toBe(0);
    const lines = java.stdout.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(checks.length);
    return lines;
  } finally {
    rmSync(classes, { recursive: true, force: true });
  }
}

function generatePairs(modern: boolean): Array<{ reader: unknown; writer: unknown }> {
  const generator = new PairGenerator(seededRandom(20261122), modern);
  const checks: Array<{ reader: unknown; writer: unknown }> = [];
  for (let i = 0; i < PAIRS; i++) {
    const { base, evolved } = generator.pair();
    checks.push({ reader: evolved, writer: base }, { reader: base, writer: evolved });
  }
  return checks;
}

/**
 * Whether the check reaches a writer union of two or more branches with a non-union reader,
 * where 1.8.2 says incompatible and 1.9+ compares every branch. Over-approximates: it follows
 * every reader/writer pairing the check could visit.
 */
function writerUnionMeetsPlainReader(reader: AvroSchema, writer: AvroSchema, seen = new Set<string>()): boolean {
  if (writer.type === 'union' && reader.type !== 'union') return writer.branches.length !== 1 || writer.branches.some((b) => writerUnionMeetsPlainReader(reader, b, seen));
  if (reader.type === 'union') return reader.branches.some((r) => (writer.type === 'union' ? writer.branches : [writer]).some((w) => writerUnionMeetsPlainReader(r, w, seen)));
  if (writer.type === 'union') return false;
  if (reader.type === 'array' && writer.type === 'array') return writerUnionMeetsPlainReader(reader.items, writer.items, seen);
  if (reader.type === 'map' && writer.type === 'map') return writerUnionMeetsPlainReader(reader.values, writer.values, seen);
  if (reader.type === 'record' && writer.type === 'record') {
    const key = `${reader.fullName}|${writer.fullName}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return reader.fields.some((f) => {
      const w = [f.name, ...f.aliases].map((n) => writer.fieldByName.get(n)).find(Boolean);
      return w !== undefined && writerUnionMeetsPlainReader(f.type, w.type, seen);
    });
  }
  return false;
}

type Verdict = 'C' | 'I' | 'E';

function ours(reader: unknown, writer: unknown): Verdict {
  try {
    return checkReaderWriter(parseSchemaValue(reader), parseSchemaValue(writer)).compatible ? 'C' : 'I';
  } catch (e) {
    if (e instanceof UserError) return 'E';
    throw e;
  }
}

describe.skipIf(skipReason !== undefined)('differential: our checker vs Apache Avro Java (libavro-java)', () => {
  it(`agrees on ${PAIRS * 2} generated reader/writer checks, apart from documented 1.8.2 differences`, () => {
    const checks = generatePairs(false);
    const theirs = runAvroJava(JARS, checks);
    const tally = { agree: 0, compatible: 0, incompatible: 0, errors: 0, writerUnionRule: 0 };
    const unexplained: string[] = [];
    checks.forEach((c, i) => {
      const java182 = theirs[i]!.slice(0, 1) as Verdict;
      const mine = ours(c.reader, c.writer);
      if (mine === 'C') tally.compatible++;
      if (mine === 'I') tally.incompatible++;
      if (mine === 'E') tally.errors++;
      if (mine === java182) {
        tally.agree++;
        return;
      }
      if (mine === 'C' && java182 === 'I' && writerUnionMeetsPlainReader(parseSchemaValue(c.reader), parseSchemaValue(c.writer))) {
        tally.writerUnionRule++;
        return;
      }
      unexplained.push(`ours ${mine}, Avro Java ${theirs[i]}\n  reader ${JSON.stringify(c.reader)}\n  writer ${JSON.stringify(c.writer)}`);
    });
    console.log(
      `avro-java 1.8.2 differential: ${checks.length} checks, ${tally.agree} agree (${tally.compatible} compatible, ${tally.incompatible} incompatible, ${tally.errors} rejected by our parser), ${tally.writerUnionRule} differ only by the 1.8.2 writer-union rule`,
    );
    expect(unexplained.slice(0, 5)).toEqual([]);
    // The generated pairs must exercise both answers, or the agreement proves little.
    expect(tally.compatible).toBeGreaterThan(checks.length / 5);
    expect(tally.incompatible).toBeGreaterThan(checks.length / 5);
  }, 60000);
});

describe.skipIf(skipModern !== undefined)('differential: our checker vs Avro Java 1.9+ (AVRO_JAVA_CLASSPATH), incompatibility lists included', () => {
  it(`gives the same verdicts, kinds, locations and messages on ${PAIRS * 2} generated checks`, () => {
    const checks = generatePairs(true);
    const theirs = runAvroJava((MODERN_CLASSPATH ?? '').split(':'), checks);
    const tally = { compatible: 0, incompatible: 0, errors: 0 };
    const differ: string[] = [];
    checks.forEach((c, i) => {
      let mine: string;
      try {
        const r = checkReaderWriter(parseSchemaValue(c.reader), parseSchemaValue(c.writer));
        mine = [r.compatible ? 'C' : 'I', ...r.incompatibilities.map((x) => `${x.type}|${x.location}|${x.message}`)].join('\t');
        tally[r.compatible ? 'compatible' : 'incompatible']++;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        mine = 'E';
        tally.errors++;
      }
      const java = theirs[i]!.startsWith('E ') ? 'E' : theirs[i]!;
      if (mine !== java) differ.push(`ours ${mine}\n  Avro Java ${theirs[i]}\n  reader ${JSON.stringify(c.reader)}\n  writer ${JSON.stringify(c.writer)}`);
    });
    console.log(
      `avro-java 1.9+ differential: ${checks.length} checks (${tally.compatible} compatible, ${tally.incompatible} incompatible, ${tally.errors} rejected), ${checks.length - differ.length} identical`,
    );
    expect(differ.slice(0, 5)).toEqual([]);
    expect(tally.incompatible).toBeGreaterThan(checks.length / 5);
  }, 60000);
});

describe.skipIf(skipModern !== undefined)('differential: our parser vs Avro Java 1.9+ (AVRO_JAVA_CLASSPATH) on damaged schemas', () => {
  it(`accepts and rejects the same ${PAIRS * 2} damaged schemas`, () => {
    const random = seededRandom(7);
    const generator = new PairGenerator(random, true);
    const schemas = Array.from({ length: PAIRS * 2 }, () => corrupt(generator.pair().base as never, random));
    const theirs = runAvroJava(
      (MODERN_CLASSPATH ?? '').split(':'),
      schemas.map((s) => ({ reader: s, writer: 'int' })),
    );
    let rejected = 0;
    const differ: string[] = [];
    schemas.forEach((schema, i) => {
      let mine = 'accepted';
      try {
        parseSchemaValue(schema);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        mine = 'rejected';
        rejected++;
      }
      const java = theirs[i]!.startsWith('E ') ? 'rejected' : 'accepted';
      if (mine !== java) differ.push(`ours ${mine}, Avro Java ${theirs[i]}\n  ${JSON.stringify(schema)}`);
    });
    console.log(`avro-java 1.9+ parser differential: ${schemas.length} damaged schemas, ${rejected} rejected by us, ${schemas.length - differ.length} answered alike`);
    expect(differ.slice(0, 5)).toEqual([]);
  }, 60000);
});
