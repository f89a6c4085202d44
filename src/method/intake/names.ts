// Names for the draft: the service ("our notification consumer" -> notification-service), the
// flow ("notification events" -> notification-events, else the plural of the subject), and the
// source and sink where the words name them.
import { FLOW, type Understood } from './understood.js';

const HEADS = 'consumer|producer|service|pipeline|worker|app|application|system|processor|sender|platform|stream';
const SUBJECT = new RegExp(String.raw`\b(?:our|the|my|a|an)\s+((?:[a-z][a-z-]*\s+){0,2}?)(${HEADS})\b`, 'i');
const EVENTS = /(?<!['’])\b([a-z][a-z-]*)\s+(events|messages|records|updates|documents|notifications|entries|metrics|logs|commands)\b/i;
const SOURCE = /\b(?:from|by) (?:the |our |a )?([a-z][a-z-]*)[- ](service|app|api|gateway|frontend|backend)\b/i;
/** Words that describe a consumer rather than name what it is about. */
const NOT_A_NAME = new Set(['kafka', 'python', 'java', 'go', 'golang', 'node', 'typescript', 'javascript', 'slow', 'new', 'simple', 'single', 'local', 'same', 'downstream', 'upstream', 'each', 'every', 'one', 'this', 'that', 'these', 'those', 'all', 'our', 'the', 'of', 'per', 'many', 'some', 'few', 'other', 'another', 'small', 'big', 'main', 'whole', 'current', 'latest', 'any', 'its', 'their', 'rate-limited', 'external', 'push', 'spring', 'streams']);

function slug(words: string): string {
  return words.trim().toLowerCase().split(/\s+/).filter((w) => !NOT_A_NAME.has(w)).join('-').replace(/[^a-z0-9-]/g, '');
}

function plural(word: string): string {
  if (word.endsWith('s')) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const WORKER_HEADS = new Set(['consumer', 'worker', 'processor', 'sender']);

export function extractNames(text: string): Understood[] {
  const out: Understood[] = [];
  const subject = SUBJECT.exec(text);
  const subjectSlug = subject ? slug(subject[1] ?? '') : '';
  if (subject && subjectSlug) {
    const head = subject[2]!.toLowerCase();
    out.push({ field: 'name', value: `${subjectSlug}-${WORKER_HEADS.has(head) || head === 'producer' ? 'service' : head}`, from: subject[0] });
    if (WORKER_HEADS.has(head)) out.push({ field: `${FLOW}.sink`, value: `${subjectSlug}-${head}`, from: subject[0] });
  }
  const events = EVENTS.exec(text);
  const eventSlug = events ? slug(events[1]!) : '';
  if (events && eventSlug) out.push({ field: `${FLOW}.name`, value: `${eventSlug}-${events[2]!.toLowerCase()}`, from: events[0] });
  else if (subject && subjectSlug) out.push({ field: `${FLOW}.name`, value: plural(subjectSlug), from: subject[0] });
  const source = SOURCE.exec(text);
  if (source && slug(source[1]!)) out.push({ field: `${FLOW}.source`, value: `${slug(source[1]!)}-${source[2]!.toLowerCase()}`, from: source[0] });
  return out;
}
