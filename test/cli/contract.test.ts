import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('kafka-specialist contract', () => {
  it('prints the requirements JSON Schema, strict about unknown keys', () => {
    const r = runCli(['contract', 'requirements']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['name', 'flows']);
    expect(schema.properties.flows.items.properties.delivery.enum).toEqual(['at-most-once', 'at-least-once', 'exactly-once']);
  });

  it('prints the design JSON Schema with the contract fields', () => {
    const schema = JSON.parse(runCli(['contract', 'design']).stdout);
    for (const k of ['name', 'kafkaVersion', 'assumptions', 'questions', 'topics', 'producers', 'consumers', 'patterns', 'findings']) {
      expect(schema.required).toContain(k);
    }
  });

  it('takes --format json: the same schema, and a JSON error object for a wrong format name', () => {
    const text = runCli(['contract', 'requirements']);
    const json = runCli(['contract', 'requirements', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(text.stdout));
    const wrong = runCli(['contract', 'nope', '--format', 'json']);
    expect(wrong.code).toBe(2);
    expect((JSON.parse(wrong.stdout) as { error: { problems: unknown[] } }).error.problems).toHaveLength(1);
  });
});
