import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/method/generate/index.js';
import type { Design } from '../../../src/model/design.js';
import { ALL_DESIGNS, paymentsDesign, telemetryDesign } from './fixtures.js';
import { toolAvailable, writeFiles } from './tools.js';

// Debian ships confluent-kafka-go 0.11.6 as source (golang-github-confluentinc-confluent-kafka-go-dev).
// The generated code targets v2; programs without transactions use only calls both versions share,
// so they compile against it. Transactional programs (v2-only calls) and franz-go (not in Debian)
// are syntax-checked with gofmt only.
const DEBIAN_CKG = '/usr/share/gocode/src/github.com/confluentinc/confluent-kafka-go/kafka';
const hasGofmt = toolAvailable('gofmt (Debian golang-go)', 'sh', ['-c', 'command -v gofmt']);
const canCompile =
  hasGofmt &&
  toolAvailable('go (Debian golang-go)', 'go', ['version']) &&
  toolAvailable('librdkafka headers (Debian librdkafka-dev, pkg-config)', 'pkg-config', ['--exists', 'rdkafka']) &&
  toolAvailable('confluent-kafka-go source (Debian golang-github-confluentinc-confluent-kafka-go-dev)', 'test', ['-d', DEBIAN_CKG]);

const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOSUMDB: 'off', GOTOOLCHAIN: 'local', GOCACHE: join(process.env.HOME ?? '/tmp', '.cache/kafka-specialist-go-build') };

describe.each(['confluent-kafka-go', 'franz-go'])('generated Go (%s)', (library) => {
  it.runIf(hasGofmt).each(ALL_DESIGNS.map((d) => [d.name, d] as const))('%s is valid Go syntax (gofmt -e)', (_name, design) => {
    const files = generate(design, { language: 'go', library }).filter((f) => f.path.endsWith('.go'));
    expect(files.length).toBeGreaterThan(1);
    const root = writeFiles(files, 'go');
    // One gofmt for the design's files: it reports every file that does not parse and exits non-zero.
    execFileSync('gofmt', ['-e', '-l', ...files.map((f) => join(root, f.path))], { stdio: 'pipe' });
  });
});

/** A local module standing in for confluent-kafka-go/v2, made once from Debian's source so go's build cache serves every test. */
let debianModule: string | undefined;
function debianConfluentModule(): string {
  if (debianModule) return debianModule;
  const local = join(mkdtempSync(join(tmpdir(), 'ks-debian-ckg-')), 'confluent-kafka-go');
  mkdirSync(join(local, 'kafka'), { recursive: true });
  for (const name of readdirSync(DEBIAN_CKG).filter((n) => (n.endsWith('.go') && !n.endsWith('_test.go')) || n.endsWith('.h'))) {
    cpSync(join(DEBIAN_CKG, name), join(local, 'kafka', name));
  }
  writeFileSync(join(local, 'go.mod'), 'module github.com/confluentinc/confluent-kafka-go/v2\n\ngo 1.13\n');
  debianModule = local;
  return local;
}

/**
 * One module holding each design's confluent-kafka-go programs under d<i>/, against the Debian
 * client; with the package paths of each design's programs without transactions.
 */
function vetModule(designs: readonly Design[]): { root: string; programs: string[][] } {
  const root = mkdtempSync(join(tmpdir(), 'ks-go-vet-'));
  writeFileSync(
    join(root, 'go.mod'),
    [
      'module generated',
      '',
      'go 1.19',
      '',
      'require github.com/confluentinc/confluent-kafka-go/v2 v2.5.0',
      '',
      `replace github.com/confluentinc/confluent-kafka-go/v2 => ${debianConfluentModule()}`,
      '',
    ].join('\n'),
  );
  const programs = designs.map((design, i) => {
    const files = generate(design, { language: 'go', library: 'confluent-kafka-go' }).filter((f) => f.path.startsWith('go/cmd/'));
    for (const f of files) {
      const path = join(root, `d${i}`, f.path.slice('go/'.length));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.contents);
    }
    return files.filter((f) => f.path.endsWith('/main.go') && !f.contents.includes('InitTransactions(')).map((f) => `./d${i}/${dirname(f.path.slice('go/'.length))}`);
  });
  return { root, programs };
}

/** What go vet says against the module's programs; null when it passes. */
function vet({ root, programs }: { root: string; programs: string[][] }): string | null {
  try {
    // -trimpath keeps the temporary directory out of go's cache keys, so the cgo client built once
    // stays in GOCACHE for the next run (without it every run compiles it again).
    execFileSync('go', ['vet', '-trimpath', ...programs.flat()], { cwd: root, env: goEnv, stdio: 'pipe', encoding: 'utf8' });
    return null;
  } catch (e) {
    return (e as { stderr?: string }).stderr ?? String(e);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** go vet over every design at once (one load of the cgo client for all); computed by the first case. */
let vetOfAll: string | null | undefined;

describe('generated Go (confluent-kafka-go) compiles', () => {
  it.runIf(canCompile).each(ALL_DESIGNS.map((d) => [d.name, d] as const))(
    '%s: go vet passes for programs without transactions',
    (_name, design) => {
      const own = vetModule([design]);
      expect(own.programs[0]!.length).toBeGreaterThan(0);
      if (vetOfAll === undefined) vetOfAll = vet(vetModule(ALL_DESIGNS));
      // When all designs pass together this one does; otherwise vet it alone, so a failure is its own.
      const complaint = vetOfAll === null ? null : vet(own);
      rmSync(own.root, { recursive: true, force: true });
      if (complaint !== null) throw new Error(`go vet failed:\n${complaint}`);
    },
    180_000,
  );
});

describe('Go client options', () => {
  it('uses kgo option functions for franz-go, with the reason on each line', () => {
    const consumer = generate(paymentsDesign, { language: 'go', library: 'franz-go' }).find((f) => f.path === 'go/cmd/payment-requests-consumer/main.go')!.contents;
    expect(consumer).toContain('kgo.NewGroupTransactSession(');
    expect(consumer).toContain('kgo.FetchIsolationLevel(kgo.ReadCommitted()), //');
    expect(consumer).toContain('kgo.TransactionalID("payment-processor-" + instanceID)');
    expect(consumer).toContain('session.End(ctx, kgo.TransactionEndTry(!failed.Load()))');
  });

  it('uses librdkafka names in a ConfigMap for confluent-kafka-go', () => {
    const producer = generate(telemetryDesign, { language: 'go' }).find((f) => f.path === 'go/cmd/gauges-producer/main.go')!.contents;
    expect(producer).toContain('"retries": 0, // a late sample is worse than a lost one');
    expect(producer).toContain('"compression.type": "zstd"');
  });
});
