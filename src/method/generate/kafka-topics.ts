// Topic creation as kafka-topics.sh commands, one per topic, each preceded by the design's reasons.
import type { TopicDesign } from '../../model/design.js';
import { type GeneratedFile, lines } from './files.js';
import { topicConfigEntries, topicHeadline, topicReasons } from './topic-facts.js';

/** Single-quotes a shell word unless it is plainly safe. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9._,:=/+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function createCommand(topic: TopicDesign): string {
  return lines(
    `# ${topicHeadline(topic)}`,
    ...topicReasons(topic).map((r) => `#   ${r}`),
    '"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \\',
    `  --topic ${shellWord(topic.name)} \\`,
    `  --partitions ${topic.partitions} \\`,
    `  --replication-factor ${topic.replicationFactor}${topicConfigEntries(topic).length ? ' \\' : ''}`,
    ...topicConfigEntries(topic).map(([k, v], i, all) => `  --config ${shellWord(`${k}=${v}`)}${i < all.length - 1 ? ' \\' : ''}`),
  );
}

export function renderKafkaTopics(name: string, kafkaVersion: string, topics: readonly TopicDesign[], dir: string): GeneratedFile {
  return {
    path: `${dir}/create-topics.sh`,
    description: 'topic creation with kafka-topics.sh',
    contents: lines(
      '#!/usr/bin/env sh',
      `# Creates the topics of the design "${name}" (Kafka ${kafkaVersion}) with the kafka-topics.sh tool`,
      '# that ships with Kafka. Safe to run again: existing topics are left as they are.',
      '#   KAFKA_BOOTSTRAP_SERVERS  brokers to connect to (default localhost:9092)',
      '#   KAFKA_TOPICS             path of kafka-topics.sh (default: found on PATH)',
      'set -eu',
      'BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}"',
      'KAFKA_TOPICS="${KAFKA_TOPICS:-kafka-topics.sh}"',
      '',
      topics.map(createCommand).join('\n\n'),
      '',
    ),
  };
}
