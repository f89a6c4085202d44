import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../../cli/run-cli.js';

const REQUIREMENTS = join(ROOT, '../shared/scenarios/notification-service/requirements.yaml');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'ks-gen-cli-')), 'out');

describe('kafka-specialist generate', () => {
  it('writes the project, the manifests and the design from a requirements file', () => {
    const out = fresh();
    const r = runCli(['generate', REQUIREMENTS, '--lang', 'typescript', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of [
      'typescript/package.json',
      'typescript/tsconfig.json',
      'typescript/src/notifications-producer.ts',
      'typescript/README.md',
      'topics/create-topics.sh',
      'topics/strimzi-topics.yaml',
      'topics/main.tf',
      'asyncapi.yaml',
      'design.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(statSync(join(out, 'topics/create-topics.sh')).mode & 0o111).not.toBe(0);
    expect(r.stdout).toContain('wrote ');
  });

  it("uses the design's language when --lang is absent", () => {
    const r = runCli(['generate', REQUIREMENTS, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('would write python/notifications_consumer.py');
  });

  it('never overwrites a file without --force, and overwrites with it', () => {
    const out = fresh();
    expect(runCli(['generate', REQUIREMENTS, '--out', out]).code).toBe(0);
    const readme = join(out, 'python/README.md');
    writeFileSync(readme, 'my notes');
    const refused = runCli(['generate', REQUIREMENTS, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; not overwritten');
    expect(readFileSync(readme, 'utf8')).toBe('my notes');
    expect(runCli(['generate', REQUIREMENTS, '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(readme, 'utf8')).toContain('# notification-service');
  });

  it('lists files and contents without writing on --dry-run --format json', () => {
    const out = fresh();
    const r = runCli(['generate', REQUIREMENTS, '--lang', 'go', '--library', 'franz-go', '--out', out, '--dry-run', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const listed = JSON.parse(r.stdout) as { dryRun: boolean; files: Array<{ path: string; contents: string }> };
    expect(listed.dryRun).toBe(true);
    expect(listed.files.find((f) => f.path.endsWith('go.mod'))!.contents).toContain('github.com/twmb/franz-go');
    expect(existsSync(out)).toBe(false);
  });

  it('generates from a design document, and names the field of an invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-gen-design-'));
    const designFile = join(dir, 'design.json');
    writeFileSync(designFile, runCli(['design', REQUIREMENTS, '--format', 'json']).stdout);
    const ok = runCli(['generate', '--design', designFile, '--lang', 'java', '--dry-run']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('NotificationsConsumer.java');

    const broken = JSON.parse(readFileSync(designFile, 'utf8')) as { topics: Array<{ partitions: unknown }> };
    broken.topics[0]!.partitions = 'six';
    writeFileSync(designFile, JSON.stringify(broken));
    const bad = runCli(['generate', '--design', designFile, '--dry-run', '--format', 'json']);
    expect(bad.code).toBe(2);
    expect(JSON.stringify(JSON.parse(bad.stdout).error.problems)).toContain('topics[0].partitions');
  });

  it('explains what is missing: no input, no --out, an unknown library', () => {
    expect(runCli(['generate', '--lang', 'python', '--out', fresh()]).stderr).toContain('nothing to generate from');
    expect(runCli(['generate', REQUIREMENTS]).stderr).toContain('--out');
    // A library no generator renders is outside the input's choices; one of another language is refused with the language's own.
    const unknown = runCli(['generate', REQUIREMENTS, '--lang', 'go', '--library', 'sarama', '--dry-run']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--library: expected one of: .*confluent-kafka-go, franz-go/);
    const otherLanguage = runCli(['generate', REQUIREMENTS, '--lang', 'go', '--library', 'kafkajs', '--dry-run']);
    expect(otherLanguage.code).toBe(2);
    expect(otherLanguage.stderr).toContain('expected: confluent-kafka-go | franz-go');
  });
});
