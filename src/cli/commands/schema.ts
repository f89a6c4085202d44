// `kafka-specialist schema scaffold|lint|check|compatibility`: design Avro event schemas, find
// evolution hazards, and check a change the way a Schema Registry would (files or a live registry).
import { Option, type Command } from 'commander';
import { schemaCheck } from '../../capabilities/schema-check.js';
import { LINT_FAIL_LEVELS, schemaLint } from '../../capabilities/schema-lint.js';
import { missingScaffoldNames, schemaScaffold } from '../../capabilities/schema-scaffold.js';
import { registryOptions, SchemaRegistryClient } from '../../cluster/schema-registry.js';
import { renderScaffoldNotes } from '../../method/report/schema-report.js';
import { COMPATIBILITY_MODES, type CompatibilityMode } from '../../method/schema/modes.js';
import { PARTIAL_UPDATE_STYLES, type PartialUpdateStyle } from '../../method/schema/scaffold.js';
import { UserError } from '../../model/errors.js';
import { cliIo, runCapability } from '../capability.js';
import { formatOption, printJson, readInput, run } from '../io.js';
import { describedCommand } from './index.js';

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

export function registerSchema(program: Command): void {
  const schema = describedCommand(program, 'schema');

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
    .action((flags: ScaffoldFlags) =>
      runCapability(schemaScaffold, {
        format: flags.format === 'text' && flags.idl ? 'idl' : flags.format,
        input: () => {
          const requirements = flags.from ? readInput(flags.from) : undefined;
          const missing = missingScaffoldNames({ ...flags, requirements: requirements && { name: requirements.file, content: requirements.text } });
          if (missing.length) {
            throw new UserError({
              field: missing.map((m) => `--${m}`).join(', '),
              message: 'missing option',
              suggestion: 'e.g. --name TaskEvent --namespace com.acme.tasks --entity task --fields "title:string,due:timestamp-millis?", or --from requirements.yaml',
            });
          }
          return {
            name: flags.name,
            namespace: flags.namespace,
            entity: flags.entity,
            fields: flags.fields,
            key: flags.key,
            producer: flags.producer,
            event_types: flags.eventTypes
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            partial_updates: flags.partialUpdates,
            ...(requirements ? { requirements: { name: requirements.file, content: requirements.text } } : {}),
            flow: flags.flow,
            out_dir: flags.out,
          };
        },
        flags: { out_dir: '--out', requirements: '--from', event_types: '--event-types' },
        after(outcome) {
          // A terminal shows one schema, its notes on stderr; several need --flow or --out.
          if (flags.format === 'json' || outcome.written) return;
          if (outcome.results.length > 1) {
            throw new UserError({
              field: '--flow',
              message: `${outcome.results.length} flows use avro: ${outcome.results.map((r) => ('name' in r.parsed ? r.parsed.name : 'schema')).join(', ')}`,
              suggestion: 'pick one with --flow, or write them all with --out <dir>',
            });
          }
          process.stderr.write(renderScaffoldNotes(outcome.results[0]!));
        },
      }),
    );

  schema
    .command('lint')
    .description('find evolution hazards in an .avsc file (exit 1 when a finding reaches --fail-on)')
    .argument('<file>', '.avsc file, or - for standard input')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices([...LINT_FAIL_LEVELS]).default('warning'))
    .addOption(formatOption())
    .action((path: string, flags: { format: 'text' | 'json'; failOn: (typeof LINT_FAIL_LEVELS)[number] }) =>
      runCapability(schemaLint, {
        format: flags.format,
        input: () => {
          const { text, file } = readInput(path);
          return { schema: text, file, fail_on: flags.failOn };
        },
        flags: { schema: '<file>', file: '<file>' },
      }),
    );

  schema
    .command('check')
    .description('check a new schema against previous versions under a compatibility mode (exit 0 compatible, 1 incompatible, 2 bad input)')
    .argument('<new>', 'the new .avsc file')
    .option('--against <files...>', 'previous versions, oldest first (the last one is the latest)')
    .addOption(new Option('--mode <mode>', "compatibility mode (default: the subject's level with --registry, else BACKWARD)").choices([...COMPATIBILITY_MODES]))
    .addOption(registryOption())
    .option('--subject <subject>', 'with --registry: the subject whose versions to check against, e.g. orders-value')
    .addOption(formatOption())
    .action((path: string, flags: { format: 'text' | 'json'; against?: string[]; mode?: CompatibilityMode; registry?: string; subject?: string }) =>
      runCapability(schemaCheck, {
        format: flags.format,
        input: () => {
          const next = readInput(path);
          if (flags.subject && flags.against?.length) throw new UserError({ field: '--against', message: 'use either --against files or --registry/--subject, not both' });
          if (!flags.subject && !flags.against?.length)
            throw new UserError({ field: '--against', message: 'nothing to check against', suggestion: 'pass --against v1.avsc [v2.avsc ...] (oldest first), or --registry URL --subject S' });
          const against = flags.subject ? [] : flags.against!.map((p) => readInput(p));
          return {
            schema: next.text,
            schema_label: next.file,
            mode: flags.mode,
            subject: flags.subject,
            ...(against.length ? { previous: against.map((a) => a.text), previous_labels: against.map((a) => a.file) } : {}),
          };
        },
        flags: { schema: '<new>', previous: '--against', previous_labels: '--against', schema_label: '<new>' },
        io: cliIo({
          registry: () => {
            if (!flags.registry) throw new UserError({ field: '--registry', message: '--subject needs --registry', suggestion: 'pass --registry http://host:8081 or set SCHEMA_REGISTRY_URL' });
            return registryOptions(flags.registry);
          },
        }),
      }),
    );

  schema
    .command('compatibility')
    .description("read a subject's compatibility level from a Schema Registry, or set it")
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
        else process.stdout.write(`${subject}: ${current.level}${current.scope === 'global' ? " (inherited from the registry's global level)" : ''}\n`);
      });
    });
}
