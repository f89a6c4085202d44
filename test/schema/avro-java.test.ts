// Differential test: our checker against Apache Avro Java itself (Debian's libavro-java, Avro
// 1.8.2; install with scripts/setup.d/schema.sh) over generated schema pairs. 1.8.2 differs from
// the 1.12 behaviour we implement in three documented ways; the generator avoids two (no
// namespaces, no enum defaults) and a disagreement is accepted only where the third applies (a
// writer union read by a non-union reader). Skipped, with the reason printed, without Java.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReaderWriter } from '../../src/method/schema/compatibility.js';
import { parseSchemaValue, type AvroSchema } from '../../src/method/schema/parse.js';
import { UserError } from '../../src/model/errors.js';
import { PairGenerator, seededRandom } from './schema-pairs.js';

const JARS = ['avro.jar', 'jackson-core-asl.jar', 'jackson-mapper-asl.jar', 'slf4j-api.jar', 'slf4j-nop.jar'].map((j) => `/usr/share/java/${j}`);
const PAIRS = 300;

function missing(): string | undefined {
  for (const tool of ['java', 'javac']) {
    if (spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0) return `${tool} not found`;
  }
  const absent = JARS.filter((j) => !existsSync(j));
  return absent.length ? `missing ${absent.join(', ')} (run scripts/setup.d/schema.sh)` : undefined;
}

const skipReason = missing();
if (skipReason) console.log(`avro-java differential test skipped: ${skipReason}`);

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
    const generator = new PairGenerator(seededRandom(20261122));
    const checks: Array<{ reader: unknown; writer: unknown }> = [];
    for (let i = 0; i < PAIRS; i++) {
      const { base, evolved } = generator.pair();
      checks.push({ reader: evolved, writer: base }, { reader: base, writer: evolved });
    }

    const classes = mkdtempSync(join(tmpdir(), 'avro-java-'));
    try {
      const classpath = [classes, ...JARS].join(':');
      const source = fileURLToPath(new URL('./java/AvroCompatCheck.java', import.meta.url));
      const javac = spawnSync('javac', ['-d', classes, '-cp', classpath, source], { encoding: 'utf8' });
      expect(javac.status, javac.stderr).toBe(0);
      const input = checks.map((c) => `${JSON.stringify(c.reader)}\t${JSON.stringify(c.writer)}`).join('\n') + '\n';
      const java = spawnSync('java', ['-Xshare:auto', '-XX:TieredStopAtLevel=1', '-cp', classpath, 'AvroCompatCheck'], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
      expect(java.status, java.stderr).toBe(0);
      const theirs = java.stdout.trim().split('\n');
      expect(theirs).toHaveLength(checks.length);

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
      console.log(`avro-java differential: ${checks.length} checks, ${tally.agree} agree (${tally.compatible} compatible, ${tally.incompatible} incompatible, ${tally.errors} rejected by our parser), ${tally.writerUnionRule} differ only by the 1.8.2 writer-union rule`);
      expect(unexplained.slice(0, 5)).toEqual([]);
      // The generated pairs must exercise both answers, or the agreement proves little.
      expect(tally.compatible).toBeGreaterThan(checks.length / 5);
      expect(tally.incompatible).toBeGreaterThan(checks.length / 5);
    } finally {
      rmSync(classes, { recursive: true, force: true });
    }
  }, 60000);
});
