// The critique MCP tool is a thin door to critique(): same JSON as the CLI's --format json.
import { describe, expect, it } from 'vitest';
import { critique } from '../../src/method/critique/critique.js';
import { critiqueTool } from '../../src/mcp/tools/critique.js';
import { UserError } from '../../src/model/errors.js';

const options = { roots: [], clusters: {}, allowWrites: false };

describe('critique tool', () => {
  it('returns the findings critique() returns, with a summary naming the errors', async () => {
    const files = [{ name: 'server.properties', content: 'log.dirs=/d\noffsets.topic.replication.factor=1\nmin.insync.replicas=2\n' }];
    const input = critiqueTool.input.parse({ files, environment: 'production' });
    const out = await critiqueTool.run(input, options);
    const direct = critique([{ text: files[0]!.content, file: 'server.properties' }], { intent: { environment: 'production' } });
    expect(out.json).toEqual({ findings: direct.findings, reviewed: direct.reviewed });
    expect(out.summary).toMatch(/server\.properties:2 durability\/offsets-topic-min-isr/);
  });
  it('raises a user error for unreadable input', async () => {
    const input = critiqueTool.input.parse({ files: [{ name: 'x.yaml', content: 'a: [1,\n' }] });
    await expect(async () => critiqueTool.run(input, options)).rejects.toThrow(UserError);
  });
});
