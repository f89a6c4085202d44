// What the consumer does with each event and how the events are written: side effects
// ("calls the push API", "writes to Postgres", "produces to another topic") and schema format
// and evolution ("Avro", "fields will be added").
import { FLOW, type Understood } from './understood.js';

const SIDE_EFFECTS: ReadonlyArray<{ value: string; words: RegExp }> = [
  {
    value: 'kafka',
    words:
      /\bread[- ]process[- ]write\b|\bresults? (?:go|goes|are written|are sent|are produced|are published) (?:back )?(?:to|into) (?:another|a second|an output|the output|a downstream) (?:kafka )?topic\b|\bkafka[- ]to[- ]kafka\b|\b(?:writes?|produces?|publish(?:es)?|emits?) (?:the )?(?:results? )?(?:back )?(?:to|into|on) (?:another|a second|an output|a downstream|the output|a new) (?:kafka )?topic\b|\btopic to topic\b/i,
  },
  {
    value: 'external-api',
    words:
      /\b(?:push|external|third[- ]party|partner|payment|rest|http|vendor|sms|email) (?:api|service|gateway|provider)\b|\bcalls? (?:to )?(?:an?|the|their|our) (?:\w+ )?(?:api|endpoint|service)\b|\bwebhooks?\b|\bsends? (?:an? )?(?:emails?|sms|push notifications?)\b|\bhttp (?:call|request)s?\b|\b(?:downstream|partner|vendor|external|third[- ]party|remote|warehouse|shipping|payment|billing|crm|erp) (?:\w+ )?api\b/i,
  },
  {
    value: 'database',
    words:
      /\b(?:writes?|written|upserts?|inserts?|stores?|saves?|persists?) (?:\w+ ){0,3}(?:to|into|in) (?:a |the |our )?(?:database|db|postgres(?:ql)?|mysql|table|mongo(?:db)?|cassandra|dynamo(?:db)?|elasticsearch|redis)\b|(?<!\b(?:from|of|off|out of|reads?|capture|cdc on|debezium on|debezium for) (?:the |our |a )?)\b(?:postgres(?:ql)?|mysql)\b(?! (?:cdc|changes|binlog|wal|source|tables? changes))/i,
  },
];

export function extractSideEffects(text: string): Understood[] {
  const s = SIDE_EFFECTS.map((x) => ({ x, m: x.words.exec(text) })).find((y) => y.m);
  return s?.m ? [{ field: `${FLOW}.processing.side_effects`, value: s.x.value, from: s.m[0] }] : [];
}

const FORMATS: ReadonlyArray<{ value: string; words: RegExp }> = [
  { value: 'avro', words: /\bavro\b/i },
  { value: 'protobuf', words: /\bprotobuf\b|\bprotocol buffers\b|\bproto3?\b/i },
  { value: 'json-schema', words: /\bjson[- ]schema\b/i },
  { value: 'json', words: /\bjson\b/i },
];
const EVOLVES =
  /\bfields? (?:will|may|might|can|could|are going to) be added\b|\b(?:schema|format|fields?|payload|events?) (?:will |may |might |can |could |is going to |are going to )?(?:change|evolve|grow)s?\b|\b(?:add|adding|new) (?:optional )?fields\b|\bschema (?:evolution|changes)\b|\bevolv(?:es|ing) schema\b/i;
const FROZEN = /\b(?:schema|format) (?:is fixed|never changes|won'?t change|is stable)\b/i;

export function extractSchema(text: string): Understood[] {
  const out: Understood[] = [];
  const f = FORMATS.map((x) => ({ x, m: x.words.exec(text) })).find((y) => y.m);
  if (f?.m) out.push({ field: `${FLOW}.schema.format`, value: f.x.value, from: f.m[0] });
  const frozen = FROZEN.exec(text);
  const evolves = EVOLVES.exec(text);
  if (frozen) out.push({ field: `${FLOW}.schema.evolves`, value: false, from: frozen[0] });
  else if (evolves) out.push({ field: `${FLOW}.schema.evolves`, value: true, from: evolves[0] });
  return out;
}
