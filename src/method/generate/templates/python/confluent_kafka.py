"""Python for confluent-kafka: helpers and the parts of main that do not depend on the design.
Checked by the tests with python3 -m py_compile."""

# @section sendAside
def send_aside(producer, topic, msg, reason):
    headers = list(msg.headers() or []) + [
        ("error.reason", str(reason).encode("utf-8")),
        ("source.topic", msg.topic().encode("utf-8")),
        ("source.partition", str(msg.partition()).encode("utf-8")),
        ("source.offset", str(msg.offset()).encode("utf-8")),
    ]
    errors = []
    producer.produce(topic, key=msg.key(), value=msg.value(), headers=headers,
                     on_delivery=lambda err, _m: errors.append(err) if err else None)
    # The offset is committed only after the record is safe in the side topic.
    if producer.flush(30) or errors:
        raise KafkaException(errors[0] if errors else KafkaError(KafkaError._MSG_TIMED_OUT))

# @end

# @section nextOffsets
def next_offsets(msgs):
    """The offset to commit per partition: one past the last record of the batch."""
    last = {}
    for m in msgs:
        last[(m.topic(), m.partition())] = max(last.get((m.topic(), m.partition()), -1), m.offset())
    return [TopicPartition(t, p, o + 1) for (t, p), o in last.items()]

# @end

# @section firstOffsets
def first_offsets(msgs):
    first = {}
    for m in msgs:
        first.setdefault((m.topic(), m.partition()), m.offset())
    return [TopicPartition(t, p, o) for (t, p), o in first.items()]

# @end

# @section lanes
class Lanes:
    # @slot doc

    def __init__(self, count, work):
        self.queues = [queue.Queue(maxsize=BATCH_SIZE) for _ in range(count)]
        self.work = work
        self.lock = threading.Lock()
        self.in_flight = {}  # (topic, partition) -> offsets handed to lanes, in order
        self.finished = {}  # (topic, partition) -> offsets whose handling finished
        self.error = None
        # @slot turn
        self.threads = [threading.Thread(target=self._run, args=(q,), daemon=True) for q in self.queues]
        for t in self.threads:
            t.start()

    def submit(self, msg):
        if self.error is not None:
            raise self.error
        with self.lock:
            self.in_flight.setdefault((msg.topic(), msg.partition()), collections.deque()).append(msg.offset())
        # @slot lane
        # A full lane blocks here, which keeps memory bounded while its handler catches up.
        self.queues[lane].put(msg)

    def _run(self, lane):
        while True:
            msg = lane.get()
            try:
                if msg is None:
                    return
                if self.error is None:
                    self.work(msg)
                    with self.lock:
                        self.finished.setdefault((msg.topic(), msg.partition()), set()).add(msg.offset())
            except Exception as e:  # stop the consumer; the record stays uncommitted
                self.error = e
            finally:
                lane.task_done()

    def drain(self):
        """Waits until every handed-out record was handled."""
        for lane in self.queues:
            lane.join()
        if self.error is not None:
            raise self.error

    def committable(self, partitions=None):
        offsets = []
        with self.lock:
            for (topic, partition), handed in self.in_flight.items():
                if partitions is not None and (topic, partition) not in partitions:
                    continue
                done = self.finished.get((topic, partition), set())
                last = None
                while handed and handed[0] in done:
                    last = handed.popleft()
                    done.discard(last)
                if last is not None:
                    offsets.append(TopicPartition(topic, partition, last + 1))
        return offsets

    def forget(self, partitions):
        with self.lock:
            for tp in partitions:
                self.in_flight.pop(tp, None)
                self.finished.pop(tp, None)

    def stop(self):
        for lane in self.queues:
            lane.put(None)
        for t in self.threads:
            t.join()

# @end

# @section producer
failures = []


def on_delivery(err, msg):
    # Every record is checked: a failed delivery makes the program exit non-zero.
    if err is not None:
        failures.append(err)
        print(f"delivery failed for key {msg.key()}: {err}", file=sys.stderr)


def main():
    producer = Producer(PRODUCER_CONFIG)
    # @slot loop
    # flush() waits for every outstanding delivery report before exiting.
    remaining = producer.flush(30)
    if remaining or failures:
        print(f"{len(failures)} failed, {remaining} undelivered", file=sys.stderr)
        return 1
    return 0

# @end


def produce_one():
    # @section send
    event_id = str(uuid.uuid4())
    # @slot key
    event = {
        "event_id": event_id,
        # @slot keyField
        "seq": seq,
        "created_at": int(time.time() * 1000),
    }
    while True:
        try:
            producer.produce(
                TOPIC,
                # @slot keyArg
                value=encode_value(event),
                headers=[("event_id", event_id.encode("utf-8"))],
                on_delivery=on_delivery,
            )
            break
        except BufferError:
            # The local queue is full: serve delivery reports until there is room.
            producer.poll(0.5)
    producer.poll(0)

    # @end


def main():
    # @section transactions
    # Each batch is one transaction: consumers reading committed data see all of it or none.
    producer.init_transactions()
    start = 0
    while running and start < MESSAGE_COUNT:
        batch = range(start, min(start + TRANSACTION_SIZE, MESSAGE_COUNT))
        producer.begin_transaction()
        try:
            for seq in batch:
                pass  # @slot send
            producer.commit_transaction()
        except KafkaException as e:
            if not e.args[0].txn_requires_abort():
                raise
            # The transaction cannot commit: abort it and send the same batch again.
            producer.abort_transaction()
            continue
        start = batch.stop

    # @end

    # @section plainLoop
    for seq in range(MESSAGE_COUNT):
        if not running:
            break
        # @slot send

    # @end

    # @section atMostOnceLoop
    handled = 0
    try:
        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):
            msgs = consumer.consume(num_messages=BATCH_SIZE, timeout=1.0)
            good = [m for m in msgs if not m.error()]
            if good:
                # At-most-once: the offsets are committed before processing, so a crash skips the
                # batch rather than repeating it.
                consumer.commit(offsets=next_offsets(good), asynchronous=False)
            for msg in good:
                handle(msg, None)
                handled += 1
                if not running or (MAX_MESSAGES and handled >= MAX_MESSAGES):
                    break
    finally:
        consumer.close()

    # @end

    # @section atLeastOnceLoop
    done = {}  # (topic, partition) -> offset after the last processed record

    def commit_done(partitions=None):
        offsets = [TopicPartition(t, p, o) for (t, p), o in done.items() if partitions is None or (t, p) in partitions]
        if offsets:
            consumer.commit(offsets=offsets, asynchronous=False)
            for tp in offsets:
                done.pop((tp.topic, tp.partition), None)

    def on_revoke(_consumer, partitions):
        # Commit what was processed before the partitions move to another instance.
        commit_done({(p.topic, p.partition) for p in partitions})

    consumer.subscribe([TOPIC], on_revoke=on_revoke)
    handled = 0
    try:
        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):
            msgs = consumer.consume(num_messages=BATCH_SIZE, timeout=1.0)
            for msg in msgs:
                if msg.error():
                    if msg.error().fatal():
                        raise KafkaException(msg.error())
                    print(f"consumer error: {msg.error()}", file=sys.stderr)
                    continue
                handle(msg, side_producer)
                # At-least-once: a record counts as done only after it was processed.
                done[(msg.topic(), msg.partition())] = msg.offset() + 1
                handled += 1
                if not running or (MAX_MESSAGES and handled >= MAX_MESSAGES):
                    break
            commit_done()
    finally:
        commit_done()
        consumer.close()  # leaves the group at once, so its partitions are reassigned without waiting
        if side_producer is not None:
            side_producer.flush(30)

    # @end

    # @section processorLoop
    producer = Producer(PRODUCER_CONFIG)
    producer.init_transactions()
    consumer.subscribe([TOPIC])
    handled = 0
    try:
        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):
            msgs = [m for m in consumer.consume(num_messages=BATCH_SIZE, timeout=1.0) if not m.error()]
            if not msgs:
                continue
            # Results and input offsets commit together in one transaction, or not at all.
            producer.begin_transaction()
            try:
                for msg in msgs:
                    event = decode_value(msg.value())
                    result = transform(event)
                    # @slot produce
                    producer.poll(0)
                producer.send_offsets_to_transaction(next_offsets(msgs), consumer.consumer_group_metadata())
                producer.commit_transaction()
                handled += len(msgs)
            except KafkaException as e:
                if not e.args[0].txn_requires_abort():
                    raise
                # Abort, then rewind to the first record of the batch so it is processed again.
                producer.abort_transaction()
                for tp in first_offsets(msgs):
                    consumer.seek(tp)
    finally:
        consumer.close()
        producer.flush(30)

    # @end

    # @section parallelLoop
    lanes = Lanes(HANDLERS, lambda msg: handle(msg, side_producer))

    def commit(offsets):
        if offsets:
            consumer.commit(offsets=offsets, asynchronous=False)

    # @slot subscribe
    handed = 0
    try:
        while running and not (MAX_MESSAGES and handed >= MAX_MESSAGES):
            msgs = []
            for msg in consumer.consume(num_messages=BATCH_SIZE, timeout=1.0):
                if not msg.error():
                    msgs.append(msg)
                elif msg.error().fatal():
                    raise KafkaException(msg.error())
                else:
                    print(f"consumer error: {msg.error()}", file=sys.stderr)
            # @slot commitFirst
            for msg in msgs:
                lanes.submit(msg)
                handed += 1
                if not running or (MAX_MESSAGES and handed >= MAX_MESSAGES):
                    break
            # @slot commitProgress
        lanes.drain()
    finally:
        # @slot commitLast
        lanes.stop()
        consumer.close()  # leaves the group at once, so its partitions are reassigned without waiting
        if side_producer is not None:
            side_producer.flush(30)

    # @end
