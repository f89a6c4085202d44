// Realistic requests in many styles (tickets, chat messages, lists, mixed units), each with every
// field `ask` must understand and the clauses it must list as not placed. Nothing said is lost:
// each clause is understood, asked about, or not placed; small talk alone carries no fact.
import { describe, expect, it } from 'vitest';
import { draftFromWords } from '../../../src/method/intake/compose.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

interface Case {
  words: string;
  /** Every field understood, with its value: nothing more, nothing less. */
  understood: Record<string, unknown>;
  /** The clauses no field took (default: none). */
  notPlaced?: string[];
}

const CASES: Case[] = [
  {
    words:
      'Payments service in Java, 12 brokers on MSK. About 2,000 payments per second, peaks of 6,000 per second. Each payment must be applied exactly once; results go to another topic. Order per account. One account takes 30 % of the traffic.',
    understood: {
      'cluster.brokers': 12,
      'cluster.platform': 'msk',
      'client.language': 'java',
      'flows[0].throughput.peak_per_second': 6000,
      'flows[0].throughput.average_per_second': 2000,
      'flows[0].delivery': 'exactly-once',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'account_id',
      'flows[0].processing.side_effects': 'kafka',
      'flows[0].throughput.hot_key_share': 0.3,
    },
  },
  {
    words: 'TICKET-4411: notification consumer lagging. ~400 events/s at peak, push API allows 100 req/s, each call 50 ms to 2 s. Python (confluent-kafka). Order only matters per user.',
    understood: {
      name: 'notification-service',
      'flows[0].sink': 'notification-consumer',
      'flows[0].name': 'notifications',
      'client.language': 'python',
      'client.library': 'confluent-kafka',
      'flows[0].processing.external_rate_limit_per_second': 100,
      'flows[0].throughput.peak_per_second': 400,
      'flows[0].processing.per_message_ms': { p50: 50, p99: 2000 },
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'user_id',
      'flows[0].processing.side_effects': 'external-api',
    },
  },
  {
    words: "hey! we're building an IoT pipeline: 40,000 devices each send a reading every 10 seconds, readings are 200 bytes, losing a few readings is fine. Go with franz-go. Keep 3 days.",
    understood: {
      name: 'iot-pipeline',
      'flows[0].name': 'iots',
      'client.language': 'go',
      'client.library': 'franz-go',
      'flows[0].throughput.average_per_second': 4000,
      'flows[0].throughput.message_bytes': 200,
      'flows[0].retention': '3d',
      'flows[0].delivery': 'at-most-once',
      'flows[0].throughput.source_instances': 40000,
    },
  },
  {
    words:
      "We need CDC from Postgres with Debezium into Elasticsearch, using the bulk API. A customer's newer address must not be overwritten by an older one. GDPR: erased data must be gone within 30 days.",
    understood: {
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'customer_id',
      'flows[0].deletes': true,
      'flows[0].deletes_within': '30d',
      'flows[0].source_kind': 'cdc',
      'flows[0].processing.batch_writes': true,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: "- 1.2 million orders per hour\n- peak 800 orders/s\n- Avro, fields will be added\n- we can't lose a single order\n- Kafka 3.9 on Strimzi, 5 brokers, 3 zones",
    understood: {
      'cluster.brokers': 5,
      'cluster.racks': 3,
      'cluster.kafka_version': '3.9',
      'cluster.platform': 'strimzi',
      'flows[0].throughput.peak_per_second': 800,
      'flows[0].throughput.average_per_second': 333.33,
      'flows[0].delivery': 'at-least-once',
      'flows[0].schema.format': 'avro',
      'flows[0].schema.evolves': true,
    },
  },
  {
    words: 'Our search indexer writes product updates to OpenSearch in batches; about 300 updates per second; per-product ordering; staging cluster with 3 brokers.',
    understood: {
      name: 'search-service',
      'flows[0].sink': 'search-indexer',
      'flows[0].name': 'product-updates',
      environment: 'staging',
      'cluster.brokers': 3,
      'flows[0].throughput.average_per_second': 300,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'product_id',
      'flows[0].processing.batch_writes': true,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'Two regions with failover, lowest cost wherever possible, at most 3 worker pods, the consumer calls an SMS provider.',
    understood: { 'flows[0].processing.max_instances': 3, 'flows[0].processing.side_effects': 'external-api', 'regions.count': 2, 'regions.mode': 'active-passive', priority: 'cost' },
  },
  {
    words: 'We use the new consumer group protocol with kafka-clients on Spring Boot; 50 ms per message typically, 400 ms at worst; end-to-end latency under 2 seconds.',
    understood: {
      'client.language': 'java',
      'client.library': 'kafka-clients',
      'flows[0].processing.per_message_ms': { p50: 50, p99: 400 },
      'flows[0].latency.end_to_end_p99_ms': 2000,
      'cluster.kafka_version': '4.0',
    },
  },
  {
    words: 'Each pod keeps a local cache of all prices; 10 price updates per second; prices are keyed by symbol and the latest price per symbol is what matters.',
    understood: { 'flows[0].name': 'price-updates', 'flows[0].throughput.peak_per_second': 10, 'flows[0].state': true, 'flows[0].key': 'symbol_id', 'flows[0].consumption': 'every-instance' },
  },
  {
    words: 'An audit log: every entry in one global order, 2000 entries per second on average, 8000 at peak, kept forever, 400 bytes each.',
    understood: {
      name: 'audit-log',
      'flows[0].name': 'audits',
      'flows[0].throughput.peak_per_second': 8000,
      'flows[0].throughput.average_per_second': 2000,
      'flows[0].throughput.message_bytes': 400,
      'flows[0].retention': 'forever',
      'flows[0].ordering': 'global',
    },
  },
  {
    words: "Clickstream from the web frontend, 20k/s at peak, order doesn't matter, fire and forget, 1 KB JSON, retain 12 hours, lowest latency matters most.",
    understood: {
      'flows[0].source': 'web-frontend',
      'flows[0].throughput.peak_per_second': 20000,
      'flows[0].throughput.message_bytes': 1000,
      'flows[0].retention': '12h',
      'flows[0].delivery': 'at-most-once',
      'flows[0].ordering': 'none',
      'flows[0].schema.format': 'json',
      priority: 'latency',
    },
  },
  {
    words: 'Kafka 4.1 self-managed on 6 brokers with 4 TB per broker and tiered storage is available. Logs: 50,000 lines per second, 500 bytes, keep 30 days.',
    understood: {
      'flows[0].name': 'logs',
      'cluster.brokers': 6,
      'cluster.kafka_version': '4.1',
      'cluster.platform': 'self-managed',
      'flows[0].throughput.peak_per_second': 50000,
      'flows[0].throughput.message_bytes': 500,
      'flows[0].retention': '30d',
      'cluster.disk_per_broker': '4TB',
      'cluster.tiered_storage': true,
    },
  },
  {
    words: 'Order events from the checkout service go to the fulfilment worker. Outbox pattern in the same transaction as the order insert. At-least-once, per-order order, Node with kafkajs 2.2.4.',
    understood: {
      name: 'checkout-service',
      'flows[0].name': 'order-events',
      'flows[0].source': 'checkout-service',
      'client.language': 'typescript',
      'client.library': 'kafkajs',
      'flows[0].delivery': 'at-least-once',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'order_id',
      'flows[0].source_kind': 'outbox',
      'client.library_version': '2.2.4',
    },
  },
  {
    words: 'We are new to Kafka. Our email sender gets 6 emails per minute on average. Each email call takes about 300 ms. Duplicates are fine but we must not lose any.',
    understood: {
      name: 'email-service',
      'flows[0].sink': 'email-sender',
      'flows[0].name': 'emails',
      'team.kafka_experience': 'beginner',
      'flows[0].throughput.average_per_second': 0.1,
      'flows[0].processing.per_message_ms': { p50: 300 },
      'flows[0].delivery': 'at-least-once',
    },
  },
  {
    words: 'fraud scoring: typically 150 ms per event, worst case 1.2 s; 5,000 transactions per second at peak; exactly-once; writes the verdict to Postgres; up to 20 consumer instances',
    understood: {
      name: 'fraud-scoring',
      'flows[0].throughput.peak_per_second': 5000,
      'flows[0].processing.per_message_ms': { p50: 150, p99: 1200 },
      'flows[0].delivery': 'exactly-once',
      'flows[0].processing.max_instances': 20,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'Telemetry at 1 million per second on average, payloads are already compressed, 2 KB each, at-most-once, 24 brokers, durability is not a concern but cost is: cost matters most.',
    understood: {
      'cluster.brokers': 24,
      'flows[0].throughput.average_per_second': 1000000,
      'flows[0].throughput.message_bytes': 2000,
      'flows[0].delivery': 'at-most-once',
      priority: 'cost',
      'flows[0].throughput.compression_ratio': 1,
    },
  },
  {
    words: 'Inventory sync: events of one SKU must stay in order; 150 updates/s; the downstream warehouse API is rate limited to 50 calls a second; Java.',
    understood: {
      name: 'inventory-sync',
      'client.language': 'java',
      'flows[0].processing.external_rate_limit_per_second': 50,
      'flows[0].throughput.peak_per_second': 150,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'sku_id',
      'flows[0].processing.side_effects': 'external-api',
    },
  },
  {
    words: 'order per device is needed, devices send 3 KB snapshots, 500 devices, 1 snapshot per minute each',
    understood: {
      'flows[0].throughput.average_per_second': 8.33,
      'flows[0].throughput.message_bytes': 3000,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'device_id',
      'flows[0].throughput.source_instances': 500,
    },
  },
  {
    words: 'Ledger postings, 900 per second peak, order per account, each posting is written to MySQL, never processed twice, Kafka 3.7, confluent-kafka-go.',
    understood: {
      'flows[0].name': 'ledger-postings',
      name: 'ledger-postings',
      'cluster.kafka_version': '3.7',
      'client.language': 'go',
      'client.library': 'confluent-kafka-go',
      'flows[0].throughput.peak_per_second': 900,
      'flows[0].delivery': 'exactly-once',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'account_id',
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: "A small dev setup on Docker Desktop: single broker, one consumer, 10 events per second, order doesn't matter.",
    understood: { environment: 'development', 'cluster.brokers': 1, 'flows[0].throughput.peak_per_second': 10, 'flows[0].ordering': 'none', 'flows[0].processing.max_instances': 1 },
  },
  {
    words: 'We have 12 brokers. Losing a few events when a broker dies is fine. Traffic will double next year. 100k events/s on average, bursts to 300k/s.',
    understood: {
      'cluster.brokers': 12,
      'flows[0].throughput.peak_per_second': 300000,
      'flows[0].throughput.average_per_second': 100000,
      'flows[0].throughput.growth_factor': 2,
      'flows[0].delivery': 'at-most-once',
    },
  },
  {
    words: 'Profile service: consumers rebuild the latest profile per customer; customers can be deleted; 50 MB of profiles in total; 200 updates per second.',
    understood: { name: 'profile-service', 'flows[0].throughput.peak_per_second': 200, 'flows[0].state': true, 'flows[0].key': 'customer_id', 'flows[0].deletes': true },
    notPlaced: ['50 MB of profiles in total'],
  },
  {
    words: 'Active-active across 2 regions for the orders topic, 3,000 orders/s at peak, per-order order, Java, durability first.',
    understood: {
      'client.language': 'java',
      'flows[0].throughput.peak_per_second': 3000,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'order_id',
      'regions.count': 2,
      'regions.mode': 'active-active',
      priority: 'durability',
    },
  },
  {
    words: 'Sensor metrics from 2 million sensors, 5 metrics per second in total per... no wait, the fleet sends 200k metrics/s at peak, 120 bytes each, best effort, keep 2 days, Redpanda.',
    understood: {
      'flows[0].name': 'sensor-metrics',
      'cluster.platform': 'redpanda',
      'flows[0].throughput.peak_per_second': 200000,
      'flows[0].throughput.message_bytes': 120,
      'flows[0].retention': '2d',
      'flows[0].delivery': 'at-most-once',
    },
    notPlaced: ['5 metrics per second in total per'],
  },
  {
    words: 'Our billing worker calls the payment gateway; the gateway allows 20 requests per second; 5 invoices per second on average and 40 at peak; no duplicates and no data loss.',
    understood: {
      name: 'billing-service',
      'flows[0].sink': 'billing-worker',
      'flows[0].name': 'billings',
      'flows[0].processing.external_rate_limit_per_second': 20,
      'flows[0].throughput.peak_per_second': 40,
      'flows[0].throughput.average_per_second': 5,
      'flows[0].delivery': 'exactly-once',
      'flows[0].processing.side_effects': 'external-api',
    },
  },
  {
    words: 'Replicate customer changes from MySQL with Debezium; keyed by customer; 30 changes/s; Confluent Cloud; librdkafka 2.3.0.',
    understood: {
      'flows[0].name': 'customer-changes',
      'cluster.platform': 'confluent-cloud',
      'flows[0].throughput.peak_per_second': 30,
      'flows[0].source_kind': 'cdc',
      'client.library_version': '2.3.0',
      'flows[0].key': 'customer_id',
    },
  },
  {
    words: 'Events are images of 4 MB each, 20 per second, stored in S3 by the consumer, at-least-once.',
    understood: {
      'flows[0].throughput.peak_per_second': 20,
      'flows[0].throughput.message_bytes': 4000000,
      'flows[0].delivery': 'at-least-once',
      'flows[0].throughput.compression_ratio': 1,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'kafka-python consumer, 25 msgs/s, p50 5 ms, p99 40 ms, retention 7 days, JSON schema, the schema never changes.',
    understood: {
      'client.language': 'python',
      'client.library': 'kafka-python',
      'flows[0].throughput.peak_per_second': 25,
      'flows[0].processing.per_message_ms': { p50: 5, p99: 40 },
      'flows[0].retention': '7d',
      'flows[0].schema.format': 'json-schema',
      'flows[0].schema.evolves': false,
    },
  },
  {
    words: 'The trades topic: 50,000 trades per second at peak, the busiest symbol is 40% of all trades, order per symbol, latency within 50 ms, Java.',
    understood: {
      name: 'trades',
      'client.language': 'java',
      'flows[0].throughput.peak_per_second': 50000,
      'flows[0].latency.end_to_end_p99_ms': 50,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'symbol_id',
      'flows[0].throughput.hot_key_share': 0.4,
    },
  },
  {
    words: 'A backfill job replays the last two weeks of orders while live traffic runs at 500 orders/s; protobuf.',
    understood: {
      name: 'backfill-job',
      'flows[0].name': 'backfills',
      environment: 'production',
      'flows[0].throughput.peak_per_second': 500,
      'flows[0].retention': '14d',
      'flows[0].schema.format': 'protobuf',
    },
  },
  {
    words: 'we want to use kafka',
    understood: {},
  },
  {
    words: '2 million orders a day, peaks of 300 orders per second, each order event is about 3 KB, Python, production',
    understood: {
      environment: 'production',
      'client.language': 'python',
      'flows[0].throughput.peak_per_second': 300,
      'flows[0].throughput.average_per_second': 23.15,
      'flows[0].throughput.message_bytes': 3000,
    },
  },
  {
    words: 'The consumer writes each shipment event to Cassandra; 700 shipments per second; 8 consumer instances max; order per shipment.',
    understood: {
      'flows[0].throughput.peak_per_second': 700,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'shipment_id',
      'flows[0].processing.max_instances': 8,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'Game events from players: 15k/s at peak, 5k/s normally, per-player order, Kotlin service, Kafka 3.8, 3 brokers, MSK.',
    understood: {
      'flows[0].name': 'game-events',
      'cluster.brokers': 3,
      'cluster.kafka_version': '3.8',
      'cluster.platform': 'msk',
      'client.language': 'java',
      'flows[0].throughput.peak_per_second': 15000,
      'flows[0].throughput.average_per_second': 5000,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'player_id',
    },
  },
  {
    words: 'A cache of feature flags that every instance needs in full; 1 update per second; 5,000 flags; Go with confluent-kafka-go.',
    understood: { 'client.language': 'go', 'client.library': 'confluent-kafka-go', 'flows[0].throughput.peak_per_second': 1, 'flows[0].consumption': 'every-instance' },
    notPlaced: ['5,000 flags'],
  },
  {
    words: 'Webhook delivery to partner endpoints; HTTP 429s happen when they throttle; 300 webhooks per second; per-partner order; Python.',
    understood: {
      'client.language': 'python',
      'flows[0].throughput.peak_per_second': 300,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'partner_id',
      'flows[0].processing.side_effects': 'external-api',
    },
    notPlaced: ['HTTP 429s happen when they throttle'],
  },
  {
    words: 'Stock levels per warehouse must never be overwritten by older values; 80 updates per second; Postgres sink with upserts in batches.',
    understood: {
      'flows[0].throughput.peak_per_second': 80,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'warehouse_id',
      'flows[0].processing.side_effects': 'database',
      'flows[0].processing.batch_writes': true,
    },
  },
  {
    words: 'Orders from our checkout-service, 250 orders per second at peak, each order must be booked exactly once in our ledger table in Postgres.',
    understood: { 'flows[0].source': 'checkout-service', 'flows[0].throughput.peak_per_second': 250, 'flows[0].delivery': 'exactly-once', 'flows[0].processing.side_effects': 'database' },
  },
  {
    words: 'Our 3-node Kafka cluster on Aiven runs version 3.6; the analytics consumer reads 2,500 page views per second; 600 bytes each; at-least-once.',
    understood: {
      name: 'analytics-service',
      'flows[0].sink': 'analytics-consumer',
      'flows[0].name': 'page-views',
      'cluster.brokers': 3,
      'cluster.kafka_version': '3.6',
      'cluster.platform': 'aiven',
      'flows[0].throughput.peak_per_second': 2500,
      'flows[0].throughput.message_bytes': 600,
      'flows[0].delivery': 'at-least-once',
    },
  },
  {
    words: 'GPS positions from 8,000 vehicles, one position every 5 seconds per vehicle, order per vehicle, keep 7 days, lose a few is acceptable.',
    understood: {
      'flows[0].name': 'gps-positions',
      'flows[0].throughput.average_per_second': 1600,
      'flows[0].retention': '7d',
      'flows[0].delivery': 'at-most-once',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'vehicle_id',
      'flows[0].throughput.source_instances': 8000,
    },
  },
  {
    words: 'log shipping, 30k lines/s, compress about 5x, zstd, retention 14 days, 8 brokers with 2 TB per broker, no tiered storage.',
    understood: {
      name: 'log-shipping',
      'cluster.brokers': 8,
      'flows[0].throughput.peak_per_second': 30000,
      'flows[0].retention': '14d',
      'flows[0].throughput.compression_ratio': 0.2,
      'cluster.disk_per_broker': '2TB',
      'cluster.tiered_storage': false,
    },
    notPlaced: ['zstd'],
  },
  {
    words: 'Exactly-once read-process-write between two topics in Kafka Streams style, 10k records per second, Java, 6 instances.',
    understood: {
      'client.language': 'java',
      'flows[0].throughput.peak_per_second': 10000,
      'flows[0].delivery': 'exactly-once',
      'flows[0].processing.max_instances': 6,
      'flows[0].processing.side_effects': 'kafka',
    },
  },
  {
    words: 'The search index must reflect product deletes too: deleted products are removed from Elasticsearch; 100 product changes/s from a Kafka Connect source connector.',
    understood: {
      'flows[0].name': 'product-changes',
      'flows[0].throughput.peak_per_second': 100,
      'flows[0].deletes': true,
      'flows[0].source_kind': 'connector',
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'Notifications: about 1 million per second. Python. At least once.',
    understood: { name: 'notifications', 'client.language': 'python', 'flows[0].throughput.average_per_second': 1000000, 'flows[0].delivery': 'at-least-once' },
  },
  {
    words: 'Card charges: each charge calls the payment provider API which accepts an idempotency key; 50 charges per second; exactly once; Java with Spring Kafka.',
    understood: {
      'flows[0].name': 'card-charges',
      name: 'card-charges',
      'client.language': 'java',
      'client.library': 'kafka-clients',
      'flows[0].throughput.peak_per_second': 50,
      'flows[0].delivery': 'exactly-once',
      'flows[0].processing.side_effects': 'external-api',
    },
  },
  {
    words: 'we see 3,000 msgs/s normally and bursts up to 12,000 msgs/s; messages around 1.5 KB; order per customer; 4 brokers',
    understood: {
      'cluster.brokers': 4,
      'flows[0].throughput.peak_per_second': 12000,
      'flows[0].throughput.average_per_second': 3000,
      'flows[0].throughput.message_bytes': 1500,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'customer_id',
    },
  },
  {
    words: 'Every change to the accounts table must reach the data warehouse (Snowflake) within 15 minutes; 40 changes/s; Debezium on Postgres.',
    understood: { 'flows[0].throughput.peak_per_second': 40, 'flows[0].latency.end_to_end_p99_ms': 900000, 'flows[0].source_kind': 'cdc', 'flows[0].processing.side_effects': 'database' },
  },
  {
    words: "Sessions service in TypeScript with @confluentinc/kafka-javascript, 900 events per second, each session's events in order, 3 days retention.",
    understood: {
      'client.language': 'typescript',
      'client.library': 'confluent-kafka-javascript',
      'flows[0].throughput.peak_per_second': 900,
      'flows[0].retention': '3d',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'session_id',
    },
  },
  {
    words: 'Audit entries are written in the same transaction as the business row (outbox); 60 per second; order per aggregate; Debezium outbox event router.',
    understood: { 'flows[0].name': 'audit-entries', 'flows[0].throughput.peak_per_second': 60, 'flows[0].ordering': 'per-key', 'flows[0].key': 'aggregate_id', 'flows[0].source_kind': 'outbox' },
  },
  {
    words: 'Machine telemetry at 5 MB/s in total, 250 bytes per reading, order per machine, 10 brokers, on-prem.',
    understood: {
      'cluster.brokers': 10,
      'cluster.platform': 'self-managed',
      'flows[0].throughput.average_per_second': 20000,
      'flows[0].throughput.message_bytes': 250,
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'machine_id',
    },
  },
  {
    words: 'The price feed: 2,000 updates per second, newer prices must not be overwritten by older ones for the same instrument, 3 availability zones.',
    understood: { name: 'price-feed', 'flows[0].name': 'prices', 'cluster.racks': 3, 'flows[0].throughput.peak_per_second': 2000, 'flows[0].ordering': 'per-key', 'flows[0].key': 'instrument_id' },
  },
  {
    words: 'The mobile app sends 12 million events a day from 2 million phones, 400 bytes, order does not matter, at-most-once.',
    understood: {
      name: 'mobile-app',
      'flows[0].name': 'mobiles',
      'flows[0].throughput.average_per_second': 138.89,
      'flows[0].throughput.message_bytes': 400,
      'flows[0].delivery': 'at-most-once',
      'flows[0].ordering': 'none',
      'flows[0].throughput.source_instances': 2000000,
    },
  },
  {
    words: 'Our SMS sender: 30 messages per second at peak, the SMS vendor caps us at 10 per second, per-recipient order, no loss.',
    understood: {
      name: 'sms-service',
      'flows[0].sink': 'sms-sender',
      'flows[0].name': 'sms',
      'flows[0].processing.external_rate_limit_per_second': 10,
      'flows[0].throughput.peak_per_second': 30,
      'flows[0].delivery': 'at-least-once',
      'flows[0].ordering': 'per-key',
      'flows[0].key': 'recipient_id',
    },
  },
  {
    words: 'Inventory reservations: 1,200 per second, each reservation must never be applied twice, writes to DynamoDB, Node.js.',
    understood: {
      'flows[0].name': 'inventory-reservations',
      name: 'inventory-reservations',
      'client.language': 'typescript',
      'flows[0].throughput.peak_per_second': 1200,
      'flows[0].delivery': 'exactly-once',
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'Batch loader writes 20k rows/s to ClickHouse using multi-row inserts; events 300 bytes; at-least-once; Go.',
    understood: {
      name: 'batch-service',
      'flows[0].sink': 'batch-loader',
      'flows[0].name': 'batches',
      'client.language': 'go',
      'flows[0].throughput.peak_per_second': 20000,
      'flows[0].throughput.message_bytes': 300,
      'flows[0].delivery': 'at-least-once',
      'flows[0].processing.batch_writes': true,
      'flows[0].processing.side_effects': 'database',
    },
  },
  {
    words: 'EU and US regions, active-passive with MirrorMaker, 5k events per second, Java.',
    understood: { 'client.language': 'java', 'flows[0].throughput.peak_per_second': 5000, 'regions.count': 2, 'regions.mode': 'active-passive' },
  },
  {
    words: 'Kafka 3.5 on our own cluster with 3 brokers; the reporting consumer needs 1 hour of history; 100 events per second; 2 KB.',
    understood: {
      name: 'reporting-service',
      'flows[0].sink': 'reporting-consumer',
      'flows[0].name': 'reportings',
      'cluster.brokers': 3,
      'cluster.kafka_version': '3.5',
      'cluster.platform': 'self-managed',
      'flows[0].throughput.peak_per_second': 100,
      'flows[0].throughput.message_bytes': 2000,
      'flows[0].retention': '1h',
    },
  },
  {
    words: "We stream user activity (25k/s peak, 8k/s average) for a recommendation model; a user's activity must stay in order; 7 days; Flink reads it too.",
    understood: { 'flows[0].throughput.peak_per_second': 25000, 'flows[0].throughput.average_per_second': 8000, 'flows[0].retention': '7d', 'flows[0].ordering': 'per-key', 'flows[0].key': 'user_id' },
    notPlaced: ['Flink reads it too'],
  },
  {
    words: 'small orders service, 5 orders per second, Python, production, 3 brokers, keep 30 days, the orders are JSON',
    understood: {
      name: 'orders-service',
      environment: 'production',
      'cluster.brokers': 3,
      'client.language': 'python',
      'flows[0].throughput.peak_per_second': 5,
      'flows[0].retention': '30d',
      'flows[0].schema.format': 'json',
    },
  },
  {
    words: 'Kafka with 9 brokers across 3 racks; 2,000 events per second per region in 3 regions; active-active.',
    understood: { 'cluster.brokers': 9, 'cluster.racks': 3, 'flows[0].throughput.peak_per_second': 2000, 'regions.count': 3, 'regions.mode': 'active-active' },
  },
];

describe('ask on a corpus of realistic requests', () => {
  it('has at least 60 requests', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('$words', ({ words, understood, notPlaced = [] }) => {
    const draft = draftFromWords(words);
    expect(requirementsSchema.safeParse(draft.requirements).success).toBe(true);
    expect(Object.fromEntries(draft.understood.map((u) => [u.field, u.value]))).toEqual(understood);
    expect(draft.notPlaced.map((n) => n.words)).toEqual(notPlaced);
    for (const n of draft.notPlaced) expect(n.question).toContain(n.words);
    for (const u of draft.understood) {
      for (const part of u.from.split(' ... ')) expect(words, u.field).toContain(part);
    }
  });
});
