// Delivery guarantee, ordering (and the entity it is per), and whether consumers need the latest
// state per key: "can't lose", "duplicates are fine", "exactly once", "in order per user",
// "global order", "latest profile per customer".
import { FLOW, type Understood } from './understood.js';

interface Phrase<V> {
  value: V;
  words: RegExp;
}

const DELIVERY: ReadonlyArray<Phrase<'exactly-once' | 'at-most-once' | 'at-least-once'>> = [
  {
    value: 'exactly-once',
    words:
      /\bexactly[- ]once\b|\beffectively[- ]once\b|\bno duplicates\b|\bnever (?:be )?(?:processed|applied|charged|counted|sent|booked) twice\b|\bmust not (?:be )?(?:duplicated|processed twice|applied twice)\b|\bonce and only once\b/i,
  },
  {
    value: 'at-most-once',
    words:
      /\bat[- ]most[- ]once\b|\b(?:losing|lose|dropping|drop|missing|miss)\s+(?:a |some |the odd |an? occasional |a few )?(?:\w+\s)?(?:\w+ )?(?:is|are) (?:fine|ok|okay|acceptable|not a problem)\b|\b(?:losing|dropping|missing) (?:a few|some|the odd|an? occasional|a couple of|a handful of) [^.;]{0,50}?\b(?:is|are) (?:fine|ok|okay|acceptable|tolerable|not a problem)\b|\bcan (?:afford to )?(?:lose|drop)\b(?! (?:one|a|an|two|a single) (?:broker|node|zone|az|rack|instance|pod|region)s?\b)|\bloss is (?:fine|ok|okay|acceptable)\b|\bfire[- ]and[- ]forget\b|\bbest[- ]effort\b/i,
  },
  {
    value: 'at-least-once',
    words:
      /\bat[- ]least[- ]once\b|\bcan'?t (?:afford to )?lose\b|\bcannot (?:afford to )?lose\b|\bmust not (?:be )?los[et]\b|\bmust never (?:be )?los[et]\b|\bno (?:data |message |event )?loss\b|\bnever lose\b|\bdon'?t lose\b|\bzero (?:data )?loss\b|\bduplicates (?:are|is) (?:fine|ok|okay|acceptable|tolerable)\b|\b(?:fine|ok|okay) with duplicates\b|\bidempotent\b/i,
  },
];

/** "no data loss" and "no duplicates" together mean exactly-once; the first phrase found wins otherwise. */
export function extractDelivery(text: string): Understood[] {
  const hits = DELIVERY.map((p) => ({ value: p.value, m: p.words.exec(text), all: [...text.matchAll(new RegExp(p.words.source, 'gi'))].map((m) => m[0]) })).filter((h) => h.m);
  const exactly = hits.find((h) => h.value === 'exactly-once');
  const first = exactly ?? hits.find((h) => h.value === 'at-most-once') ?? hits[0];
  if (!first?.m) return [];
  // Every phrase that led to the guarantee is quoted, so each is accounted for.
  const quotes = [...first.all, ...hits.filter((h) => h !== first).flatMap((h) => h.all)];
  return [{ field: `${FLOW}.delivery`, value: first.value, from: quotes.join(' ... ') }];
}

const GLOBAL_ORDER =
  /\bglobal(?:ly)? order(?:ed|ing)?\b|\btotal order(?:ing)?\b|\b(?:strict )?order across (?:all|every)\b|\ball (?:\w+ )?(?:events|messages|entries|records) in (?:one|a single|the exact) order\b|\bexact order (?:they|in which)\b|\bsingle sequence\b|\bglobally ordered\b/i;
const NO_ORDER =
  /\border (?:doesn'?t|does not|don'?t|do not) matter\b|\border is (?:not important|irrelevant|unimportant)\b|\bno ordering\b|\bin any order\b|\bunordered\b|\bordering (?:doesn'?t|does not) matter\b/i;
/** Each pattern captures the entity in group 1. */
const PER_ENTITY: readonly RegExp[] = [
  /\bin order (?:per|for each|for every|for one|by|within (?:a|an|each|one|the same)) ([a-z][a-z_]*)/i,
  /\b(?:each|every|one|a|the same) ([a-z][a-z_]*)'s (?:[a-z]+ ){0,2}(?:stay |must stay |are |should stay |kept |remain )?in order\b/i,
  /\bkeep (?:each|every|one) ([a-z][a-z_]*)'s [a-z ]{1,30}? in order\b/i,
  /\bper[- ]([a-z][a-z_]*) order(?:ing|ed)?\b/i,
  /\border(?:ed|ing)? (?:per|by|for each|within (?:a|an|each|one|the same)) ([a-z][a-z_]*)/i,
  /\b(?:events|messages|updates|changes) (?:of|for) (?:one|a|an|each|the same) ([a-z][a-z_]*) (?:must |should |have to |need to )?(?:stay|be|arrive|remain) (?:in order|ordered)\b/i,
  /\border(?:ing)? (?:only )?matters (?:only )?(?:per|for each|for every|for one|within (?:a|an|each|one|the same)) ([a-z][a-z_]*)/i,
  /\b([a-z][a-z_]*)'s (?:[a-z]+ ){1,2}(?:must |should |have to |need to )?(?:stay |be |arrive |remain |are |kept )?in order\b/i,
  // Last writer must win per entity: "a customer's newer address must not be overwritten by an older one".
  /\b([a-z][a-z_]*)'s (?:newer|newest|latest|new|current) [a-z ]{1,30}?(?:must|should|may|can) ?(?:not|never) (?:be )?overwritten\b/i,
  /\bolder [a-z ]{1,30}? (?:of|for) (?:a|an|one|the same|each) ([a-z][a-z_]*) (?:must|should|may|can) ?(?:not|never) overwrite\b/i,
  /\bper ([a-z][a-z_]*) (?:must|should|may|can) ?(?:not|never) (?:be )?overwritten\b/i,
  /\boverwritten by (?:an? )?older (?:ones?|values?|versions?|updates?|events?)? ?(?:for|of) (?:the same|a|one) ([a-z][a-z_]*)/i,
];

/** Words that name no entity: "the latest value per key" says nothing about which key. */
const NOT_AN_ENTITY = /^(key|keys|record|records|message|messages|event|events|partition|partitions|topic|topics)$/i;

/** "user" -> user_id, "users" -> user_id, "account_id" stays. */
export function keyForEntity(entity: string): string {
  const e = entity.toLowerCase();
  if (/_id$|^id$/.test(e)) return e;
  const singular = e.endsWith('ies') ? `${e.slice(0, -3)}y` : e.endsWith('ses') ? e.slice(0, -2) : e.endsWith('s') && !e.endsWith('ss') ? e.slice(0, -1) : e;
  return `${singular}_id`;
}

export function extractOrdering(text: string): Understood[] {
  const none = NO_ORDER.exec(text);
  if (none) return [{ field: `${FLOW}.ordering`, value: 'none', from: none[0] }];
  const global = GLOBAL_ORDER.exec(text);
  if (global) return [{ field: `${FLOW}.ordering`, value: 'global', from: global[0] }];
  for (const re of PER_ENTITY) {
    const m = re.exec(text);
    if (!m || NOT_AN_ENTITY.test(m[1]!)) continue;
    return [
      { field: `${FLOW}.ordering`, value: 'per-key', from: m[0] },
      { field: `${FLOW}.key`, value: keyForEntity(m[1]!), from: m[0] },
    ];
  }
  return [];
}

const STATE =
  /\blatest (?:value|state|version|profile|record|snapshot|\w+) (?:per|of each|for each|of every|for every) ([a-z][a-z_]*)|\bcurrent state of (?:each|every) ([a-z][a-z_]*)|\bcompact(?:ed|ion)\b|\brebuild (?:the |a |our )?(?:cache|state|view)s?\b/i;

/** Consumers that rebuild the latest value per key need a compacted topic keyed by that entity. */
export function extractState(text: string): Understood[] {
  const m = STATE.exec(text);
  if (!m) return [];
  const out: Understood[] = [{ field: `${FLOW}.state`, value: true, from: m[0] }];
  const entity = m[1] ?? m[2];
  if (entity && !NOT_AN_ENTITY.test(entity)) out.push({ field: `${FLOW}.key`, value: keyForEntity(entity), from: m[0] });
  return out;
}
