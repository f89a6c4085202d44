// Names for the draft: the service ("our notification consumer" -> notification-service), the
// flow ("notification events" -> notification-events, else the plural of the subject), and the
// source and sink where the words name them.
import { FLOW, type Understood } from './understood.js';

const HEADS = 'consumer|producer|service|pipeline|worker|app|application|system|processor|sender|platform|stream|indexer|loader|writer|log|feed|ledger|job';
const SUBJECT = new RegExp(String.raw`\b(?:our|the|my|a|an)\s+((?:[a-z][a-z-]*\s+){0,2}?)(${HEADS})\b`, 'i');
const EVENTS =
  /(?<!['’])\b([a-z][a-z-]*)\s+(events|messages|records|updates|documents|notifications|entries|metrics|logs|commands|changes|postings|readings|positions|trades|payments|orders|charges|reservations|shipments|views|clicks|snapshots|invoices)\b/i;
const SOURCE = /\b(?:from|by) (?:the |our |a )?([a-z][a-z-]*)[- ](service|app|api|gateway|frontend|backend)\b/i;
/** Words that describe a consumer rather than name what it is about. */
const NOT_A_NAME = new Set([
  'kafka',
  'python',
  'java',
  'go',
  'golang',
  'node',
  'typescript',
  'javascript',
  'slow',
  'new',
  'simple',
  'single',
  'local',
  'same',
  'downstream',
  'upstream',
  'each',
  'every',
  'one',
  'this',
  'that',
  'these',
  'those',
  'all',
  'our',
  'the',
  'of',
  'per',
  'many',
  'some',
  'few',
  'other',
  'another',
  'small',
  'big',
  'main',
  'whole',
  'current',
  'latest',
  'any',
  'its',
  'their',
  'rate-limited',
  'external',
  'push',
  'spring',
  'streams',
  'topic',
  'million',
  'thousand',
  'billion',
  'k',
  'about',
  'around',
  'kb',
  'mb',
  'gb',
  'bytes',
  'never',
  'always',
  'no',
  'not',
  'kafka-python',
  'kafkajs',
  'franz-go',
  'confluent-kafka',
  'confluent-kafka-go',
  'kafka-clients',
  'sarama',
]);

function slug(words: string): string {
  return words
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !NOT_A_NAME.has(w))
    .join('-')
    .replace(/[^a-z0-9-]/g, '');
}

function plural(word: string): string {
  if (word.endsWith('s')) return word;
  if (/(?:x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const WORKER_HEADS = new Set(['consumer', 'worker', 'processor', 'sender', 'indexer', 'loader', 'writer']);
/** A label before a colon or comma at the very start: "Inventory sync: ...", "log shipping, 30k lines/s". */
/** A label is a noun phrase: "Inventory sync", not "Two regions with failover". */
const LINKING = /\b(?:in|on|with|from|for|at|to|of|and|or|by|via|is|are)\b/i;
/** A one- or two-word label after a sentence names the stream that follows: "... Logs: 50,000 lines per second". */
const LABEL = /(?<=[.!?]\s+)([A-Z][a-z]+(?: [a-z]+)?):\s/;
const HEADING = /^\s*([A-Za-z][A-Za-z -]{2,40}?)\s*[:,]\s/;
/** A worker named at the start of a clause without an article: "notification consumer lagging". */
const BARE_WORKER = new RegExp(String.raw`(?:^|[.:;]\s+)((?:[a-z][a-z-]*\s+){1,2}?)(consumer|worker|processor|sender|indexer|loader)s?\b`, 'i');

export function extractNames(text: string): Understood[] {
  const out: Understood[] = [];
  const subject = SUBJECT.exec(text) ?? BARE_WORKER.exec(text);
  const subjectSlug = subject ? slug(subject[1] ?? '') : '';
  if (subject && subjectSlug) {
    const head = subject[2]!.toLowerCase();
    const words = subject[0].replace(/^[.:;]\s+/, '');
    out.push({ field: 'name', value: `${subjectSlug}-${WORKER_HEADS.has(head) || head === 'producer' ? 'service' : head}`, from: words });
    if (WORKER_HEADS.has(head)) out.push({ field: `${FLOW}.sink`, value: `${subjectSlug}-${head}`, from: words });
  }
  const events = EVENTS.exec(text);
  const label = LABEL.exec(text);
  const eventSlug = events ? slug(events[1]!) : '';
  if (events && eventSlug) out.push({ field: `${FLOW}.name`, value: `${eventSlug}-${events[2]!.toLowerCase()}`, from: events[0] });
  else if (label && !LINKING.test(label[1]!)) out.push({ field: `${FLOW}.name`, value: slug(label[1]!), from: label[1]! });
  else if (subject && subjectSlug) out.push({ field: `${FLOW}.name`, value: plural(subjectSlug), from: subject[0].replace(/^[.:;]\s+/, '') });
  const heading = HEADING.exec(text);
  const headingSlug = heading && !/\d/.test(heading[1]!) && !LINKING.test(heading[1]!) && heading[1]!.trim().split(/\s+/).length <= 4 ? slug(heading[1]!) : '';
  if (!(subject && subjectSlug) && headingSlug && !new RegExp(`^(?:${HEADS})$`).test(headingSlug)) out.push({ field: 'name', value: headingSlug, from: heading![1]!.trim() });
  const source = SOURCE.exec(text);
  if (source && slug(source[1]!)) out.push({ field: `${FLOW}.source`, value: `${slug(source[1]!)}-${source[2]!.toLowerCase()}`, from: source[0] });
  return out;
}
