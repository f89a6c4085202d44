// Kafka Connect connector facts: Facts only (names, types, defaults, valid values), read from each project's config definitions at the commit named; follow docUrl for meaning.
import type { ConnectorsFile } from '../connectors.js';

export const CONNECTORS: ConnectorsFile = {
  "framework": {
    "docUrl": "https://kafka.apache.org/documentation/#connectconfigs",
    "common": [
      {
        "name": "config.action.reload",
        "type": "enum",
        "default": "restart",
        "values": [
          "none",
          "restart"
        ]
      },
      {
        "name": "connector.class",
        "type": "string",
        "default": null
      },
      {
        "name": "errors.log.enable",
        "type": "boolean",
        "default": "false"
      },
      {
        "name": "errors.log.include.messages",
        "type": "boolean",
        "default": "false"
      },
      {
        "name": "errors.retry.delay.max.ms",
        "type": "long",
        "default": "60000"
      },
      {
        "name": "errors.retry.timeout",
        "type": "long",
        "default": "0"
      },
      {
        "name": "errors.tolerance",
        "type": "enum",
        "default": "none",
        "values": [
          "none",
          "all"
        ]
      },
      {
        "name": "header.converter",
        "type": "class",
        "default": null
      },
      {
        "name": "key.converter",
        "type": "class",
        "default": null
      },
      {
        "name": "name",
        "type": "string",
        "default": null
      },
      {
        "name": "predicates",
        "type": "list",
        "default": null
      },
      {
        "name": "tasks.max",
        "type": "int",
        "default": "1"
      },
      {
        "name": "tasks.max.enforce",
        "type": "boolean",
        "default": "true"
      },
      {
        "name": "transforms",
        "type": "list",
        "default": null
      },
      {
        "name": "value.converter",
        "type": "class",
        "default": null
      }
    ],
    "sourceSettings": [
      {
        "name": "exactly.once.support",
        "type": "enum",
        "default": "requested",
        "values": [
          "requested",
          "required"
        ]
      },
      {
        "name": "offsets.storage.topic",
        "type": "string",
        "default": null
      },
      {
        "name": "topic.creation.groups",
        "type": "list",
        "default": null
      },
      {
        "name": "transaction.boundary",
        "type": "enum",
        "default": "poll",
        "values": [
          "poll",
          "interval",
          "connector"
        ]
      },
      {
        "name": "transaction.boundary.interval.ms",
        "type": "long",
        "default": null
      }
    ],
    "sinkSettings": [
      {
        "name": "errors.deadletterqueue.context.headers.enable",
        "type": "boolean",
        "default": "false"
      },
      {
        "name": "errors.deadletterqueue.topic.name",
        "type": "string",
        "default": ""
      },
      {
        "name": "errors.deadletterqueue.topic.replication.factor",
        "type": "short",
        "default": "3"
      },
      {
        "name": "topics",
        "type": "list",
        "default": ""
      },
      {
        "name": "topics.regex",
        "type": "string",
        "default": ""
      }
    ],
    "prefixes": [
      "transforms.",
      "predicates.",
      "key.converter.",
      "value.converter.",
      "header.converter.",
      "producer.override.",
      "consumer.override.",
      "admin.override.",
      "topic.creation.",
      "errors.deadletterqueue."
    ],
    "origin": {
      "project": "apache/kafka",
      "version": "4.0.0-SNAPSHOT",
      "commit": "1eb7644349cb07139d6a3c1ad1986979647cac99"
    },
    "workerClients": {
      "note": "What the worker sets on the clients of its tasks before the worker producer.* / consumer.* and connector *.override.* settings (Worker.baseProducerConfigs, baseConsumerConfigs).",
      "producer": {
        "acks": "all",
        "enable.idempotence": "false",
        "max.in.flight.requests.per.connection": "1",
        "delivery.timeout.ms": "2147483647",
        "max.block.ms": "9223372036854775807"
      },
      "consumer": {
        "enable.auto.commit": "false",
        "auto.offset.reset": "earliest",
        "group.id": "connect-${connector}"
      }
    }
  },
  "connectors": [
    {
      "id": "debezium-postgres",
      "kind": "source",
      "class": "io.debezium.connector.postgresql.PostgresConnector",
      "source": {
        "project": "debezium/debezium",
        "version": "3.7.0-SNAPSHOT",
        "commit": "aad5519902997a3627fe296f77ea6d3452e9acce"
      },
      "docUrl": "https://debezium.io/documentation/reference/stable/connectors/postgresql.html",
      "anchor": "postgresql-property-",
      "prefixes": [
        "driver.",
        "column.mask.",
        "column.truncate.",
        "snapshot.select.statement.overrides.",
        "signal.",
        "notification.",
        "snapshot.mode.configuration.based."
      ],
      "settings": [
        {
          "name": "binary.handling.mode",
          "type": "enum",
          "default": "bytes",
          "values": [
            "bytes",
            "base64",
            "base64-url-safe",
            "hex"
          ]
        },
        {
          "name": "column.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "column.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "column.propagate.source.type",
          "type": "list",
          "default": null
        },
        {
          "name": "connection.validation.timeout.ms",
          "type": "long",
          "default": "60000"
        },
        {
          "name": "converters",
          "type": "string",
          "default": null
        },
        {
          "name": "custom.metric.tags",
          "type": "list",
          "default": null
        },
        {
          "name": "database.dbname",
          "type": "string",
          "default": null
        },
        {
          "name": "database.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "database.hostname",
          "type": "string",
          "default": null
        },
        {
          "name": "database.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "database.initial.statements",
          "type": "string",
          "default": null
        },
        {
          "name": "database.password",
          "type": "password",
          "default": null
        },
        {
          "name": "database.port",
          "type": "int",
          "default": "3306"
        },
        {
          "name": "database.query.timeout.ms",
          "type": "int",
          "default": "600000"
        },
        {
          "name": "database.sslcert",
          "type": "string",
          "default": null
        },
        {
          "name": "database.sslfactory",
          "type": "string",
          "default": null
        },
        {
          "name": "database.sslkey",
          "type": "string",
          "default": null
        },
        {
          "name": "database.sslmode",
          "type": "enum",
          "default": "prefer",
          "values": [
            "disable",
            "allow",
            "prefer",
            "require",
            "verify-ca",
            "verify-full"
          ]
        },
        {
          "name": "database.sslpassword",
          "type": "password",
          "default": null
        },
        {
          "name": "database.sslrootcert",
          "type": "string",
          "default": null
        },
        {
          "name": "database.tcpKeepAlive",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "database.user",
          "type": "string",
          "default": null
        },
        {
          "name": "datatype.propagate.source.type",
          "type": "list",
          "default": null
        },
        {
          "name": "decimal.handling.mode",
          "type": "enum",
          "default": "precise",
          "values": [
            "precise",
            "string",
            "double"
          ]
        },
        {
          "name": "errors.max.retries",
          "type": "int",
          "default": "6"
        },
        {
          "name": "event.converting.failure.handling.mode",
          "type": "enum",
          "default": "warn",
          "values": [
            "skip",
            "warn",
            "fail"
          ]
        },
        {
          "name": "event.processing.failure.handling.mode",
          "type": "enum",
          "default": "fail",
          "values": [
            "skip",
            "warn",
            "fail",
            "ignore"
          ]
        },
        {
          "name": "executor.shutdown.timeout.ms",
          "type": "long",
          "default": null
        },
        {
          "name": "extended.headers.enabled",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "field.name.adjustment.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "avro",
            "avro_unicode"
          ]
        },
        {
          "name": "flush.lsn.source",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "guardrail.collections.limit.action",
          "type": "enum",
          "default": "warn",
          "values": [
            "warn",
            "fail"
          ]
        },
        {
          "name": "guardrail.collections.max",
          "type": "int",
          "default": "0"
        },
        {
          "name": "heartbeat.action.query",
          "type": "string",
          "default": null
        },
        {
          "name": "heartbeat.interval.ms",
          "type": "int",
          "default": "0"
        },
        {
          "name": "heartbeat.topics.prefix",
          "type": "string",
          "default": "__debezium-heartbeat"
        },
        {
          "name": "hstore.handling.mode",
          "type": "enum",
          "default": "json",
          "values": [
            "json",
            "map"
          ]
        },
        {
          "name": "include.schema.changes",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "include.schema.comments",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "include.unknown.datatypes",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "incremental.snapshot.allow.schema.changes",
          "type": "boolean",
          "default": null
        },
        {
          "name": "incremental.snapshot.chunk.size",
          "type": "int",
          "default": "1024"
        },
        {
          "name": "incremental.snapshot.watermarking.strategy",
          "type": "enum",
          "default": "INSERT_INSERT",
          "values": [
            "INSERT_INSERT",
            "INSERT_DELETE"
          ]
        },
        {
          "name": "interval.handling.mode",
          "type": "enum",
          "default": "numeric",
          "values": [
            "numeric",
            "string"
          ]
        },
        {
          "name": "legacy.snapshot.max.threads",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "lsn.flush.mode",
          "type": "enum",
          "default": null,
          "values": [
            "connector",
            "manual",
            "connector_and_driver"
          ]
        },
        {
          "name": "lsn.flush.timeout.action",
          "type": "enum",
          "default": "fail",
          "values": [
            "fail",
            "warn",
            "ignore"
          ]
        },
        {
          "name": "lsn.flush.timeout.ms",
          "type": "long",
          "default": "30000"
        },
        {
          "name": "max.batch.size",
          "type": "int",
          "default": "2048"
        },
        {
          "name": "max.queue.size",
          "type": "int",
          "default": "8192"
        },
        {
          "name": "max.queue.size.in.bytes",
          "type": "long",
          "default": "0"
        },
        {
          "name": "message.key.columns",
          "type": "string",
          "default": null
        },
        {
          "name": "message.prefix.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "message.prefix.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "money.fraction.digits",
          "type": "short",
          "default": "2"
        },
        {
          "name": "notification.enabled.channels",
          "type": "list",
          "default": null
        },
        {
          "name": "offset.mismatch.strategy",
          "type": "enum",
          "default": "no_validation",
          "values": [
            "no_validation",
            "trust_offset",
            "trust_slot",
            "trust_greater_lsn"
          ]
        },
        {
          "name": "plugin.name",
          "type": "enum",
          "default": "decoderbufs",
          "values": [
            "pgoutput",
            "decoderbufs"
          ]
        },
        {
          "name": "poll.dispatch.interval.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "poll.interval.ms",
          "type": "long",
          "default": "500"
        },
        {
          "name": "post.processors",
          "type": "string",
          "default": null
        },
        {
          "name": "provide.transaction.metadata",
          "type": "boolean",
          "default": null
        },
        {
          "name": "publication.autocreate.mode",
          "type": "enum",
          "default": "all_tables",
          "values": [
            "disabled",
            "all_tables",
            "filtered",
            "no_tables"
          ]
        },
        {
          "name": "publication.name",
          "type": "string",
          "default": "dbz_publication"
        },
        {
          "name": "publish.via.partition.root",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "query.fetch.size",
          "type": "int",
          "default": "0"
        },
        {
          "name": "queue.provider.type",
          "type": "string",
          "default": "memory"
        },
        {
          "name": "read.only",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "replica.identity.autoset.values",
          "type": "string",
          "default": null
        },
        {
          "name": "retriable.restart.connector.wait.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "schema.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "schema.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "schema.name.adjustment.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "avro",
            "avro_unicode"
          ]
        },
        {
          "name": "schema.refresh.mode",
          "type": "enum",
          "default": "columns_diff",
          "values": [
            "columns_diff",
            "columns_diff_exclude_unchanged_toast"
          ]
        },
        {
          "name": "signal.data.collection",
          "type": "list",
          "default": null
        },
        {
          "name": "signal.emit.failure.backoff.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "signal.emit.failure.max.retries",
          "type": "int",
          "default": "0"
        },
        {
          "name": "signal.enabled.channels",
          "type": "list",
          "default": "source"
        },
        {
          "name": "signal.poll.interval.ms",
          "type": "long",
          "default": "5000"
        },
        {
          "name": "skip.messages.without.change",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "skipped.operations",
          "type": "list",
          "default": "t"
        },
        {
          "name": "slot.drop.on.stop",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "slot.failover",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "slot.max.retries",
          "type": "int",
          "default": "6"
        },
        {
          "name": "slot.name",
          "type": "string",
          "default": "debezium"
        },
        {
          "name": "slot.retry.delay.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "slot.stream.params",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.delay.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "snapshot.fetch.size",
          "type": "int",
          "default": "10240"
        },
        {
          "name": "snapshot.include.collection.list",
          "type": "list",
          "default": null
        },
        {
          "name": "snapshot.isolation.mode",
          "type": "enum",
          "default": "serializable",
          "values": [
            "serializable",
            "repeatable_read",
            "read_committed",
            "read_uncommitted"
          ]
        },
        {
          "name": "snapshot.lock.timeout.ms",
          "type": "long",
          "default": null
        },
        {
          "name": "snapshot.locking.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "shared",
            "none",
            "custom"
          ]
        },
        {
          "name": "snapshot.locking.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.max.threads",
          "type": "int",
          "default": "1"
        },
        {
          "name": "snapshot.max.threads.multiplier",
          "type": "int",
          "default": "1"
        },
        {
          "name": "snapshot.mode",
          "type": "enum",
          "default": "initial",
          "values": [
            "always",
            "initial",
            "no_data",
            "initial_only",
            "when_needed",
            "configuration_based",
            "custom"
          ]
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.data",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.on.data.error",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.on.schema.error",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.schema",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.start.stream",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.query.mode",
          "type": "enum",
          "default": "select_all",
          "values": [
            "select_all",
            "custom"
          ]
        },
        {
          "name": "snapshot.query.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.select.statement.overrides",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.tables.order.by.row.count",
          "type": "enum",
          "default": "disabled",
          "values": [
            "ascending",
            "descending",
            "disabled"
          ]
        },
        {
          "name": "sourceinfo.struct.maker",
          "type": "class",
          "default": null
        },
        {
          "name": "statistics.metrics.enabled",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "status.update.interval.ms",
          "type": "int",
          "default": "10000"
        },
        {
          "name": "streaming.delay.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "table.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "table.ignore.builtin",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "table.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "tasks.max",
          "type": "int",
          "default": "1"
        },
        {
          "name": "time.precision.mode",
          "type": "enum",
          "default": "adaptive_time_microseconds",
          "values": [
            "adaptive_time_microseconds",
            "connect"
          ]
        },
        {
          "name": "tombstones.on.delete",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "topic.naming.strategy",
          "type": "class",
          "default": null
        },
        {
          "name": "topic.prefix",
          "type": "string",
          "default": null
        },
        {
          "name": "transaction.metadata.factory",
          "type": "class",
          "default": null
        },
        {
          "name": "unavailable.value.placeholder",
          "type": "string",
          "default": "__debezium_unavailable_value"
        },
        {
          "name": "xmin.fetch.interval.ms",
          "type": "long",
          "default": "0"
        }
      ]
    },
    {
      "id": "debezium-mysql",
      "kind": "source",
      "class": "io.debezium.connector.mysql.MySqlConnector",
      "source": {
        "project": "debezium/debezium",
        "version": "3.7.0-SNAPSHOT",
        "commit": "aad5519902997a3627fe296f77ea6d3452e9acce"
      },
      "docUrl": "https://debezium.io/documentation/reference/stable/connectors/mysql.html",
      "anchor": "mysql-property-",
      "prefixes": [
        "driver.",
        "column.mask.",
        "column.truncate.",
        "snapshot.select.statement.overrides.",
        "signal.",
        "notification.",
        "snapshot.mode.configuration.based.",
        "schema.history.internal.producer.",
        "schema.history.internal.consumer.",
        "database.history."
      ],
      "settings": [
        {
          "name": "bigint.unsigned.handling.mode",
          "type": "enum",
          "default": "long",
          "values": [
            "precise",
            "long"
          ]
        },
        {
          "name": "binary.handling.mode",
          "type": "enum",
          "default": "bytes",
          "values": [
            "bytes",
            "base64",
            "base64-url-safe",
            "hex"
          ]
        },
        {
          "name": "binlog.buffer.size",
          "type": "int",
          "default": "0"
        },
        {
          "name": "binlog.net.read.timeout",
          "type": "long",
          "default": "0"
        },
        {
          "name": "binlog.net.write.timeout",
          "type": "long",
          "default": "0"
        },
        {
          "name": "column.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "column.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "column.propagate.source.type",
          "type": "list",
          "default": null
        },
        {
          "name": "connect.keep.alive",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "connect.keep.alive.interval.ms",
          "type": "long",
          "default": "60000"
        },
        {
          "name": "connect.timeout.ms",
          "type": "int",
          "default": "30000"
        },
        {
          "name": "connection.validation.timeout.ms",
          "type": "long",
          "default": "60000"
        },
        {
          "name": "converters",
          "type": "string",
          "default": null
        },
        {
          "name": "custom.metric.tags",
          "type": "list",
          "default": null
        },
        {
          "name": "database.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "database.hostname",
          "type": "string",
          "default": null
        },
        {
          "name": "database.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "database.initial.statements",
          "type": "string",
          "default": null
        },
        {
          "name": "database.jdbc.driver",
          "type": "class",
          "default": null
        },
        {
          "name": "database.password",
          "type": "password",
          "default": null
        },
        {
          "name": "database.port",
          "type": "int",
          "default": "3306"
        },
        {
          "name": "database.protocol",
          "type": "string",
          "default": "jdbc:mysql"
        },
        {
          "name": "database.query.timeout.ms",
          "type": "int",
          "default": "600000"
        },
        {
          "name": "database.server.id",
          "type": "long",
          "default": null
        },
        {
          "name": "database.server.id.offset",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "database.ssl.keystore",
          "type": "string",
          "default": null
        },
        {
          "name": "database.ssl.keystore.password",
          "type": "password",
          "default": null
        },
        {
          "name": "database.ssl.mode",
          "type": "string",
          "default": null
        },
        {
          "name": "database.ssl.truststore",
          "type": "string",
          "default": null
        },
        {
          "name": "database.ssl.truststore.password",
          "type": "password",
          "default": null
        },
        {
          "name": "database.user",
          "type": "string",
          "default": null
        },
        {
          "name": "datatype.propagate.source.type",
          "type": "list",
          "default": null
        },
        {
          "name": "ddl.parser.type",
          "type": "enum",
          "default": "default",
          "values": [
            "default",
            "legacy"
          ]
        },
        {
          "name": "decimal.handling.mode",
          "type": "enum",
          "default": "precise",
          "values": [
            "precise",
            "string",
            "double"
          ]
        },
        {
          "name": "enable.time.adjuster",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "errors.max.retries",
          "type": "int",
          "default": "6"
        },
        {
          "name": "event.converting.failure.handling.mode",
          "type": "enum",
          "default": "warn",
          "values": [
            "skip",
            "warn",
            "fail"
          ]
        },
        {
          "name": "event.deserialization.failure.handling.mode",
          "type": "enum",
          "default": "fail",
          "values": [
            "skip",
            "warn",
            "fail",
            "ignore"
          ]
        },
        {
          "name": "event.processing.failure.handling.mode",
          "type": "enum",
          "default": "fail",
          "values": [
            "skip",
            "warn",
            "fail",
            "ignore"
          ]
        },
        {
          "name": "executor.shutdown.timeout.ms",
          "type": "long",
          "default": null
        },
        {
          "name": "extended.headers.enabled",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "field.name.adjustment.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "avro",
            "avro_unicode"
          ]
        },
        {
          "name": "gtid.ignore.on.recovery",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "gtid.source.excludes",
          "type": "string",
          "default": null
        },
        {
          "name": "gtid.source.filter.dml.events",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "gtid.source.includes",
          "type": "list",
          "default": null
        },
        {
          "name": "guardrail.collections.limit.action",
          "type": "enum",
          "default": "warn",
          "values": [
            "warn",
            "fail"
          ]
        },
        {
          "name": "guardrail.collections.max",
          "type": "int",
          "default": "0"
        },
        {
          "name": "heartbeat.action.query",
          "type": "string",
          "default": null
        },
        {
          "name": "heartbeat.interval.ms",
          "type": "int",
          "default": "0"
        },
        {
          "name": "heartbeat.topics.prefix",
          "type": "string",
          "default": "__debezium-heartbeat"
        },
        {
          "name": "include.query",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "include.schema.changes",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "include.schema.comments",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "inconsistent.schema.handling.mode",
          "type": "enum",
          "default": "fail",
          "values": [
            "skip",
            "warn",
            "fail",
            "ignore"
          ]
        },
        {
          "name": "incremental.snapshot.allow.schema.changes",
          "type": "boolean",
          "default": null
        },
        {
          "name": "incremental.snapshot.chunk.size",
          "type": "int",
          "default": "1024"
        },
        {
          "name": "incremental.snapshot.watermarking.strategy",
          "type": "enum",
          "default": "INSERT_INSERT",
          "values": [
            "INSERT_INSERT",
            "INSERT_DELETE"
          ]
        },
        {
          "name": "legacy.snapshot.max.threads",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "max.batch.size",
          "type": "int",
          "default": "2048"
        },
        {
          "name": "max.queue.size",
          "type": "int",
          "default": "8192"
        },
        {
          "name": "max.queue.size.in.bytes",
          "type": "long",
          "default": "0"
        },
        {
          "name": "message.key.columns",
          "type": "string",
          "default": null
        },
        {
          "name": "min.row.count.to.stream.results",
          "type": "int",
          "default": "1000"
        },
        {
          "name": "notification.enabled.channels",
          "type": "list",
          "default": null
        },
        {
          "name": "poll.dispatch.interval.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "poll.interval.ms",
          "type": "long",
          "default": "500"
        },
        {
          "name": "post.processors",
          "type": "string",
          "default": null
        },
        {
          "name": "provide.transaction.metadata",
          "type": "boolean",
          "default": null
        },
        {
          "name": "query.fetch.size",
          "type": "int",
          "default": "0"
        },
        {
          "name": "queue.provider.type",
          "type": "string",
          "default": "memory"
        },
        {
          "name": "read.only",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "resolve.create.table.like.schema",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "retriable.restart.connector.wait.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "schema.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "schema.history.internal",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.connector.class",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.connector.id",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.kafka.bootstrap.servers",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.kafka.buffer.batch.size",
          "type": "int",
          "default": "1024"
        },
        {
          "name": "schema.history.internal.kafka.create.timeout.ms",
          "type": "long",
          "default": "30000"
        },
        {
          "name": "schema.history.internal.kafka.query.timeout.ms",
          "type": "long",
          "default": "3000"
        },
        {
          "name": "schema.history.internal.kafka.recovery.attempts",
          "type": "int",
          "default": "100"
        },
        {
          "name": "schema.history.internal.kafka.recovery.poll.interval.ms",
          "type": "int",
          "default": "100"
        },
        {
          "name": "schema.history.internal.kafka.topic",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.memory.optimization",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.name",
          "type": "string",
          "default": null
        },
        {
          "name": "schema.history.internal.prefer.ddl",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "schema.history.internal.skip.unparseable.ddl",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "schema.history.internal.store.only.captured.databases.ddl",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "schema.history.internal.store.only.captured.tables.ddl",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "schema.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "schema.name.adjustment.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "avro",
            "avro_unicode"
          ]
        },
        {
          "name": "signal.data.collection",
          "type": "list",
          "default": null
        },
        {
          "name": "signal.emit.failure.backoff.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "signal.emit.failure.max.retries",
          "type": "int",
          "default": "0"
        },
        {
          "name": "signal.enabled.channels",
          "type": "list",
          "default": "source"
        },
        {
          "name": "signal.poll.interval.ms",
          "type": "long",
          "default": "5000"
        },
        {
          "name": "skip.messages.without.change",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "skipped.operations",
          "type": "list",
          "default": "t"
        },
        {
          "name": "snapshot.delay.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "snapshot.fetch.size",
          "type": "int",
          "default": "10240"
        },
        {
          "name": "snapshot.include.collection.list",
          "type": "list",
          "default": null
        },
        {
          "name": "snapshot.lock.timeout.ms",
          "type": "long",
          "default": null
        },
        {
          "name": "snapshot.locking.mode",
          "type": "enum",
          "default": "minimal",
          "values": [
            "extended",
            "minimal",
            "minimal_percona",
            "minimal_percona_no_table_locks",
            "none",
            "custom"
          ]
        },
        {
          "name": "snapshot.locking.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.max.threads",
          "type": "int",
          "default": "1"
        },
        {
          "name": "snapshot.max.threads.multiplier",
          "type": "int",
          "default": "1"
        },
        {
          "name": "snapshot.mode",
          "type": "enum",
          "default": "initial",
          "values": [
            "always",
            "when_needed",
            "initial",
            "no_data",
            "recovery",
            "initial_only",
            "configuration_based",
            "custom"
          ]
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.data",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.on.data.error",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.on.schema.error",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.snapshot.schema",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.configuration.based.start.stream",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "snapshot.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.query.mode",
          "type": "enum",
          "default": "select_all",
          "values": [
            "select_all",
            "custom"
          ]
        },
        {
          "name": "snapshot.query.mode.custom.name",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.select.statement.overrides",
          "type": "string",
          "default": null
        },
        {
          "name": "snapshot.tables.order.by.row.count",
          "type": "enum",
          "default": "disabled",
          "values": [
            "ascending",
            "descending",
            "disabled"
          ]
        },
        {
          "name": "sourceinfo.struct.maker",
          "type": "class",
          "default": null
        },
        {
          "name": "statistics.metrics.enabled",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "streaming.delay.ms",
          "type": "long",
          "default": "0"
        },
        {
          "name": "table.exclude.list",
          "type": "list",
          "default": null
        },
        {
          "name": "table.ignore.builtin",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "table.include.list",
          "type": "list",
          "default": null
        },
        {
          "name": "tasks.max",
          "type": "int",
          "default": "1"
        },
        {
          "name": "time.precision.mode",
          "type": "enum",
          "default": "adaptive_time_microseconds",
          "values": [
            "adaptive_time_microseconds",
            "connect"
          ]
        },
        {
          "name": "tombstones.on.delete",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "topic.naming.strategy",
          "type": "class",
          "default": null
        },
        {
          "name": "topic.prefix",
          "type": "string",
          "default": null
        },
        {
          "name": "transaction.metadata.factory",
          "type": "class",
          "default": null
        },
        {
          "name": "unavailable.value.placeholder",
          "type": "string",
          "default": "__debezium_unavailable_value"
        },
        {
          "name": "use.nongraceful.disconnect",
          "type": "boolean",
          "default": "false"
        }
      ]
    },
    {
      "id": "jdbc-sink",
      "kind": "sink",
      "class": "io.confluent.connect.jdbc.JdbcSinkConnector",
      "source": {
        "project": "confluentinc/kafka-connect-jdbc",
        "version": "10.10.0-SNAPSHOT",
        "commit": "388d41d64450940e28911e7e7b60bddfa5c68819"
      },
      "docUrl": "https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html",
      "prefixes": [],
      "settings": [
        {
          "name": "auto.create",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "auto.evolve",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "batch.size",
          "type": "int",
          "default": "2000"
        },
        {
          "name": "connection.attempts",
          "type": "int",
          "default": "3"
        },
        {
          "name": "connection.backoff.ms",
          "type": "long",
          "default": "10000"
        },
        {
          "name": "connection.password",
          "type": "password",
          "default": null
        },
        {
          "name": "connection.url",
          "type": "string",
          "default": null
        },
        {
          "name": "connection.user",
          "type": "string",
          "default": null
        },
        {
          "name": "date.calendar.system",
          "type": "string",
          "default": null
        },
        {
          "name": "date.timezone",
          "type": "enum",
          "default": "db_timezone",
          "values": [
            "db_timezone",
            "utc"
          ]
        },
        {
          "name": "db.timezone",
          "type": "string",
          "default": "UTC"
        },
        {
          "name": "delete.enabled",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "dialect.name",
          "type": "string",
          "default": ""
        },
        {
          "name": "fields.whitelist",
          "type": "list",
          "default": ""
        },
        {
          "name": "insert.mode",
          "type": "enum",
          "default": "insert",
          "values": [
            "insert",
            "upsert",
            "update"
          ]
        },
        {
          "name": "max.retries",
          "type": "int",
          "default": "5"
        },
        {
          "name": "mssql.use.merge.holdlock",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "pk.fields",
          "type": "list",
          "default": ""
        },
        {
          "name": "pk.mode",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "kafka",
            "record_key",
            "record_value"
          ]
        },
        {
          "name": "quote.sql.identifiers",
          "type": "enum",
          "default": "always",
          "values": [
            "always",
            "never"
          ]
        },
        {
          "name": "replace.null.with.default",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "retry.backoff.ms",
          "type": "int",
          "default": "100"
        },
        {
          "name": "string.output.value.column.name",
          "type": "string",
          "default": "record_value"
        },
        {
          "name": "table.name.format",
          "type": "string",
          "default": "${topic}"
        },
        {
          "name": "table.types",
          "type": "list",
          "default": null
        },
        {
          "name": "timestamp.fields.list",
          "type": "list",
          "default": ""
        },
        {
          "name": "timestamp.precision.mode",
          "type": "enum",
          "default": "microseconds",
          "values": [
            "microseconds",
            "nanoseconds"
          ]
        }
      ]
    },
    {
      "id": "elasticsearch-sink",
      "kind": "sink",
      "class": "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",
      "caseInsensitiveValues": true,
      "source": {
        "project": "confluentinc/kafka-connect-elasticsearch",
        "version": "15.2.0-SNAPSHOT",
        "commit": "19306d456b9f65ec4b8e9ad8f0656ae135ee8a89"
      },
      "docUrl": "https://docs.confluent.io/kafka-connectors/elasticsearch/current/configuration_options.html",
      "prefixes": [],
      "settings": [
        {
          "name": "batch.size",
          "type": "int",
          "default": "2000"
        },
        {
          "name": "behavior.on.malformed.documents",
          "type": "enum",
          "default": "fail",
          "values": [
            "ignore",
            "warn",
            "fail"
          ]
        },
        {
          "name": "behavior.on.null.values",
          "type": "enum",
          "default": "fail",
          "values": [
            "ignore",
            "delete",
            "fail"
          ]
        },
        {
          "name": "bulk.size.bytes",
          "type": "long",
          "default": "5242880"
        },
        {
          "name": "compact.map.entries",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "connection.compression",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "connection.password",
          "type": "password",
          "default": null
        },
        {
          "name": "connection.timeout.ms",
          "type": "int",
          "default": null
        },
        {
          "name": "connection.url",
          "type": "list",
          "default": null
        },
        {
          "name": "connection.username",
          "type": "string",
          "default": null
        },
        {
          "name": "data.stream.dataset",
          "type": "string",
          "default": ""
        },
        {
          "name": "data.stream.namespace",
          "type": "string",
          "default": "${topic}"
        },
        {
          "name": "data.stream.timestamp.field",
          "type": "list",
          "default": ""
        },
        {
          "name": "data.stream.type",
          "type": "enum",
          "default": "none",
          "values": [
            "logs",
            "metrics",
            "none"
          ]
        },
        {
          "name": "drop.invalid.message",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "elastic.security.protocol",
          "type": "string",
          "default": null
        },
        {
          "name": "external.resource.usage",
          "type": "string",
          "default": null
        },
        {
          "name": "external.version.header",
          "type": "string",
          "default": ""
        },
        {
          "name": "flush.synchronously",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "flush.timeout.ms",
          "type": "long",
          "default": "180000"
        },
        {
          "name": "kerberos.keytab.path",
          "type": "string",
          "default": null
        },
        {
          "name": "kerberos.user.principal",
          "type": "string",
          "default": null
        },
        {
          "name": "key.ignore",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "linger.ms",
          "type": "long",
          "default": "1"
        },
        {
          "name": "max.buffered.records",
          "type": "int",
          "default": "20000"
        },
        {
          "name": "max.connection.idle.time.ms",
          "type": "int",
          "default": null
        },
        {
          "name": "max.external.resource.mappings",
          "type": "int",
          "default": "15"
        },
        {
          "name": "max.in.flight.requests",
          "type": "int",
          "default": "5"
        },
        {
          "name": "max.retries",
          "type": "int",
          "default": "5"
        },
        {
          "name": "proxy.host",
          "type": "string",
          "default": ""
        },
        {
          "name": "proxy.password",
          "type": "password",
          "default": null
        },
        {
          "name": "proxy.port",
          "type": "int",
          "default": "8080"
        },
        {
          "name": "proxy.username",
          "type": "string",
          "default": ""
        },
        {
          "name": "read.timeout.ms",
          "type": "int",
          "default": null
        },
        {
          "name": "retry.backoff.ms",
          "type": "long",
          "default": "100"
        },
        {
          "name": "schema.ignore",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "topic.key.ignore",
          "type": "list",
          "default": ""
        },
        {
          "name": "topic.schema.ignore",
          "type": "list",
          "default": ""
        },
        {
          "name": "topic.to.external.resource.mapping",
          "type": "list",
          "default": ""
        },
        {
          "name": "use.autogenerated.ids",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "write.method",
          "type": "enum",
          "default": "insert",
          "values": [
            "insert",
            "upsert"
          ]
        }
      ]
    },
    {
      "id": "s3-sink",
      "kind": "sink",
      "class": "io.confluent.connect.s3.S3SinkConnector",
      "caseInsensitiveValues": true,
      "source": {
        "project": "confluentinc/kafka-connect-storage-cloud",
        "version": "12.2.0-SNAPSHOT",
        "commit": "87eb7d3909263411a482664bb167d1ebe6a9c7c4",
        "also": "confluentinc/kafka-connect-storage-common 12.0.0-SNAPSHOT 9bb1f372d8d388005fbeee3b9c2fde6b545274ec"
      },
      "docUrl": "https://docs.confluent.io/kafka-connectors/s3-sink/current/configuration_options.html",
      "prefixes": [
        "s3.",
        "parquet.",
        "avro.",
        "format."
      ],
      "settings": [
        {
          "name": "allow.optional.map.keys",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "avro.codec",
          "type": "string",
          "default": "null"
        },
        {
          "name": "aws.access.key.id",
          "type": "string",
          "default": ""
        },
        {
          "name": "aws.secret.access.key",
          "type": "password",
          "default": null
        },
        {
          "name": "behavior.on.null.values",
          "type": "enum",
          "default": "fail",
          "values": [
            "ignore",
            "fail",
            "write"
          ]
        },
        {
          "name": "connect.meta.data",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "directory.delim",
          "type": "string",
          "default": "/"
        },
        {
          "name": "enable.conditional.writes",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "enhanced.avro.schema.support",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "file.delim",
          "type": "string",
          "default": ""
        },
        {
          "name": "filename.offset.zero.pad.width",
          "type": "int",
          "default": "10"
        },
        {
          "name": "flush.size",
          "type": "int",
          "default": null
        },
        {
          "name": "format.bytearray.extension",
          "type": "string",
          "default": ".bin"
        },
        {
          "name": "format.bytearray.separator",
          "type": "string",
          "default": null
        },
        {
          "name": "format.class",
          "type": "class",
          "default": null
        },
        {
          "name": "headers.format.class",
          "type": "class",
          "default": null
        },
        {
          "name": "json.decimal.format",
          "type": "string",
          "default": null
        },
        {
          "name": "keys.format.class",
          "type": "class",
          "default": null
        },
        {
          "name": "locale",
          "type": "string",
          "default": ""
        },
        {
          "name": "max.write.duration.ms",
          "type": "long",
          "default": "9223372036854775807"
        },
        {
          "name": "parquet.codec",
          "type": "string",
          "default": "snappy"
        },
        {
          "name": "partition.duration.ms",
          "type": "long",
          "default": "-1"
        },
        {
          "name": "partition.field.name",
          "type": "list",
          "default": ""
        },
        {
          "name": "partitioner.class",
          "type": "class",
          "default": "io.confluent.connect.storage.partitioner.DefaultPartitioner"
        },
        {
          "name": "path.format",
          "type": "string",
          "default": ""
        },
        {
          "name": "report.null.values.to.dlq",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "retry.backoff.ms",
          "type": "long",
          "default": "5000"
        },
        {
          "name": "rotate.file.on.partition.change",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "rotate.interval.ms",
          "type": "long",
          "default": "-1"
        },
        {
          "name": "rotate.schedule.interval.ms",
          "type": "long",
          "default": "-1"
        },
        {
          "name": "s3.acl.canned",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.bucket.name",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.compression.level",
          "type": "int",
          "default": null
        },
        {
          "name": "s3.compression.type",
          "type": "enum",
          "default": "none",
          "values": [
            "none",
            "gzip"
          ]
        },
        {
          "name": "s3.elastic.buffer.enable",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "s3.elastic.buffer.init.capacity",
          "type": "int",
          "default": null
        },
        {
          "name": "s3.http.send.expect.continue",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "s3.object.behavior.on.tagging.error",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.object.tagging",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "s3.object.tagging.key.value.pairs",
          "type": "list",
          "default": ""
        },
        {
          "name": "s3.part.retries",
          "type": "int",
          "default": "3"
        },
        {
          "name": "s3.part.size",
          "type": "int",
          "default": null
        },
        {
          "name": "s3.path.style.access.enabled",
          "type": "boolean",
          "default": "true"
        },
        {
          "name": "s3.proxy.password",
          "type": "password",
          "default": null
        },
        {
          "name": "s3.proxy.url",
          "type": "string",
          "default": ""
        },
        {
          "name": "s3.proxy.user",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.region",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.retry.backoff.ms",
          "type": "long",
          "default": "200"
        },
        {
          "name": "s3.schema.partition.affix.type",
          "type": "string",
          "default": null
        },
        {
          "name": "s3.send.digest",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "s3.sse.customer.key",
          "type": "password",
          "default": null
        },
        {
          "name": "s3.sse.kms.key.id",
          "type": "string",
          "default": ""
        },
        {
          "name": "s3.ssea.name",
          "type": "string",
          "default": ""
        },
        {
          "name": "s3.wan.mode",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "schema.compatibility",
          "type": "string",
          "default": "NONE"
        },
        {
          "name": "shutdown.timeout.ms",
          "type": "long",
          "default": "3000"
        },
        {
          "name": "storage.class",
          "type": "class",
          "default": null
        },
        {
          "name": "store.kafka.headers",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "store.kafka.keys",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "store.url",
          "type": "string",
          "default": null
        },
        {
          "name": "timestamp.extractor",
          "type": "string",
          "default": "Wallclock"
        },
        {
          "name": "timestamp.field",
          "type": "string",
          "default": "timestamp"
        },
        {
          "name": "timezone",
          "type": "string",
          "default": ""
        },
        {
          "name": "tombstone.encoded.partition",
          "type": "string",
          "default": "tombstone"
        },
        {
          "name": "topics.dir",
          "type": "string",
          "default": "topics"
        }
      ]
    }
  ],
  "transforms": [
    {
      "id": "debezium-outbox-router",
      "class": "io.debezium.transforms.outbox.EventRouter",
      "source": {
        "project": "debezium/debezium",
        "version": "3.7.0-SNAPSHOT",
        "commit": "aad5519902997a3627fe296f77ea6d3452e9acce"
      },
      "docUrl": "https://debezium.io/documentation/reference/stable/transformations/outbox-event-router.html",
      "settings": [
        {
          "name": "route.by.field",
          "type": "string",
          "default": "aggregatetype"
        },
        {
          "name": "route.tombstone.on.empty.payload",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "route.topic.regex",
          "type": "string",
          "default": "(?<routedByValue>.*)"
        },
        {
          "name": "route.topic.replacement",
          "type": "string",
          "default": "outbox.event.${routedByValue}"
        },
        {
          "name": "table.expand.json.payload",
          "type": "boolean",
          "default": "false"
        },
        {
          "name": "table.field.additional.missing",
          "type": "enum",
          "default": "error",
          "values": [
            "error",
            "ignore"
          ]
        },
        {
          "name": "table.field.event.id",
          "type": "string",
          "default": "id"
        },
        {
          "name": "table.field.event.key",
          "type": "string",
          "default": "aggregateid"
        },
        {
          "name": "table.field.event.payload",
          "type": "string",
          "default": "payload"
        },
        {
          "name": "table.field.event.schema.version",
          "type": "string",
          "default": null
        },
        {
          "name": "table.field.event.timestamp",
          "type": "string",
          "default": null
        },
        {
          "name": "table.field.event.type",
          "type": "string",
          "default": "type"
        },
        {
          "name": "table.fields.additional.placement",
          "type": "list",
          "default": null
        },
        {
          "name": "table.json.payload.empty.array.behavior",
          "type": "enum",
          "default": "ignore",
          "values": [
            "ignore",
            "optional_string"
          ]
        },
        {
          "name": "table.json.payload.null.behavior",
          "type": "enum",
          "default": "ignore",
          "values": [
            "ignore",
            "optional_bytes"
          ]
        },
        {
          "name": "table.op.invalid.behavior",
          "type": "enum",
          "default": "warn",
          "values": [
            "warn",
            "error",
            "fatal"
          ]
        }
      ]
    }
  ]
};
