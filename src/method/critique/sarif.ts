// Findings -> SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure) ingest.
import type { Finding } from '../../model/design.js';
import { messageIdOf, type RuleMeta } from '../rules.js';
import type { Rule } from './engine.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(findings: readonly Finding[], rules: readonly Rule[], version: string): object {
  const used = rules.map((r) => r.meta).filter((r) => findings.some((f) => f.rule === r.id));
  const index = new Map(used.map((r, i) => [r.id, i]));
  const metaOf = new Map<string, RuleMeta>(used.map((r) => [r.id, r]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kafka-specialist',
            version,
            informationUri: 'https://kafka.apache.org/documentation/',
            rules: used.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              fullDescription: { text: r.why },
              help: { text: `${r.fix}\n${r.refs.join('\n')}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              ...(r.refs[0] ? { helpUri: r.refs[0] } : {}),
              messageStrings: Object.fromEntries(Object.entries<string>(r.messages).map(([id, text]) => [id, { text }])),
            })),
          },
        },
        results: findings.map((f) => {
          const meta = metaOf.get(f.rule);
          const messageId = meta && messageIdOf(meta, f.message);
          return {
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: `${f.message}. Fix: ${f.fix}`, ...(messageId ? { id: messageId } : {}) },
            locations: f.file
              ? [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: f.file.replace(/\\/g, '/').replace(/^\.\//, '') },
                      ...(f.line !== undefined ? { region: { startLine: f.line } } : {}),
                    },
                  },
                ]
              : [],
          };
        }),
      },
    ],
  };
}
