// Requirements as a YAML file: the contract's field order, with a comment header.
import { stringify } from 'yaml';
import type { Requirements } from '../../model/requirements.js';

/** The requirements as YAML, after `header` lines rendered as comments. */
export function requirementsYaml(req: Requirements, header: readonly string[] = []): string {
  const comments = header
    .flatMap((line) => line.split('\n'))
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
  return `${comments ? `${comments}\n` : ''}${stringify(req, { lineWidth: 0 })}`;
}
