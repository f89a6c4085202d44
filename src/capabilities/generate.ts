// Generating: a design (or the requirements to design first) as runnable producer and consumer
// projects and topic manifests, returned, or written all or nothing into a directory.
import { join } from 'node:path';
import { z } from 'zod';
import { generatedDocument, planFiles, writeFiles, type GeneratedDocument } from '../edge/generated-files.js';
import { LANGUAGES, type Language } from '../knowledge/clients.js';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { generate as generateFiles, generationTarget, supportedLibraries } from '../method/generate/index.js';
import { designSchema } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { defineCapability } from './capability.js';
import { count } from './documents.js';

const generatedFiles = z.object({
  out: z.string().describe('the directory the paths are relative to'),
  dryRun: z.boolean().describe('true when nothing was written (the contents are then in the answer)'),
  files: z.array(
    z.object({
      path: z.string(),
      description: z.string(),
      bytes: count,
      contents: z.string().optional().describe('the file, when it was not written'),
    }),
  ),
});
import { designFor, named, textOrFile } from './design.js';

interface Generated {
  document: GeneratedDocument;
  language: Language;
  library: string;
  design: string;
}

export const generate = defineCapability({
  name: 'generate',
  cliName: 'generate',
  title: 'Generate producer and consumer code',
  description: [
    "Renders runnable producer and consumer projects for a design (python: confluent-kafka or kafka-python; typescript: kafkajs; java: kafka-clients; go: confluent-kafka-go or franz-go), plus kafka-topics.sh, Strimzi KafkaTopic, Terraform and AsyncAPI manifests. Every setting of the design is translated to the library's names with its reason as a comment.",
    "Call it instead of writing client configuration by hand. Give the requirements (YAML/JSON text) or a design document (JSON text from the design tool). Without out_dir it returns the files and their contents and writes nothing, in pages (`page.next_cursor`) when they are large; with out_dir (inside the server's allowed roots, and only when the server was started with --allow-writes) it writes them, refusing to overwrite existing files unless force is true.",
  ].join('\n'),
  input: z.object({
    requirements: textOrFile.optional().describe('requirements file text (YAML or JSON)'),
    design: textOrFile.optional().describe('a design document (JSON) instead of requirements'),
    lang: z.enum(LANGUAGES).optional().describe("default: the design's client language"),
    library: z
      .enum(LANGUAGES.flatMap(supportedLibraries) as [string, ...string[]])
      .optional()
      .describe(
        "client library for the language, e.g. confluent-kafka or kafka-python (python), franz-go (go); default: the design's own library when it fits the language, else the language's usual one",
      ),
    out_dir: z.string().min(1).max(1000).optional().describe('write the files here (inside the allowed roots); omit to only return them'),
    dry_run: z.boolean().optional().describe("return the files with out_dir's paths, writing nothing"),
    force: z.boolean().optional().describe('overwrite existing files'),
    strimzi_cluster: z.string().min(1).max(253).default('my-cluster').describe('name of the Strimzi Kafka resource (label strimzi.io/cluster)'),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: generatedFiles,
  run(input, io): Generated {
    if (input.requirements && input.design) throw new UserError({ message: 'give a requirements file or --design, not both', suggestion: 'drop one of them' });
    if (!input.requirements && !input.design) {
      throw new UserError({
        message: 'nothing to generate from',
        expected: 'a requirements file, or --design design.json',
        suggestion: 'kafka-specialist generate requirements.yaml --lang python --out ./app',
      });
    }
    const designText = input.design && named(input.design, 'design');
    const d = designText ? parseWithSchema(designText.content, designText.name, designSchema) : designFor(input.requirements!);
    const { language, library } = generationTarget(d, input.lang, input.library);
    const files = generateFiles(d, { language, library, strimziCluster: input.strimzi_cluster });
    const write = input.out_dir !== undefined && !input.dry_run;
    if (write && !io.allowWrites)
      throw new UserError({ field: 'out_dir', message: 'writing files needs a server started with --allow-writes', suggestion: 'omit out_dir (or set dry_run) to get the files in the answer' });
    const out = input.out_dir !== undefined ? io.writableDirectory(input.out_dir, 'out_dir') : '.';
    const planned = planFiles(out, files);
    if (write) writeFiles(out, planned, Boolean(input.force));
    return { document: generatedDocument(out, planned, !write), language, library, design: d.name };
  },
  json: (generated) => generated.document,
  render(generated, _format: 'text') {
    const { out, dryRun, files } = generated.document;
    const listed = files.map((f) => `${dryRun ? 'would write' : 'wrote'} ${f.path}  (${f.description})`).join('\n') + '\n';
    return dryRun ? listed : `${listed}\n${files.length} files. Next: read ${join(out, generated.language, 'README.md')}\n`;
  },
  summarize: ({ document, language, library, design }) =>
    `${document.dryRun ? 'Generated (not written)' : 'Wrote'} ${document.files.length} files for ${design} in ${language} (${library})${document.dryRun ? '' : ` under ${document.out}`}.`,
});
