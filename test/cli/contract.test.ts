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
});
