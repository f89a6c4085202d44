import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/method/generate/index.js';
import { ALL_DESIGNS, notificationDesign, paymentsDesign, profilesDesign } from './fixtures.js';
import { writeFiles } from './tools.js';

const projectModules = join(import.meta.dirname, '../../../node_modules');

/**
 * One compiler host for every generated project: the declarations they share (the standard
 * library, @types/node, kafkajs) are parsed once in this process, not once per `tsc` process.
 */
const declarations = new Map<string, ts.SourceFile | undefined>();
const baseHost = ts.createCompilerHost({});
const host: ts.CompilerHost = {
  ...baseHost,
  getSourceFile(fileName, languageVersion, onError, shouldCreate) {
    if (!fileName.endsWith('.d.ts')) return baseHost.getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}|${typeof languageVersion === 'object' ? `${languageVersion.languageVersion}:${languageVersion.impliedNodeFormat}` : languageVersion}`;
    if (!declarations.has(key)) declarations.set(key, baseHost.getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return declarations.get(key);
  },
};

/** What `tsc -p <tsconfig> --noEmit` reports: the config file's errors, then the program's. */
function typeCheck(tsconfig: string): string {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host, configFileParsingDiagnostics: config.errors });
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ts.sys.getCurrentDirectory(), getNewLine: () => '\n' });
}

describe('generated TypeScript (kafkajs)', () => {
  it.each(ALL_DESIGNS.map((d) => [d.name, d] as const))(
    '%s type-checks with tsc --strict against kafkajs',
    (_name, design) => {
      const root = writeFiles(generate(design, { language: 'typescript' }), 'ts');
      // The generated package resolves kafkajs (and the schema registry client) from this project.
      symlinkSync(projectModules, join(root, 'typescript/node_modules'), 'dir');
      const errors = typeCheck(join(root, 'typescript/tsconfig.json'));
      if (errors) throw new Error(`tsc failed:\n${errors}`);
    },
    120_000,
  );

  it('puts each setting on the kafkajs call that takes it, with its reason', () => {
    const files = generate(notificationDesign, { language: 'typescript' });
    const producer = files.find((f) => f.path === 'typescript/src/notifications-producer.ts')!.contents;
    expect(producer).toMatch(/kafka\.producer\(\{[^}]*\n\s+idempotent: true, \/\/ librdkafka defaults to false/);
    expect(producer).toContain('createPartitioner: Partitioners.DefaultPartitioner');
    expect(producer).toMatch(/acks: -1, \/\/ a notification must survive/);
    expect(producer).toMatch(/\/\/ linger.ms=5 not set: kafkajs has no option for this/);
    expect(producer).toMatch(/\/\/ compression.type=lz4 not set: kafkajs needs an extra codec package/);
    const consumer = files.find((f) => f.path === 'typescript/src/notifications-consumer.ts')!.contents;
    expect(consumer).toMatch(/rebalanceTimeout: 300000/);
    expect(consumer).toMatch(/fromBeginning: true/);
    expect(consumer).toMatch(/autoCommit: false/);
  });

  it('sends offsets inside the transaction for read-process-write and reads committed data', () => {
    const files = generate(paymentsDesign, { language: 'typescript' });
    const processor = files.find((f) => f.path === 'typescript/src/payment-requests-consumer.ts')!.contents;
    for (const call of ['producer.transaction()', 'transaction.send(', 'transaction.sendOffsets(', 'transaction.commit()', 'transaction.abort()']) {
      expect(processor).toContain(call);
    }
    expect(processor).toContain('transactionalId: "payment-processor-" + INSTANCE_ID,');
    expect(processor).toContain('readUncommitted: false');
  });

  it('handles records with key-ordered parallel chains when the design asks for them', () => {
    const design = ALL_DESIGNS.find((d) => d.name === 'notification-service' && d.patterns.some((p) => p.id === 'key-ordered-parallel-processing'))!;
    const consumer = generate(design, { language: 'typescript' }).find((f) => f.path === 'typescript/src/notifications-consumer.ts')!.contents;
    expect(consumer).toContain('const HANDLERS = Number(process.env.HANDLERS ?? "4");');
    expect(consumer).toContain('const lane = message.key === null ? "" : message.key.toString("utf8");');
    expect(consumer.indexOf('await handleInParallel(')).toBeLessThan(consumer.indexOf('await consumer.commitOffsets(', consumer.indexOf('await handleInParallel(')));
  });

  it('keeps the latest value per key for a compacted state topic, with Avro through the registry', () => {
    const files = generate(profilesDesign, { language: 'typescript' });
    const consumer = files.find((f) => f.path === 'typescript/src/profiles-consumer.ts')!.contents;
    expect(consumer).toContain('state.delete(key)');
    expect(consumer).toContain('registry.decode(data)');
    expect(JSON.parse(files.find((f) => f.path === 'typescript/package.json')!.contents).dependencies).toHaveProperty('@kafkajs/confluent-schema-registry');
  });
});
