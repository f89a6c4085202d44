// The critique capability's platform inputs: a stated platform reaches the rules; a broker size is
// checked before anything is judged by it.
import { describe, expect, it } from 'vitest';
import { critique } from '../../src/capabilities/critique.js';

const io = { roots: [], clusters: {}, allowWrites: false };
const run = (extra: Record<string, unknown>) => critique.run(critique.input.parse({ files: [{ name: 'msk.properties', content: 'num.io.threads=16\nbackground.threads=20' }], ...extra }), io as never);

describe('critique --platform / --broker-type', () => {
  it('holds a broker file to the platform stated, and to nothing without one', async () => {
    const rules = async (extra: Record<string, unknown>) => (await run(extra)).findings.filter((f) => f.rule.startsWith('platform/')).map((f) => `${f.rule} ${f.setting}`);
    expect(await rules({ platform: 'msk' })).toEqual(['platform/msk-configuration background.threads']);
    // Express brokers accept neither.
    expect(await rules({ platform: 'msk', broker_type: 'express.m7g.large' })).toEqual(['platform/msk-configuration num.io.threads', 'platform/msk-configuration background.threads']);
    expect(await rules({})).toEqual([]);
  });

  it('refuses a broker size it does not know, or one without Amazon MSK', () => {
    const unknown = critique.input.safeParse({ files: [{ name: 'msk.properties', content: '' }], platform: 'msk', broker_type: 'exprss.m7g.large' });
    expect(unknown.success).toBe(false);
    // The refusal lists the sizes the catalog knows.
    expect(unknown.error?.issues[0]).toMatchObject({ path: ['broker_type'], values: expect.arrayContaining(['express.m7g.large', 'kafka.m7g.large']) });
    expect(() => run({ platform: 'aiven', broker_type: 'kafka.m7g.large' })).toThrow(/names an Amazon MSK broker size/);
  });
});
