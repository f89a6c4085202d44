// `kafka-specialist ask "<request in plain words>"`: a requirements draft from plain words,
// with what was understood (and from which words), the assumptions, and the questions left.
// The default output is YAML that `design -` reads; the notes travel as YAML comments.
import type { Command } from 'commander';
import { ask, draftNotes, draftYaml } from '../../capabilities/ask.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';
import { runCapability } from '../capability.js';
import { formatOption, readInput } from '../io.js';
import { describedCommand } from './index.js';

export function registerAsk(program: Command): void {
  describedCommand(program, 'ask')
    .argument('<words...>', 'the request, e.g. "our consumer falls behind at 400 events/s; Python; keep each user\'s events in order" ("-" reads standard input)')
    .option('--out <file>', 'write the draft to this YAML file (atomically) instead of standard output')
    .addOption(formatOption(['text', 'json']))
    .action((words: string[], opts: { out?: string; format: 'text' | 'json' }) =>
      runCapability(ask, {
        format: opts.format,
        input: () => ({ request: words.length === 1 && words[0] === '-' ? readInput('-').text : words.join(' ') }),
        flags: { request: '<words...>' },
        after: (draft) => (opts.out ? writeFileAtomic(opts.out, draftYaml(draft)) : undefined),
        // With --out the draft is in the file: the terminal gets its notes and where it went.
        ...(opts.out ? { text: (draft) => `${draftNotes(draft).slice(2).join('\n')}\n\nWrote ${opts.out}\n` } : {}),
      }),
    );
}
