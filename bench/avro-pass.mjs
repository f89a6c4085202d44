// The process bench/avro.bench.mjs times against Avro Java's CorpusRun: it loads only what a
// schema check needs (the schema modules, node:fs, the CLI's V8 tier-up setting) and runs the corpus `passes` times, every
// schema parsed from its text each time. Usage: node avro-pass.mjs <cases.jsonl> <passes>
// Prints one JSON line: the cases, the first pass's and the median later pass's milliseconds,
// and how many cases were rejected as invalid.
import { readFileSync } from 'node:fs';
import { preferShortRuns } from '../dist/cli/tier-up.js';
import { parseSchema } from '../dist/method/schema/parse.js';
import { checkReaderWriter } from '../dist/method/schema/compatibility.js';
import { checkCompatibility } from '../dist/method/schema/modes.js';

// V8's tier-up as the CLI sets it for every command (src/cli/tier-up.ts).
preferShortRuns();
const [corpus, passesArg] = process.argv.slice(2);
// As CorpusRun does: each schema as JSON text, parsed anew by every pass (each case's parsed line
// is dropped at once, so the collector does not carry the whole corpus through every pass).
const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const c = JSON.parse(l);
    return {
      mode: c.mode,
      reader: c.reader && JSON.stringify(c.reader),
      writer: c.writer && JSON.stringify(c.writer),
      next: c.new && JSON.stringify(c.new),
      previous: (c.previous ?? []).map((p) => JSON.stringify(p)),
    };
  });
const pass = () =>
  texts.map((c) => {
    try {
      if (c.mode === undefined) return checkReaderWriter(parseSchema(c.reader), parseSchema(c.writer)).compatible;
      return checkCompatibility(
        parseSchema(c.next),
        c.previous.map((p) => parseSchema(p)),
        c.mode,
      ).compatible;
    } catch {
      return 'rejected';
    }
  });
const passes = Number(passesArg ?? 1);
const times = [];
let answers;
for (let p = 0; p < passes; p++) {
  const start = process.hrtime.bigint();
  answers = pass();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const later = times.slice(passes > 1 ? 1 : 0).sort((a, b) => a - b);
const u = process.resourceUsage();
console.log(
  JSON.stringify({
    cases: answers.length,
    firstPassMs: times[0],
    warmPassMs: later[later.length >> 1],
    rejected: answers.filter((a) => a === 'rejected').length,
    peakMiB: Math.round(u.maxRSS / 1024),
  }),
);
