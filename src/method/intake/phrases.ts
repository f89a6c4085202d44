// Facts said in one phrase each, as a table: a new way of saying something is a new row.
// Hot keys, regions, what to trade first, how instances consume, deletes and erasure, where
// records come from, compression, producer counts, disks, tiered storage, client versions,
// batch writes, the consumer group protocol and the kind of downstream.
import { keyForEntity } from './guarantees.js';
import { DIGITS, NUMBER, parseNumber, parseScaled, unitMs } from './numbers.js';
import { FLOW, type Understood } from './understood.js';

/** One phrasing of one fact: the words, and the value they give (from the match). */
export interface PhraseRow {
  field: string;
  words: RegExp;
  value: (m: RegExpExecArray) => unknown;
  /** How the words were read, when they allow another reading; becomes a stated assumption. */
  note?: string;
}

const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per ?cent\b)`;
const ENTITY = String.raw`(?:customer|account|tenant|user|device|merchant|shop|store|seller|client|key|partner|symbol|sensor|vehicle|player|team|organi[sz]ation|org|site|channel|product|sku|region)s?`;
const TRAFFIC = String.raw`(?:traffic|events|messages|records|volume|load|writes|orders|updates|requests|the stream|the flow|all)`;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2, multiple: 2, several: 3 };
const share = (m: RegExpExecArray) => Number(m[1]) / 100;
const sizeWithUnit = (m: RegExpExecArray) => `${m[1]!.replace(/,/g, '')}${m[2]!.toUpperCase().replace(/^T$/, 'TB').replace(/^G$/, 'GB')}`;
const regionCount = (written: string) => COUNT_WORDS[written.toLowerCase()] ?? parseNumber(written);
const durationText = (m: RegExpExecArray) => {
  const ms = parseNumber(m[1]!) * unitMs(m[2]!)!;
  return ms % 86_400_000 === 0 ? `${ms / 86_400_000}d` : ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${ms}ms`;
};

export const PHRASES: readonly PhraseRow[] = [
  // Hot keys: the busiest key's share of the flow.
  {
    field: `${FLOW}.throughput.hot_key_share`,
    words: new RegExp(
      String.raw`\b(?:one|a single|the (?:biggest|largest|busiest|top)|our (?:biggest|largest|busiest)) ${ENTITY}\b[^.;]{0,40}?\b(?:is|takes?|sends?|produces?|generates?|accounts? for|makes? up|carries|has)\s+(?:about |around |roughly |almost |nearly |over |up to )?${PERCENT}`,
      'i',
    ),
    value: share,
  },
  {
    field: `${FLOW}.throughput.hot_key_share`,
    words: new RegExp(
      String.raw`${PERCENT} of (?:the |all |our )?${TRAFFIC}\b[^.;]{0,30}?\b(?:comes? from|is from|belongs? to|is for|are for|are from) (?:one|a single|the (?:biggest|largest|busiest|same)) ${ENTITY}\b`,
      'i',
    ),
    value: share,
  },
  // Regions.
  { field: 'regions.count', words: /\b(two|three|four|five|\d+|both|multiple|several) (?:aws |azure |gcp |cloud |data ?cent(?:er|re) )?regions\b/i, value: (m) => regionCount(m[1]!) },
  { field: 'regions.count', words: /\b[A-Z]{2,5}(?:[- ][a-z0-9-]+)? and [A-Z]{2,5}(?:[- ][a-z0-9-]+)? (?:aws |azure |gcp )?regions\b/, value: () => 2 },
  {
    field: 'regions.count',
    words: /\b(?:mirror ?maker(?: ?2)?|mm2|cluster linking|replicator)\b/i,
    value: () => 2,
    note: 'MirrorMaker (or a cluster link) copies topics between clusters: read as two regions or sites',
  },
  {
    field: 'regions.count',
    words: /\b(?:multi[- ]region|cross[- ]region|(?:second|another|a dr|a disaster[- ]recovery) (?:region|site|data ?cent(?:er|re)))\b/i,
    value: () => 2,
    note: 'a second region or site is read as two regions',
  },
  { field: 'regions.mode', words: /\bactive[- ]active\b|\bboth regions (?:take|serve|accept) (?:writes|traffic)\b/i, value: () => 'active-active' },
  { field: 'regions.mode', words: /\bactive[- ]passive\b|\bfail ?over\b|\bstandby (?:region|cluster)\b|\bdisaster[- ]recovery\b|\bdr (?:site|region|cluster)\b/i, value: () => 'active-passive' },
  // What to trade first.
  {
    field: 'priority',
    words:
      /\b(?:lowest|low|minimal|minimi[sz]e(?: the)?|keep (?:the )?)\s*cost\b|\bcheap(?:est|ly)?\b|\bcost[- ](?:first|sensitive|matters most|is (?:what|the) (?:matters|priority))\b|\bon a (?:tight )?budget\b|\bdurability is not (?:a|the) (?:concern|priority)\b|\bbut cost (?:is|does)\b/i,
    value: () => 'cost',
  },
  {
    field: 'priority',
    words:
      /\b(?:lowest|minimal|minimi[sz]e(?: the)?) latency\b|\blatency[- ](?:first|sensitive|critical|matters most|is (?:what|the) (?:matters|priority))\b|\bas fast as possible\b|\breal[- ]time (?:is|matters) (?:critical|most)\b/i,
    value: () => 'latency',
  },
  {
    field: 'priority',
    words: /\bdurability (?:first|above all|matters most|is (?:what|the) (?:matters|priority))\b|\bwhatever it costs\b|\bat any cost\b|\bmaximum durability\b/i,
    value: () => 'durability',
  },
  // How instances consume.
  {
    field: `${FLOW}.consumption`,
    words:
      /\b(?:each|every|all) (?:instance|pod|replica|node|server|service instance|container)s? (?:needs?|must (?:see|get|read|receive)|reads?|gets?|receives?|keeps?|has|holds?) (?:all|every|the (?:whole|full|complete))\b|\bbroadcast(?:ed)? to (?:all|every)\b|\blocal (?:in-memory )?cache (?:in|on) (?:each|every)\b|\b(?:in|on) (?:each|every) (?:instance|pod|node)'?s? (?:local )?(?:memory|cache)\b|\b(?:each|every) (?:instance|pod|replica|node|server) keeps? (?:a |an )?(?:local |in-memory )?(?:cache|copy|replica) of (?:all|every|the (?:whole|full|complete))\b|\b(?:every|each|all) (?:instance|pod|replica|node|server)s? needs? (?:it |them |everything |all of (?:it|them) )?in full\b/i,
    value: () => 'every-instance',
  },
  // Deletes and erasure.
  {
    field: `${FLOW}.deletes`,
    words:
      /\bgdpr\b|\bright to (?:be forgotten|erasure)\b|\berasure\b|\b(?:delete|deletion|erase) requests?\b|\b(?:customers?|users?|accounts?) (?:can|may) (?:be )?delet\w*\b|\b(?:hard[- ])?delet(?:e|es|ed|ing) (?:a |an |the )?(?:customer|user|account|record|profile|entity|key)s?\b|\btombstones?\b|\b[a-z]+ deletes\b|\bdeleted [a-z]+s? (?:are|get|must be|should be) (?:removed|deleted|dropped)\b/i,
    value: () => true,
  },
  {
    field: `${FLOW}.deletes_within`,
    words: new RegExp(String.raw`\b(?:gone|erased|deleted|purged|removed|forgotten)\b[^.;]{0,30}?\bwithin (${NUMBER})\s*(days?|d|hours?|h|weeks?)\b`, 'i'),
    value: durationText,
  },
  // Where records come from.
  {
    field: `${FLOW}.source_kind`,
    words:
      /\bchange data capture\b|\bcdc\b|\bdebezium\b(?! outbox)|\b(?:binlog|wal|write-ahead log|logical replication|replication slot)\b|\b(?:every|each|all) (?:row )?changes? (?:to|in|of) (?:the|a|our) (?:\w+ )?(?:table|database|db)s?\b/i,
    value: () => 'cdc',
  },
  { field: `${FLOW}.source_kind`, words: /\boutbox\b|\bsame (?:database )?transaction as (?:the|its|our) (?:\w+ )?(?:write|update|insert|order|row)s?\b/i, value: () => 'outbox' },
  { field: `${FLOW}.source_kind`, words: /\b(?:kafka connect|a (?:source )?connector)\b(?![^.;]{0,20}\bsink)/i, value: () => 'connector' },
  // Compression.
  {
    field: `${FLOW}.throughput.compression_ratio`,
    words: /\b(?:already|pre-?)[- ]?(?:compressed|gzipped|zipped)\b|\b(?:images|videos?|jpe?gs?|pngs?|mp4|encrypted (?:payloads?|blobs?|data))\b/i,
    value: () => 1,
    note: 'payloads that arrive compressed (or are media/encrypted) do not shrink again: compressed size = raw size',
  },
  {
    field: `${FLOW}.throughput.compression_ratio`,
    words: /\bcompress(?:es)? (?:about |roughly |around )?(\d+(?:\.\d+)?)\s*(?:x|times|:1|to 1)\b/i,
    value: (m) => Math.round((1 / Number(m[1])) * 1000) / 1000,
  },
  // Producer counts: connections and producer ids on the brokers.
  {
    field: `${FLOW}.throughput.source_instances`,
    words: new RegExp(
      String.raw`(${DIGITS}(?:\s*(?:k|thousand|m|million)\b)?)\s+(?:iot |connected |edge |mobile )?(?:devices|sensors|vehicles|cars|phones|apps|meters|terminals|producers|producer (?:pods|instances|processes)|pos terminals)\b(?![^.;]{0,20}\b(?:per|/)\s*(?:s|sec|second)\b)`,
      'i',
    ),
    value: (m) => Math.round(parseScaled(m[1]!)),
  },
  // Disks and tiered storage.
  {
    field: 'cluster.disk_per_broker',
    words: /\b(\d+(?:\.\d+)?)\s*(tb|gb|t|g)\b(?: of)?(?: usable)?(?: log)? (?:disks?|storage|ssds?|nvme|volumes?)? ?(?:per|on each|for each|on every|each) (?:kafka )?(?:broker|node)\b/i,
    value: sizeWithUnit,
  },
  { field: 'cluster.disk_per_broker', words: /\b(?:each|every) (?:kafka )?(?:broker|node) has (?:a |an )?(\d+(?:\.\d+)?)\s*(tb|gb|t|g)\b/i, value: sizeWithUnit },
  {
    field: 'cluster.tiered_storage',
    words: /\btiered storage (?:is )?(?:available|enabled|on|turned on|supported)\b|\b(?:have|has|use|with) tiered storage\b|\bremote storage (?:is )?(?:available|enabled)\b/i,
    value: () => true,
  },
  { field: 'cluster.tiered_storage', words: /\bno tiered storage\b|\btiered storage (?:is )?(?:not available|unavailable|disabled|off)\b/i, value: () => false },
  // Client library release.
  {
    field: 'client.library_version',
    words: /\b(?:librdkafka|confluent-kafka(?:-python|-go|-javascript)?|kafkajs|franz-go|kafka-clients|kafka-python|sarama|node-rdkafka)\s*v?(\d+\.\d+(?:\.\d+)?)\b/i,
    value: (m) => m[1]!,
  },
  // Batch writes at the sink.
  {
    field: `${FLOW}.processing.batch_writes`,
    words: /\bbulk (?:api|insert|index(?:ing)?|writes?|load|upserts?)\b|\bbatch(?:ed)? (?:inserts?|writes?|upserts?)\b|\bcopy (?:command|into)\b|\bin batches\b|\bmulti-row inserts?\b/i,
    value: () => true,
  },
  // The new consumer group protocol needs Kafka 4.0 (KIP-848 generally available there).
  {
    field: 'cluster.kafka_version',
    words: /\bnew consumer (?:group )?(?:rebalance )?protocol\b|\bkip-848\b|\bgroup\.protocol\s*=?\s*consumer\b|\bnext[- ]gen(?:eration)? (?:consumer )?rebalance protocol\b/i,
    value: () => '4.0',
    note: 'the new consumer group protocol (KIP-848) is generally available from Kafka 4.0, so the cluster is taken to be 4.0 or newer',
  },
  // A key named without an ordering need: "keyed by customer".
  { field: `${FLOW}.key`, words: /\bkeyed (?:by|on) (?:the |a |an )?([a-z][a-z_]*)/i, value: (m) => keyForEntity(m[1]!) },
  // The kind of downstream: an index or object storage is a store the consumer writes to.
  {
    field: `${FLOW}.processing.side_effects`,
    words: /\b(?:elasticsearch|opensearch|solr|search index|s3|object storage|gcs|blob storage|data lake|snowflake|bigquery|redshift|warehouse|clickhouse)\b(?! api\b)/i,
    value: () => 'database',
    note: 'an index, object store or warehouse is a store the consumer writes to: taken as a database-like side effect',
  },
];

export function extractPhrases(text: string): Understood[] {
  const out: Understood[] = [];
  // Every match is a reading: the same fact said twice is accounted for twice, two values are asked about.
  for (const row of PHRASES) {
    for (const m of text.matchAll(new RegExp(row.words.source, row.words.flags.includes('g') ? row.words.flags : `${row.words.flags}g`))) {
      out.push({ field: row.field, value: row.value(m as RegExpExecArray), from: m[0], at: m.index, ...(row.note ? { note: row.note } : {}) });
    }
  }
  return out;
}
