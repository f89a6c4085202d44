// `kafka-specialist schema scaffold|lint|check|compatibility`: design Avro event schemas, find
// evolution hazards, and check a change the way a Schema Registry would (files or a live registry).
import { Option, type Command } from 'commander';
import { registryOptions, SchemaRegistryClient } from '../../cluster/schema-registry.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { labelCheck, renderCheck, renderLint, renderScaffoldNotes, scaffoldDocument } from '../../method/report/schema-report.js';
import { renderIdl } from '../../method/schema/idl.js';
import { lintParsedSchema } from '../../method/schema/lint.js';
import { checkCompatibility, COMPATIBILITY_MODES, type CompatibilityMode } from '../../method/schema/modes.js';
import { parseSchema, type AvroSchema } from '../../method/schema/parse.js';
import { PARTIAL_UPDATE_STYLES, scaffoldEventSchema, scaffoldForFlow, type PartialUpdateStyle, type ScaffoldResult } from '../../method/schema/scaffold.js';
import { UserError } from '../../model/errors.js';
import { requirementsSchema } from '../../model/requirements.js';
import { planFiles, writeFiles } from '../../edge/generated-files.js';
import { EXIT, formatOption, printJson, readInput, run } from '../io.js';

const registryOption = () => new Option('--registry <url>', 'Schema Registry URL (credentials: SCHEMA_REGISTRY_USER_INFO=user:password)').env('SCHEMA_REGISTRY_URL');

interface ScaffoldFlags {
  format: 'text' | 'json';
  name?: string;
  namespace?: string;
  entity?: string;
  fields?: string;
  key?: string;
  eventTypes?: string;
  producer?: string;
  partialUpdates: PartialUpdateStyle;
  from?: string;
  flow?: string;
  out?: string;
  idl?: boolean;
}

function scaffoldFromFlags(flags: ScaffoldFlags): ScaffoldResult[] {
  if (flags.from) {
    const { text, file } = readInput(flags.from);
    const requirements = parseWithSchema(text, file, requirementsSchema);
    const avroFlows = requirements.flows.filter((f) => f.schema?.format === 'avro' && (!flags.flow || f.name === flags.flow));
    if (avroFlows.length === 0) {
      throw new UserError({
        file,
        field: flags.flow ? `flows[name=${flags.flow}]` : 'flows',
        message: flags.flow ? `no flow "${flags.flow}" with schema.format avro` : 'no flow has schema.format avro',
        suggestion: 'set schema: { format: avro } on the flow, or pass --flow with one of: ' + requirements.flows.map((f) => f.name).join(', '),
      });
    }
    return avroFlows.map((f) => scaffoldForFlow({ flow: f.name, key: f.key, namespace: flags.namespace, system: requirements.name, producer: f.source, fields: flags.fields }));
  }
  const missing = (['name', 'namespace', 'entity'] as const).filter((k) => !flags[k]);
  if (missing.length) {
    throw new UserError({ field: missing.map((m) => `--${m}`).join(', '), message: 'missing option', suggestion: 'e.g. --name TaskEvent --namespace com.acme.tasks --entity task --fields "title:string,due:timestamp-millis?", or --from requirements.yaml' });
  }
  return [scaffoldEventSchema({
    name: flags.name!,
    namespace: flags.namespace!,
    entity: flags.entity!,
    fields: flags.fields ?? '',
    key: flags.key,
    producer: flags.producer,
    eventTypes: flags.eventTypes?.split(',').map((s) => s.trim()).filter(Boolean),
    partialUpdates: flags.partialUpdates,
  })];
}

function nameOf(result: ScaffoldResult): string {
  return 'name' in result.parsed ? result.parsed.name : 'schema';
}

/** Reads and parses one .avsc file; errors name the file. */
function readSchema(path: string): { schema: AvroSchema; file: string; text: string } {
  const { text, file } = readInput(path);
  return { schema: parseSchema(text, file), file, text };
}

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('design Avro event schemas, lint them for evolution hazards, and check changes as a Schema Registry would');

  schema
    .command('scaffold')
    .description('write an Avro event schema: envelope (id, type, time, correlation, causation, producer, version) + the entity as a nested record')
    .option('--name <name>', 'event record name, e.g. TaskEvent')
    .option('--namespace <namespace>', 'Avro namespace, e.g. com.acme.tasks')
    .option('--entity <entity>', 'what the events are about, e.g. task')
    .option('--fields <list>', 'payload fields: "title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)" (? = optional)')
    .option('--key <field>', 'the entity key field (the Kafka message key), added as a required string')
    .option('--event-types <list>', 'what can happen to the entity', 'created,updated,deleted')
    .option('--producer <service>', 'the service that writes the events')
    .addOption(new Option('--partial-updates <style>', 'how update events carry a change').choices([...PARTIAL_UPDATE_STYLES]).default('none'))
    .option('--from <requirements>', 'scaffold every flow with schema.format avro in a requirements file')
    .option('--flow <name>', 'with --from: only this flow')
    .option('--out <dir>', 'write <Name>.avsc and <Name>.avdl into this directory')
    .option('--idl', 'print Avro IDL (.avdl) instead of .avsc')
    .addOption(formatOption())
    .action(async (flags: ScaffoldFlags) => {
      await run(flags.format, () => {
        const results = scaffoldFromFlags(flags);
        if (flags.out) {
          const planned = planFiles(flags.out, results.flatMap((r) => [
            { path: `${nameOf(r)}.avsc`, contents: JSON.stringify(r.schema, null, 2) + '\n', description: `Avro schema of ${nameOf(r)}` },
            { path: `${nameOf(r)}.avdl`, contents: renderIdl(r.parsed), description: `Avro IDL of ${nameOf(r)}` },
          ]));
          writeFiles(flags.out, planned, false);
          const written = planned.map((t) => t.path);
          if (flags.format === 'json') printJson({ written, results: results.map(scaffoldDocument) });
          else process.stdout.write(written.map((w) => `wrote ${w}`).join('\n') + '\n' + results.map(renderScaffoldNotes).join(''));
          return;
        }
        if (flags.format === 'json') {
          printJson({ results: results.map(scaffoldDocument) });
          return;
        }
        if (results.length > 1) {
          throw new UserError({ field: '--flow', message: `${results.length} flows use avro: ${results.map(nameOf).join(', ')}`, suggestion: 'pick one with --flow, or write them all with --out <dir>' });
        }
        const result = results[0]!;
        process.stdout.write(flags.idl ? renderIdl(result.parsed) : JSON.stringify(result.schema, null, 2) + '\n');
        process.stderr.write(renderScaffoldNotes(result));
      });
    });

  schema
    .command('lint')
    .description('find evolution hazards in an .avsc file (exit 1 when a finding reaches --fail-on)')
    .argument('<file>', '.avsc file, or - for standard input')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info', 'never']).default('warning'))
    .addOption(formatOption())
    .action(async (path: string, flags: { format: string; failOn: string }) => {
      await run(flags.format, () => {
        const { text, file } = readInput(path);
        const findings = lintParsedSchema(parseSchema(text, file), { text, file });
        if (flags.format === 'json') printJson({ file, findings });
        else process.stdout.write(renderLint(findings, file));
        const failing = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'], never: [] as string[] }[flags.failOn] ?? [];
        return findings.some((f) => failing.includes(f.severity)) ? EXIT.findings : EXIT.ok;
      });
    });

  schema
    .command('check')
    .description('check a new schema against previous versions under a compatibility mode (exit 0 compatible, 1 incompatible, 2 bad input)')
    .argument('<new>', 'the new .avsc file')
    .option('--against <files...>', 'previous versions, oldest first (the last one is the latest)')
    .addOption(new Option('--mode <mode>', 'compatibility mode (default: the subject\'s level with --registry, else BACKWARD)').choices([...COMPATIBILITY_MODES]))
    .addOption(registryOption())
    .option('--subject <subject>', 'with --registry: the subject whose versions to check against, e.g. orders-value')
    .addOption(formatOption())
    .action(async (path: string, flags: { format: string; against?: string[]; mode?: CompatibilityMode; registry?: string; subject?: string }) => {
      await run(flags.format, async () => {
        const next = readSchema(path);
        let previous: AvroSchema[];
        let labels: string[];
        let texts: string[];
        let mode = flags.mode;
        if (flags.subject) {
          if (!flags.registry) throw new UserError({ field: '--registry', message: '--subject needs --registry', suggestion: 'pass --registry http://host:8081 or set SCHEMA_REGISTRY_URL' });
          if (flags.against?.length) throw new UserError({ field: '--against', message: 'use either --against files or --registry/--subject, not both' });
          const client = new SchemaRegistryClient(registryOptions(flags.registry));
          const versions = await client.allVersions(flags.subject);
          for (const v of versions) {
            if (v.schemaType !== 'AVRO') throw new UserError({ field: '--subject', message: `version ${v.version} of ${flags.subject} is ${v.schemaType}, not Avro`, suggestion: 'schema check handles Avro subjects only' });
          }
          previous = versions.map((v) => parseSchema(v.schema, `${flags.subject} version ${v.version}`));
          labels = versions.map((v) => `${flags.subject} v${v.version}`);
          texts = versions.map((v) => v.schema);
          mode ??= (await client.compatibility(flags.subject)).level;
        } else {
          if (!flags.against?.length) throw new UserError({ field: '--against', message: 'nothing to check against', suggestion: 'pass --against v1.avsc [v2.avsc ...] (oldest first), or --registry URL --subject S' });
          const read = flags.against.map(readSchema);
          previous = read.map((r) => r.schema);
          labels = read.map((r) => r.file);
          texts = read.map((r) => r.text);
        }
        const result = labelCheck(checkCompatibility(next.schema, previous, mode ?? 'BACKWARD'), { next: next.file, previous: labels, nextText: next.text, previousTexts: texts });
        if (flags.format === 'json') printJson(result);
        else process.stdout.write(renderCheck(result));
        return result.compatible ? EXIT.ok : EXIT.findings;
      });
    });

  schema
    .command('compatibility')
    .description('read a subject\'s compatibility level from a Schema Registry, or set it')
    .argument('<subject>', 'subject, e.g. orders-value')
    .argument('[level]', `new level: ${COMPATIBILITY_MODES.join(', ')}`)
    .addOption(registryOption())
    .addOption(formatOption())
    .action(async (subject: string, level: string | undefined, flags: { format: string; registry?: string }) => {
      await run(flags.format, async () => {
        if (!flags.registry) throw new UserError({ field: '--registry', message: 'no registry given', suggestion: 'pass --registry http://host:8081 or set SCHEMA_REGISTRY_URL' });
        if (level !== undefined && !(COMPATIBILITY_MODES as readonly string[]).includes(level)) {
          throw new UserError({ field: 'level', message: `unknown compatibility level "${level}"`, expected: COMPATIBILITY_MODES.join(', ') });
        }
        const client = new SchemaRegistryClient(registryOptions(flags.registry));
        if (level !== undefined) {
          const set = await client.setCompatibility(subject, level as CompatibilityMode);
          if (flags.format === 'json') printJson({ subject, level: set, scope: 'subject' });
          else process.stdout.write(`${subject}: compatibility set to ${set}\n`);
          return;
        }
        const current = await client.compatibility(subject);
        if (flags.format === 'json') printJson({ subject, ...current });
        else process.stdout.write(`${subject}: ${current.level}${current.scope === 'global' ? ' (inherited from the registry\'s global level)' : ''}\n`);
      });
    });
}
