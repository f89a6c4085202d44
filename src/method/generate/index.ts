// generate(design): the files of a runnable project in one language, plus topic manifests and an
// AsyncAPI document. Pure: returns files; the CLI decides whether and where to write them.
import { DEFAULT_LIBRARY, type Language, LANGUAGES } from '../../knowledge/clients.js';
import type { Design } from '../../model/design.js';
import { UserError } from '../../model/errors.js';
import { renderAclScript, renderKafkaUsers, renderTerraformAcls } from './acl-manifests.js';
import { renderAsyncApi } from './asyncapi.js';
import { renderConnectors } from './connectors.js';
import type { GeneratedFile } from './files.js';
import { planGeneration, type GenerationPlan } from './plan.js';
import { renderGo } from './go.js';
import { renderJava } from './java.js';
import { renderKafkaPython } from './kafka-python.js';
import { renderKafkaTopics } from './kafka-topics.js';
import { renderMirrorMaker } from './mirror-maker.js';
import { renderPython } from './python.js';
import { renderStrimzi } from './strimzi.js';
import { renderStreamsApps } from './streams-java.js';
import { renderTerraform } from './terraform.js';
import { renderTypescript } from './typescript.js';

export type { GeneratedFile } from './files.js';

type Renderer = (plan: GenerationPlan, dir: string) => GeneratedFile[];

/** The libraries each language renders, the first being the default. */
const RENDERERS: Record<Language, Record<string, Renderer>> = {
  python: { 'confluent-kafka': renderPython, 'kafka-python': renderKafkaPython },
  typescript: { kafkajs: renderTypescript },
  java: { 'kafka-clients': renderJava },
  go: { 'confluent-kafka-go': renderGo('confluent-kafka-go'), 'franz-go': renderGo('franz-go') },
};

export interface GenerateOptions {
  language: Language;
  /** A library id from knowledge/clients.ts; the language's usual library when absent. */
  library?: string;
  /** The Strimzi Kafka resource the topics belong to (label strimzi.io/cluster). */
  strimziCluster?: string;
  /** The Strimzi KafkaConnect resource the connectors run on. */
  connectCluster?: string;
}

/** Where the topic manifests go, beside the language's project. */
const MANIFEST_DIR = 'topics';

export function supportedLibraries(language: Language): string[] {
  return Object.keys(RENDERERS[language]);
}

/** The language and library to render: as asked, else the design's own client where it fits, else the language's usual library. */
export function generationTarget(design: Design, language?: Language, library?: string): { language: Language; library: string } {
  const lang = language ?? ((LANGUAGES as readonly string[]).find((l) => l === design.client.language) as Language | undefined);
  if (!lang) {
    throw new UserError({ field: '--lang', message: 'no language given and the design names none of the supported ones', expected: LANGUAGES.join(' | '), found: design.client.language });
  }
  if (library) return { language: lang, library };
  const own = design.client.language === lang && supportedLibraries(lang).includes(design.client.library);
  return { language: lang, library: own ? design.client.library : DEFAULT_LIBRARY[lang] };
}

export function generate(design: Design, options: GenerateOptions): GeneratedFile[] {
  if (!LANGUAGES.includes(options.language)) {
    throw new UserError({ field: '--lang', message: `no code generator for ${options.language}`, expected: LANGUAGES.join(' | '), found: options.language });
  }
  const library = options.library ?? DEFAULT_LIBRARY[options.language];
  const render = RENDERERS[options.language][library];
  if (!render) {
    throw new UserError({
      field: '--library',
      message: `no ${options.language} generator for the library ${library}`,
      expected: supportedLibraries(options.language).join(' | '),
      found: library,
    });
  }
  const plan = planGeneration(design);
  return [
    ...render(plan, options.language),
    ...renderStreamsApps(design, options.language),
    renderKafkaTopics(design.name, design.kafkaVersion, design.topics, MANIFEST_DIR),
    renderStrimzi(design.name, design.topics, options.strimziCluster ?? 'my-cluster', MANIFEST_DIR),
    renderTerraform(design.name, design.topics, MANIFEST_DIR),
    ...renderConnectors(design, options.connectCluster ?? `${design.name}-connect`),
    ...renderMirrorMaker(design),
    ...(design.acls?.length || design.quotas?.length
      ? [renderAclScript(design, MANIFEST_DIR), renderKafkaUsers(design, options.strimziCluster ?? 'my-cluster', MANIFEST_DIR), renderTerraformAcls(design, MANIFEST_DIR)]
      : []),
    renderAsyncApi(plan),
    { path: 'design.json', contents: `${JSON.stringify(design, null, 2)}\n`, description: 'the design the files were generated from' },
  ];
}
