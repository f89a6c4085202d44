"""Python for kafka-python: helpers and the parts of main that do not depend on the design.
Checked by the tests with python3 -m py_compile."""

# @section committedOffset
def committed(offset):
    # kafka-python 2.0 builds OffsetAndMetadata(offset, metadata); later versions add leader_epoch.
    extra = (-1,) if "leader_epoch" in OffsetAndMetadata._fields else ()
    return OffsetAndMetadata(offset, "", *extra)

# @end

# @section sendAside
def send_aside(producer, topic, msg, reason):
    """Moves a record to a side topic (dead letters, pending retries) and waits until it is stored."""
    headers = list(msg.headers or []) + [
        ("error.reason", str(reason).encode("utf-8")),
        ("source.topic", msg.topic.encode("utf-8")),
        ("source.partition", str(msg.partition).encode("utf-8")),
        ("source.offset", str(msg.offset).encode("utf-8")),
    ]
    # The offset is committed only after the record is safe in the side topic.
    producer.send(topic, key=msg.key, value=msg.value, headers=headers).get(timeout=30)

# @end

# @section producer
failures = []


def on_error(exc):
    # Every record is checked: a failed delivery makes the program exit non-zero.
    failures.append(exc)
    print(f"delivery failed: {exc}", file=sys.stderr)


def main():
    producer = KafkaProducer(**PRODUCER_CONFIG)
    for seq in range(MESSAGE_COUNT):
        if not running:
            break
        # @slot send
    # flush() waits for every outstanding send before exiting.
    producer.flush(timeout=30)
    producer.close()
    return 1 if failures else 0

# @end


def produce_one():
    # @section send
    event_id = str(uuid.uuid4())
    # @slot key
    # @slot event
    # send() waits (up to max_block_ms) when the local buffer is full.
    producer.send(
        TOPIC,
        # @slot keyArg
        value=encode_value(event),
        headers=[("event_id", event_id.encode("utf-8"))],
    ).add_errback(on_error)

    # @end


def main():
    # @section atMostOnceLoop
    consumer.subscribe([TOPIC])
    handled = 0
    try:
        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):
            batches = consumer.poll(timeout_ms=1000, max_records=BATCH_SIZE)
            if batches:
                # At-most-once: the offsets are committed before processing, so a crash skips the
                # batch rather than repeating it.
                consumer.commit(offsets={tp: committed(records[-1].offset + 1) for tp, records in batches.items()})
            for records in batches.values():
                for msg in records:
                    handle(msg, None)
                    handled += 1
    finally:
        consumer.close(autocommit=False)

    # @end

    # @section atLeastOnceLoop
    done = {}  # TopicPartition -> offset after the last processed record

    def commit_done(partitions=None):
        offsets = {tp: committed(o) for tp, o in done.items() if partitions is None or tp in partitions}
        if offsets:
            consumer.commit(offsets=offsets)
            for tp in offsets:
                done.pop(tp, None)

    class CommitOnRevoke(ConsumerRebalanceListener):
        def on_partitions_revoked(self, revoked):
            # Commit what was processed before the partitions move to another instance.
            commit_done(set(revoked))

        def on_partitions_assigned(self, assigned):
            pass

    consumer.subscribe([TOPIC], listener=CommitOnRevoke())
    handled = 0
    try:
        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):
            batches = consumer.poll(timeout_ms=1000, max_records=BATCH_SIZE)
            for tp, records in batches.items():
                for msg in records:
                    if not running or (MAX_MESSAGES and handled >= MAX_MESSAGES):
                        break
                    handle(msg, side_producer)
                    # At-least-once: a record counts as done only after it was processed.
                    done[tp] = msg.offset + 1
                    handled += 1
            commit_done()
    finally:
        commit_done()
        consumer.close(autocommit=False)  # leaves the group at once, so its partitions are reassigned
        if side_producer is not None:
            side_producer.close()

    # @end
