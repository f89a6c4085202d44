// Java for kafka-clients: helpers and the parts of main that do not depend on the design. $V
// stands for the record value type (byte[] for JSON, GenericRecord for Avro) and $sideProducer for
// the side producer (or null). Parsed with java-parser in the tests.
package templates;

final class KafkaClients<$V> {
  // @section env
  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  // @end

  // @section jsonCodec
  static final ObjectMapper JSON = new ObjectMapper();

  static byte[] encodeValue(Map<String, Object> event) throws IOException {
    return JSON.writeValueAsBytes(event);
  }

  /** A null value is a tombstone: the key was deleted. */
  static Map<String, Object> decodeValue(byte[] data) throws IOException {
    return data == null ? null : JSON.readValue(data, new TypeReference<Map<String, Object>>() {});
  }

  // @end

  // @section errorTypes
  /** Processing failed for a passing reason (timeout, 503): retrying may succeed. */
  static final class TransientException extends RuntimeException {
    TransientException(String message) { super(message); }
  }

  /** Processing can never succeed for this record (bad data): retrying is pointless. */
  static final class PermanentException extends RuntimeException {
    PermanentException(String message) { super(message); }
  }

  // @end

  // @section seenEvents
  /**
   * Event ids already processed. Redelivery after a rebalance or crash is normal under
   * at-least-once; skipping seen ids makes processing idempotent. In production keep the ids in the
   * same database transaction as the side effect (a unique key on event_id).
   */
  static final Set<String> SEEN_EVENTS = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 100_000;
    }
  }));

  // @end

  // @section rateLimiter
  /** Keeps calls under the downstream limit: waits for a slot instead of being throttled. */
  static long nextSlotNanos = System.nanoTime();
  static synchronized void acquireRate() throws InterruptedException {
    if (RATE_LIMIT_PER_SECOND <= 0) return;
    long now = System.nanoTime();
    if (nextSlotNanos > now) Thread.sleep((nextSlotNanos - now) / 1_000_000);
    nextSlotNanos = Math.max(nextSlotNanos, now) + (long) (1_000_000_000L / RATE_LIMIT_PER_SECOND);
  }

  // @end

  // @section compactedState
  /** The topic is compacted state: the latest value per key. A tombstone (null value) deletes the key. */
  static final Map<String, Map<String, Object>> STATE = Collections.synchronizedMap(new HashMap<>());

  // @end

  // @section process
  static String header(ConsumerRecord<?, ?> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** Your business logic. Throw TransientException or PermanentException when it fails. */
  static void process(String key, Map<String, Object> event, ConsumerRecord<?, ?> record) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("key", key);
    line.put("seq", event == null ? null : event.get("seq"));
    line.put("event_id", event == null ? null : event.get("event_id"));
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    System.out.println(line);
  }

  // @end

  // @section sendAside
  /** Moves a record to a side topic (dead letters, pending retries) and waits until it is stored. */
  static void sendAside(KafkaProducer<String, $V> producer, String topic, ConsumerRecord<String, $V> record, Exception reason) throws Exception {
    ProducerRecord<String, $V> aside = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
    aside.headers().add("error.reason", String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
    aside.headers().add("source.topic", record.topic().getBytes(StandardCharsets.UTF_8));
    aside.headers().add("source.partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
    aside.headers().add("source.offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
    // The offset is committed only after the record is safe in the side topic.
    producer.send(aside).get();
  }

  // @end

  // @section handle
  static void handle(ConsumerRecord<String, $V> record, KafkaProducer<String, $V> sideProducer) throws Exception {
    String key = record.key();
    Map<String, Object> event = decodeValue(record.value());
    // @slot skipSeen
    // @slot updateState
    // @slot waitForRate
    try {
      // @slot process
    } catch (PermanentException e) {
      // @slot permanent
    } catch (TransientException e) {
      // @slot transient
    }
    // @slot remember
  }

  // @end

  // @section parallel
  // @slot doc
  static void handleInParallel(List<ConsumerRecord<String, $V>> batch, ExecutorService handlers, KafkaProducer<String, $V> sideProducer) throws Exception {
    Map<String, List<ConsumerRecord<String, $V>>> chains = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      // @slot lane
      chains.computeIfAbsent(lane, k -> new ArrayList<>()).add(batch.get(i));
    }
    List<Future<?>> running = new ArrayList<>();
    for (List<ConsumerRecord<String, $V>> chain : chains.values()) {
      running.add(handlers.submit(() -> {
        for (ConsumerRecord<String, $V> record : chain) handle(record, sideProducer);
        return null;
      }));
    }
    Exception first = null;
    for (Future<?> chain : running) {
      try {
        chain.get();
      } catch (ExecutionException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }

  // @end

  // @section nextOffsets
  /** The offsets to commit: one past the last record of each partition in the batch. */
  static Map<TopicPartition, OffsetAndMetadata> nextOffsets(Iterable<? extends ConsumerRecord<?, ?>> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<?, ?> record : records) {
      offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
          (a, b) -> a.offset() >= b.offset() ? a : b);
    }
    return offsets;
  }

  // @end

  void statements() throws Exception {
    // @section retryInPlace
      // Retry passing failures in place, briefly: the partition waits, so order per key holds.
      for (int attempt = 0; ; attempt++) {
        try {
          process(key, event, record);
          break;
        } catch (TransientException e) {
          if (attempt == RETRY_ATTEMPTS - 1) throw e;
          Thread.sleep(100L << attempt);
        }
      }

    // @end

    // @section producerMain
    // @slot props

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread main = Thread.currentThread();
    // On SIGTERM or Ctrl-C: stop sending, then wait while close() delivers what is in flight.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.set(false);
      try {
        main.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    try (KafkaProducer<String, $V> producer = new KafkaProducer<>(props)) {
      // @slot loop
      producer.flush(); // waits for every outstanding delivery
    }
    if (failure.get() != null) {
      System.err.println("delivery failed: " + failure.get());
      System.exit(1);
    }

    // @end

    // @section send
    String eventId = UUID.randomUUID().toString();
    // @slot key
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event_id", eventId);
    // @slot keyField
    event.put("seq", (long) seq);
    event.put("created_at", System.currentTimeMillis());
    ProducerRecord<String, $V> record = new ProducerRecord<>(TOPIC, key, encodeValue(event));
    record.headers().add("event_id", eventId.getBytes(StandardCharsets.UTF_8));
    // Every record is checked: a failed delivery makes the program exit non-zero.
    producer.send(record, (metadata, exception) -> {
      if (exception != null) failure.compareAndSet(null, exception);
    });

    // @end

    // @section transactions
    // Each batch is one transaction: consumers reading committed data see all of it or none.
    producer.initTransactions();
    for (int start = 0; start < MESSAGE_COUNT && running.get(); start += TRANSACTION_SIZE) {
      producer.beginTransaction();
      try {
        for (int seq = start; seq < Math.min(start + TRANSACTION_SIZE, MESSAGE_COUNT); seq++) {
          // @slot send
        }
        producer.commitTransaction();
      } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {
        throw fatal; // another instance took over this transactional.id, or access is denied: stop
      } catch (KafkaException e) {
        // The transaction cannot commit: abort it and send the same batch again.
        producer.abortTransaction();
        start -= TRANSACTION_SIZE;
      }
    }

    // @end

    // @section atMostOnceLoop
    consumer.subscribe(List.of(TOPIC));
    while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {
      ConsumerRecords<String, $V> records = consumer.poll(Duration.ofSeconds(1));
      if (records.isEmpty()) continue;
      // At-most-once: the offsets are committed before processing, so a crash skips the batch
      // rather than repeating it.
      consumer.commitSync(nextOffsets(records));
      for (ConsumerRecord<String, $V> record : records) {
        handle(record, null);
        if (MAX_MESSAGES != 0 && ++handled >= MAX_MESSAGES) break;
      }
    }

    // @end

    // @section atLeastOnceLoop
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Commit what was processed before the partitions move to another instance.
        Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>(done);
        revoked.keySet().retainAll(partitions);
        if (!revoked.isEmpty()) consumer.commitSync(revoked);
        done.keySet().removeAll(partitions);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
    });
    try {
      while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {
        ConsumerRecords<String, $V> records = consumer.poll(Duration.ofSeconds(1));
        for (ConsumerRecord<String, $V> record : records) {
          handle(record, $sideProducer);
          // At-least-once: a record counts as done only after it was processed.
          done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
          if (MAX_MESSAGES != 0 && ++handled >= MAX_MESSAGES) break;
        }
        if (!done.isEmpty()) {
          consumer.commitSync(done);
          done.clear();
        }
      }
    } finally {
      if (!done.isEmpty()) consumer.commitSync(done);
    }

    // @end

    // @section processorLoop
    producer.initTransactions();
    consumer.subscribe(List.of(TOPIC));
    while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {
      ConsumerRecords<String, $V> records = consumer.poll(Duration.ofSeconds(1));
      if (records.isEmpty()) continue;
      // Results and input offsets commit together in one transaction, or not at all.
      producer.beginTransaction();
      try {
        for (ConsumerRecord<String, $V> record : records) {
          Map<String, Object> result = transform(decodeValue(record.value()));
          ProducerRecord<String, $V> out = new ProducerRecord<>(OUTPUT_TOPIC, record.key(), encodeValue(result));
          out.headers().add("event_id", String.valueOf(result.get("event_id")).getBytes(StandardCharsets.UTF_8));
          producer.send(out); // a failed send makes commitTransaction() throw, so the batch is retried
        }
        producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());
        producer.commitTransaction();
        handled += records.count();
      } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {
        throw fatal; // another instance took over this transactional.id, or access is denied: stop
      } catch (KafkaException e) {
        // Abort, then rewind to the first record of each partition so the batch is processed again.
        producer.abortTransaction();
        for (TopicPartition tp : records.partitions()) consumer.seek(tp, records.records(tp).get(0).offset());
      }
    }

    // @end

    // @section parallelLoop
    // Each batch is committed before the next poll, so a rebalance finds nothing handled and uncommitted.
    consumer.subscribe(List.of(TOPIC));
    ExecutorService handlers = Executors.newFixedThreadPool(HANDLERS);
    try {
      while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {
        List<ConsumerRecord<String, $V>> batch = new ArrayList<>();
        for (ConsumerRecord<String, $V> record : consumer.poll(Duration.ofSeconds(1))) {
          if (MAX_MESSAGES == 0 || handled + batch.size() < MAX_MESSAGES) batch.add(record);
        }
        if (batch.isEmpty()) continue;
        // @slot handle
        handled += batch.size();
      }
    } finally {
      handlers.shutdown();
    }

    // @end
  }
}
