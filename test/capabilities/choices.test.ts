// Inputs that name one of the catalog's things (a client library, an MSK broker size) are lists of
// choices in the capability's schema: an MCP client sees them in the tool's inputSchema, and the
// CLI refuses anything else naming the flag, every choice and the nearest one.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLIENT_LIBRARIES } from '../../src/knowledge/clients.js';
import { MSK_BROKER_SIZES } from '../../src/knowledge/msk-brokers.js';
import { parseInput } from '../../src/cli/capability.js';
import { critique } from '../../src/capabilities/critique.js';
import { TOOLS } from '../../src/mcp/tools/index.js';
import { UserError } from '../../src/model/errors.js';

const ids = CLIENT_LIBRARIES.map((l) => l.id);

/** The JSON Schema an MCP client is shown for each field that names a client library. */
const libraryFields = TOOLS.flatMap((tool) => {
  const properties = (z.toJSONSchema(tool.input, { io: 'input' }) as { properties: Record<string, { enum?: string[]; type?: string }> }).properties;
  return Object.entries(properties)
    .filter(([field]) => field === 'client' || field === 'library')
    .map(([field, schema]) => ({ at: `${tool.name}.${field}`, schema }));
});

describe('inputs that name the catalog', () => {
  it('every client or library input lists the catalog libraries, and only them', () => {
    expect(libraryFields.map((f) => f.at).sort()).toEqual(['critique.client', 'explain_setting.client', 'generate.library', 'lag_analyze.library', 'setting_changes.client']);
    for (const { at, schema } of libraryFields) {
      expect(schema.enum, at).toBeDefined();
      // explain_setting also takes the Java family by its name.
      expect(
        schema.enum!.filter((v) => v !== 'java').every((v) => ids.includes(v)),
        at,
      ).toBe(true);
    }
    expect(libraryFields.find((f) => f.at === 'critique.client')!.schema.enum).toEqual(ids);
  });

  it('the CLI names the flag, the choices and the nearest one for a library or broker size it does not know', () => {
    const refusal = (raw: Record<string, unknown>) => {
      try {
        parseInput(critique.input, { files: [{ name: 'a.properties', content: '' }], ...raw } as never, { client: '--client', broker_type: '--broker-type' });
      } catch (e) {
        if (e instanceof UserError) return e.problems[0]!;
      }
      throw new Error('accepted');
    };
    const client = refusal({ client: 'kafka-client' });
    expect(client).toMatchObject({ field: '--client', found: 'kafka-client', suggestion: 'did you mean kafka-clients?' });
    for (const id of ids) expect(client.message).toContain(id);
    const size = refusal({ platform: 'msk', broker_type: 'kafka.m7g.larg' });
    expect(size).toMatchObject({ field: '--broker-type', suggestion: 'did you mean kafka.m7g.large?' });
    for (const { id } of MSK_BROKER_SIZES) expect(size.message).toContain(id);
  });
});
