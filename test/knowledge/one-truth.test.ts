// One truth per setting per library: explain, lag, critique's context, design and generate all read
// the same facts (knowledge/poll-loop.ts through clientDefault), so for every consumer setting the
// poll loop touches and every client library, every tool that mentions it says the same.
import { describe, expect, it } from 'vitest';
import { CLIENT_LIBRARIES, clientDefault } from '../../src/knowledge/clients.js';
import { pollLoopFacts } from '../../src/knowledge/poll-loop.js';
import { createContext } from '../../src/method/critique/engine.js';
import { resolveConsumerSettings, DIAGNOSIS_SETTINGS } from '../../src/method/diagnose/consumer-settings.js';
import { pollLoopHealth } from '../../src/method/diagnose/poll-loop.js';
import { serviceTime } from '../../src/method/queueing/service-time.js';
import { explainSetting } from '../../src/method/reference/explain.js';
import { configInDialect } from '../../src/method/generate/client-config.js';

const VERSION = '3.9';

describe('one truth across tools, per setting and library', () => {
  for (const lib of CLIENT_LIBRARIES) {
    for (const name of DIAGNOSIS_SETTINGS) {
      it(`${name} for ${lib.id}`, () => {
        const truth = clientDefault('consumer', name, VERSION, lib.id);
        const explained = explainSetting('consumer', name, VERSION, lib.id)?.client;
        if (explained) expect({ name: explained.name, default: explained.default }).toEqual({ name: truth.clientName, default: truth.value });
        expect(resolveConsumerSettings([], lib.id, VERSION).settings[name]).toMatchObject({ clientName: truth.clientName, value: truth.value });
        expect(createContext({ kind: 'consumer', entries: [], library: lib.id }, VERSION).value(name)).toBe(truth.value);
        const notRead = pollLoopFacts(lib.family, lib.id, VERSION).notForClassicConsumer[name];
        if (notRead) {
          // Not a setting of this library's group consumer: no tool gives it a value or a name.
          expect(truth).toMatchObject({ value: null, clientName: null, source: notRead });
          expect(configInDialect(lib.id, 'consumer', { [name]: '10' }).entries).toEqual([]);
        }
      });
    }
    it(`the poll batch for ${lib.id}: lag and design read the same mechanism`, () => {
      const facts = pollLoopFacts(lib.family, lib.id, VERSION);
      const health = pollLoopHealth(serviceTime(10, 100), resolveConsumerSettings([], lib.id, VERSION));
      expect(health.batchSetBy).toBe(facts.batch.dialect);
      if (facts.batch.setting) expect(health.batchRecords).toBe(Number(clientDefault('consumer', facts.batch.setting, VERSION, lib.id).value));
      else if (facts.liveness.unit === 'batch') expect(health.batchRecords).toBe(facts.batch.default);
      if (facts.liveness.unit === 'batch') expect(health.limitName).toBe(facts.liveness.dialect);
    });
  }
});
