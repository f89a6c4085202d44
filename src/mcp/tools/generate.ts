import { z } from 'zod';
import { generatedDocument, planFiles, writeFiles } from '../../edge/generated-files.js';
import { confinedDirectory } from '../../edge/paths.js';
import { LANGUAGES } from '../../knowledge/clients.js';
import { designFromRequirementsText } from '../../method/converge/round.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { generate, generationTarget } from '../../method/generate/index.js';
import { designSchema } from '../../model/design.js';
import { UserError } from '../../model/errors.js';
import { pageOf } from '../paging.js';
import { defineTool, MAX_TEXT } from '../tool.js';

export const generateTool = defineTool({
  name: 'generate',
  title: 'Generate producer and consumer code',
  description: [
    'Renders runnable producer and consumer projects for a design (python: confluent-kafka or kafka-python; typescript: kafkajs; java: kafka-clients; go: confluent-kafka-go or franz-go), plus kafka-topics.sh, Strimzi KafkaTopic, Terraform and AsyncAPI manifests. Every setting of the design is translated to the library\'s names with its reason as a comment.',
    'Call it instead of writing client configuration by hand. Give the requirements (YAML/JSON text) or a design document (JSON text from the design tool). Without out_dir it returns the files and their contents and writes nothing, in pages (`page.next_cursor`) when they are large; with out_dir (inside the server\'s allowed roots, and only when the server was started with --allow-writes) it writes them, refusing to overwrite existing files unless force is true.',
  ].join('\n'),
  input: z.object({
    requirements: z.string().min(1).max(MAX_TEXT).optional().describe('requirements file text (YAML or JSON)'),
    design: z.string().min(1).max(MAX_TEXT).optional().describe('a design document (JSON) instead of requirements'),
    lang: z.enum(LANGUAGES).optional().describe('default: the design\'s client language'),
    library: z.string().max(60).optional(),
    out_dir: z.string().min(1).max(1000).optional().describe('write the files here (inside the allowed roots); omit to only return them'),
    force: z.boolean().optional().describe('overwrite existing files'),
    cursor: z.string().min(1).max(100).optional().describe('without out_dir: next_cursor from the previous page (the files come in pages of about 80 KB)'),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ requirements, design: designText, lang, library, out_dir: outDir, force, cursor }, options) {
    if (!requirements === !designText) throw new UserError({ message: 'give requirements or design, exactly one', suggestion: 'pass the requirements text, or the JSON the design tool returned' });
    if (outDir && !options.allowWrites) throw new UserError({ field: 'out_dir', message: 'writing files needs a server started with --allow-writes', suggestion: 'omit out_dir to get the files in the answer' });
    if (outDir && cursor) throw new UserError({ field: 'cursor', message: 'pages are for answers without out_dir' });
    const d = designText ? parseWithSchema(designText, 'design', designSchema) : designFromRequirementsText(requirements!, 'requirements');
    const { language, library: chosen } = generationTarget(d, lang, library);
    const files = generate(d, { language, library: chosen, strimziCluster: 'my-cluster' });
    const out = outDir ? confinedDirectory(outDir, options.roots, 'out_dir') : '.';
    const planned = planFiles(out, files);
    if (outDir) writeFiles(out, planned, Boolean(force));
    const { json, page } = pageOf(generatedDocument(out, planned, !outDir), ['files'], cursor);
    return {
      json,
      summary: `${outDir ? 'Wrote' : 'Generated (not written)'} ${files.length} files for ${d.name} in ${language} (${chosen})${outDir ? ` under ${out}` : ''}.`
        + (page ? ` This page holds files ${page.offset + 1}-${page.offset + page.returned}${page.next_cursor ? `; call again with cursor "${page.next_cursor}" for the rest` : ''}.` : ''),
    };
  },
});
