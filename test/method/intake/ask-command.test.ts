// `ask` at the command line: YAML that parses back as requirements, JSON with what was
// understood and from which words, and --out written atomically.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

const REQUEST =
  "our notification consumer falls behind: about 400 events/s at peak, each call to the push API takes 50 ms to 2 s and the API allows 100 requests per second; Python; keep each user's notifications in order";
const cli = (...args: string[]) => execFileSync('node', ['dist/cli/main.js', 'ask', ...args], { encoding: 'utf8' });

describe('ask command', () => {
  it('prints a YAML draft that validates as a requirements file', () => {
    const req = parseWithSchema(cli(REQUEST), 'draft.yaml', requirementsSchema);
    expect(req.flows[0]).toMatchObject({ key: 'user_id', ordering: 'per-key', throughput: { peak_per_second: 400 }, processing: { external_rate_limit_per_second: 100 } });
    expect(req.client?.language).toBe('python');
  });

  it('prints requirements, understood (with the words), assumptions and questions as JSON', () => {
    const out = JSON.parse(cli(REQUEST, '--format', 'json')) as {
      requirements: unknown;
      understood: Array<{ field: string; value: unknown; from: string }>;
      assumptions: unknown[];
      questions: Array<{ field: string }>;
    };
    expect(out.understood).toContainEqual({ field: 'flows[0].processing.external_rate_limit_per_second', value: 100, from: '100 requests per second' });
    expect(out.questions.map((q) => q.field)).toEqual(expect.arrayContaining(['flows[0].delivery', 'flows[0].throughput.message_bytes']));
    expect(out.assumptions.length).toBeGreaterThan(0);
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-'));
    const out = cli(REQUEST, '--out', join(dir, 'req.yaml'));
    expect(out).toContain('Wrote');
    expect(readdirSync(dir)).toEqual(['req.yaml']);
    expect(parseWithSchema(readFileSync(join(dir, 'req.yaml'), 'utf8'), 'req.yaml', requirementsSchema).name).toBe('notification-service');
  });

  it('reads the request from standard input with "-"', () => {
    const out = execFileSync('node', ['dist/cli/main.js', 'ask', '-'], { input: '2000 events/s, exactly once, Java', encoding: 'utf8' });
    expect(parseWithSchema(out, 'draft.yaml', requirementsSchema).flows[0]?.delivery).toBe('exactly-once');
  });
});

describe('ask | design -', () => {
  it('designs straight from the draft through a pipe', () => {
    const out = execFileSync('sh', ['-c', `node dist/cli/main.js ask "${REQUEST.replace(/'/g, "'")}" | node dist/cli/main.js design - --format json`], { encoding: 'utf8' });
    const design = JSON.parse(out) as { name: string; patterns: Array<{ id: string }> };
    expect(design.name).toBe('notification-service');
    expect(design.patterns.map((p) => p.id)).toContain('rate-limited-worker');
  });

  it('waits for a slow writer on the pipe', () => {
    const out = execFileSync('sh', ['-c', '(sleep 0.5; cat ../shared/scenarios/telemetry-at-most-once/requirements.yaml) | node dist/cli/main.js design - --format json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as { name: string }).name).toBe('live-telemetry');
  });
});
