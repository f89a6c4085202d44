// `search`: ranked settings for a few words, over names and our explanations. BM25 over weighted
// fields (a name match counts more than a word in the explanation), plus a small table of the
// concepts people search for ("exactly once", "rebalance") that names the settings that matter.
// The index is built once, on the first search.
import { catalogData, SCOPES, type Scope, type SettingRun } from '../../knowledge/catalog.js';
import { explanationFor, SHARED_CLIENT_SCOPES, type Explanation } from '../../knowledge/explanations/index.js';

export interface SearchOptions {
  limit?: number;
  scope?: Scope;
}

export interface SearchHit {
  scope: Scope;
  name: string;
  score: number;
  importance: SettingRun['importance'];
  /** Our one-line explanation, when written. */
  what?: string;
  /** The query terms this setting matched, and the concept when the synonym table named it. */
  matched: string[];
  /** Other scopes with the same setting and meaning. */
  alsoIn?: Scope[];
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
}

/** Concepts and the settings that matter for them, most important first. */
export const CONCEPTS: ReadonlyArray<{ phrases: string[]; settings: string[] }> = [
  {
    phrases: ['exactly once', 'exactly-once', 'eos', 'transaction', 'transactional'],
    settings: [
      'transactional.id',
      'enable.idempotence',
      'isolation.level',
      'processing.guarantee',
      'transaction.timeout.ms',
      'acks',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
    ],
  },
  { phrases: ['idempotent', 'idempotence', 'duplicate', 'duplicates', 'dedup'], settings: ['enable.idempotence', 'acks', 'max.in.flight.requests.per.connection', 'retries', 'transactional.id'] },
  {
    phrases: ['rebalance', 'rebalancing', 'rebalances', 'group membership'],
    settings: [
      'session.timeout.ms',
      'heartbeat.interval.ms',
      'max.poll.interval.ms',
      'partition.assignment.strategy',
      'group.protocol',
      'group.instance.id',
      'group.initial.rebalance.delay.ms',
      'group.remote.assignor',
      'max.poll.records',
    ],
  },
  {
    phrases: ['ordering', 'order', 'in order', 'sequence'],
    settings: ['max.in.flight.requests.per.connection', 'enable.idempotence', 'partitioner.class', 'retries', 'key.serializer', 'partitioner.ignore.keys'],
  },
  {
    phrases: ['durability', 'durable', 'data loss', 'loss', 'lose', 'losing', 'lost'],
    settings: ['acks', 'min.insync.replicas', 'unclean.leader.election.enable', 'default.replication.factor', 'replication.factor', 'enable.idempotence'],
  },
  { phrases: ['latency', 'low latency'], settings: ['linger.ms', 'fetch.min.bytes', 'fetch.max.wait.ms', 'batch.size', 'commit.interval.ms'] },
  { phrases: ['throughput', 'batching', 'batch'], settings: ['batch.size', 'linger.ms', 'compression.type', 'fetch.min.bytes', 'buffer.memory', 'max.poll.records'] },
  {
    phrases: ['large messages', 'message size', 'big messages', 'record too large'],
    settings: ['max.message.bytes', 'max.request.size', 'message.max.bytes', 'max.partition.fetch.bytes', 'fetch.max.bytes', 'replica.fetch.max.bytes'],
  },
  { phrases: ['retention', 'expire', 'disk'], settings: ['retention.ms', 'retention.bytes', 'log.retention.hours', 'log.retention.ms', 'segment.ms', 'local.retention.ms'] },
  {
    phrases: ['compaction', 'compacted', 'tombstone', 'changelog'],
    settings: ['cleanup.policy', 'min.compaction.lag.ms', 'max.compaction.lag.ms', 'delete.retention.ms', 'min.cleanable.dirty.ratio', 'log.cleaner.enable'],
  },
  {
    phrases: ['slow consumer', 'slow processing', 'lag', 'poll', 'kicked out of group'],
    settings: ['max.poll.interval.ms', 'max.poll.records', 'fetch.max.bytes', 'max.partition.fetch.bytes', 'fetch.min.bytes'],
  },
  { phrases: ['offset', 'commit', 'offsets'], settings: ['enable.auto.commit', 'auto.offset.reset', 'auto.commit.interval.ms', 'offsets.retention.minutes', 'isolation.level'] },
  { phrases: ['tls', 'ssl', 'encryption', 'certificate'], settings: ['security.protocol', 'ssl.truststore.location', 'ssl.keystore.location', 'ssl.endpoint.identification.algorithm'] },
  { phrases: ['authentication', 'auth', 'sasl', 'password', 'oauth'], settings: ['security.protocol', 'sasl.mechanism', 'sasl.jaas.config', 'sasl.oauthbearer.token.endpoint.url'] },
  { phrases: ['zone', 'rack', 'availability zone', 'cross zone'], settings: ['broker.rack', 'client.rack', 'replica.selector.class', 'rack.aware.assignment.strategy'] },
];

const STOP = new Set('a an the of to is in on for and or it its be by with when what how this that not are as at from than so per do does i my me we which should'.split(' '));

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !STOP.has(t))
    .map(stem);
}

interface Doc {
  scope: Scope;
  name: string;
  importance: SettingRun['importance'];
  what?: string;
  /** Sum of weighted term frequencies (BM25 document length). */
  length: number;
  explained: boolean;
  /** Docs with the same meaning (same name and explanation, see assignMeanings) are listed as one hit. */
  meaning: string;
  /** True when this doc means what the name means in its first scope (SCOPES order), the one concepts name. */
  primaryMeaning: boolean;
}

interface Index {
  docs: Doc[];
  /** term -> flat [docIndex, weightedTf, docIndex, weightedTf, ...] */
  postings: Map<string, number[]>;
  avgLength: number;
}

const FIELD_WEIGHT = { name: 3, what: 1.5, whenToChange: 1, notes: 0.5 } as const;
const IMPORTANCE_FACTOR = { high: 1.25, medium: 1.1, low: 1 } as const;
const EXPLAINED_FACTOR = 1.2;
const K1 = 1.2;
const B = 0.75;

let index: Index | undefined;

function termFrequencies(name: string, e: Explanation | undefined): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    if (text) for (const t of tokens(text)) tf.set(t, (tf.get(t) ?? 0) + weight);
  };
  add(name, FIELD_WEIGHT.name);
  add(e?.what, FIELD_WEIGHT.what);
  add(e?.whenToChange, FIELD_WEIGHT.whenToChange);
  add(e?.notes?.join(' '), FIELD_WEIGHT.notes);
  return tf;
}

/**
 * A name's scopes share one meaning when they share our explanation; a client scope we do not
 * explain shares the explained client scope's meaning (client settings mean the same in producer,
 * admin, streams...); other unexplained scopes (broker, topic) share a meaning only with each other.
 */
function assignMeanings(docs: Doc[]): void {
  const byName = new Map<string, Doc[]>();
  for (const d of docs) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  for (const [name, group] of byName) {
    group.sort((a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope));
    const explainedClient = group.find((d) => d.what !== undefined && SHARED_CLIENT_SCOPES.has(d.scope));
    for (const d of group) {
      d.meaning = d.what !== undefined ? `${name}|${d.what}` : SHARED_CLIENT_SCOPES.has(d.scope) && explainedClient ? `${name}|${explainedClient.what}` : `${name}|unexplained`;
    }
    for (const d of group) d.primaryMeaning = d.meaning === group[0]!.meaning;
  }
}

function buildIndex(): Index {
  const docs: Doc[] = [];
  const postings = new Map<string, number[]>();
  // A shared client setting has the same name and explanation in several scopes: count it once.
  const seen = new Map<string, Map<string, number>>();
  let total = 0;
  for (const s of catalogData().settings) {
    const e = explanationFor(s.scope, s.name);
    const key = `${s.name}\u0000${e?.what ?? ''}`;
    let tf = seen.get(key);
    if (!tf) seen.set(key, (tf = termFrequencies(s.name, e)));
    const i = docs.length;
    let length = 0;
    for (const [t, f] of tf) {
      length += f;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i, f);
    }
    total += length;
    docs.push({
      scope: s.scope,
      name: s.name,
      importance: s.runs.at(-1)!.importance,
      length,
      explained: !!e,
      meaning: '',
      primaryMeaning: false,
      ...(e ? { what: e.what } : {}),
    });
  }
  assignMeanings(docs);
  return { docs, postings, avgLength: total / docs.length };
}

/** Settings the concept table names for this query, with their rank in the concept's list. */
function conceptSettings(queryTerms: ReadonlySet<string>): Map<string, { rank: number; concept: string }> {
  const out = new Map<string, { rank: number; concept: string }>();
  for (const c of CONCEPTS) {
    // A phrase matches when all its words occur in the query, in any order ("consumer too slow").
    const phrase = c.phrases.find((p) => tokens(p).every((t) => queryTerms.has(t)));
    if (!phrase) continue;
    c.settings.forEach((name, rank) => {
      const prev = out.get(name);
      if (!prev || rank < prev.rank) out.set(name, { rank, concept: phrase });
    });
  }
  return out;
}

/** Points a concept's setting earns: above any plain text match, in the concept's order. */
const CONCEPT_BONUS = 20;
const CONCEPT_STEP = 1;

export function search(query: string, options: SearchOptions = {}): SearchResult {
  index ??= buildIndex();
  const { docs, postings, avgLength } = index;
  const terms = [...new Set(tokens(query))];
  const n = docs.length;
  const scores = new Map<number, { score: number; matched: string[] }>();
  for (const t of terms) {
    const list = postings.get(t);
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let k = 0; k < list.length; k += 2) {
      const i = list[k]!;
      const f = list[k + 1]!;
      const entry = scores.get(i) ?? { score: 0, matched: [] };
      entry.score += idf * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * docs[i]!.length) / avgLength)));
      entry.matched.push(t);
      scores.set(i, entry);
    }
  }
  for (const [i, entry] of scores) entry.score *= IMPORTANCE_FACTOR[docs[i]!.importance] * (docs[i]!.explained ? EXPLAINED_FACTOR : 1);
  const concepts = conceptSettings(new Set(terms));
  if (concepts.size) {
    docs.forEach((d, i) => {
      const concept = d.primaryMeaning ? concepts.get(d.name) : undefined;
      if (!concept) return;
      const entry = scores.get(i) ?? { score: 0, matched: [] };
      entry.score += CONCEPT_BONUS - CONCEPT_STEP * concept.rank;
      entry.matched.push(`concept: ${concept.concept}`);
      scores.set(i, entry);
    });
  }
  // One hit per meaning, under its best-scoring scope (ties: an explained scope, then SCOPES order);
  // the other scopes go in alsoIn. No localeCompare: its first call costs tens of ms of ICU set-up.
  const tieRank = (i: number) => (docs[i]!.explained ? 0 : SCOPES.length) + SCOPES.indexOf(docs[i]!.scope);
  const ranked = [...scores].filter(([i]) => !options.scope || docs[i]!.scope === options.scope).sort(([i, a], [j, b]) => b.score - a.score || tieRank(i) - tieRank(j) || i - j);
  const byMeaning = new Map<string, SearchHit>();
  for (const [i, { score, matched }] of ranked) {
    const d = docs[i]!;
    const hit = byMeaning.get(d.meaning);
    if (hit) (hit.alsoIn ??= []).push(d.scope);
    else byMeaning.set(d.meaning, { scope: d.scope, name: d.name, score: Math.round(score * 100) / 100, importance: d.importance, ...(d.what ? { what: d.what } : {}), matched });
  }
  return { query, hits: [...byMeaning.values()].slice(0, options.limit ?? 10) };
}
