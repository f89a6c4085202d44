// TypeScript for kafkajs: helpers and the parts of main that do not depend on the design.
// Parsed by the TypeScript compiler in the tests (syntax only: the names come from the program).
// @section jsonCodec
async function encodeValue(event: Event): Promise<Buffer> {
  return Buffer.from(JSON.stringify(event));
}

/** A null value is a tombstone: the key was deleted. */
async function decodeValue(data: Buffer | null): Promise<Event | null> {
  return data === null ? null : (JSON.parse(data.toString("utf8")) as Event);
}

// @end

// @section shutdown
let running = true;
const stopped = new Promise<void>((resolve) => {
  // Finish the record in hand, then flush and leave: no half-done work on SIGTERM or Ctrl-C.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      running = false;
      resolve();
    });
  }
});

// @end

// @section producerShutdown
let running = true;
// Stop sending on SIGTERM or Ctrl-C; disconnect() then waits for what is in flight.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (running = false));

// @end

// @section errorTypes
/** Processing failed for a passing reason (timeout, 503): retrying may succeed. */
class TransientError extends Error {}
/** Processing can never succeed for this record (bad data): retrying is pointless. */
class PermanentError extends Error {}

// @end

// @section seenEvents
/**
 * Event ids already processed. Redelivery after a rebalance or crash is normal under
 * at-least-once; skipping seen ids makes processing idempotent. In production keep the ids in the
 * same database transaction as the side effect (a unique key on event_id).
 */
const seenEvents = new Set<string>();
const SEEN_CAPACITY = 100_000;
function remember(eventId: string): void {
  seenEvents.add(eventId);
  if (seenEvents.size > SEEN_CAPACITY) seenEvents.delete(seenEvents.values().next().value as string);
}

// @end

// @section rateLimiter
/** Keeps calls under the downstream limit: waits for a slot instead of being throttled. */
const rateInterval = RATE_LIMIT_PER_SECOND > 0 ? 1000 / RATE_LIMIT_PER_SECOND : 0;
let nextSlot = Date.now();
async function acquireRate(): Promise<void> {
  const now = Date.now();
  if (nextSlot > now) await sleep(nextSlot - now);
  nextSlot = Math.max(nextSlot, now) + rateInterval;
}

// @end

// @section compactedState
// The topic is compacted state: the latest value per key. A tombstone (null value) deletes the key.
const state = new Map<string, Event>();

// @end

// @section process
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Your business logic. Throw TransientError or PermanentError when it fails. */
async function processRecord(key: string | null, event: Event | null, partition: number, message: KafkaMessage): Promise<void> {
  console.log(JSON.stringify({ key, seq: event?.seq ?? null, event_id: event?.event_id ?? null, partition, offset: message.offset }));
}

// @end

// @section sendAside
/** Moves a record to a side topic (dead letters, pending retries); resolves once it is stored. */
async function sendAside(topic: string, source: string, partition: number, message: KafkaMessage, reason: unknown): Promise<void> {
  // The offset is committed only after the record is safe in the side topic.
  await sideProducer.send({
    topic,
    acks: -1,
    messages: [{
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        "error.reason": String(reason),
        "source.topic": source,
        "source.partition": String(partition),
        "source.offset": message.offset,
      },
    }],
  });
}

// @end

// @section handle
async function handle(topic: string, partition: number, message: KafkaMessage): Promise<void> {
  const key = message.key === null ? null : message.key.toString("utf8");
  const event = await decodeValue(message.value);
  // @slot skipSeen
  // @slot updateState
  // @slot waitForRate
  try {
    // @slot process
  } catch (error) {
    if (error instanceof PermanentError) {
      // @slot permanent
    } else if (error instanceof TransientError) {
      // @slot transient
    } else {
      throw error;
    }
  }
  // @slot remember
}

// @end

// @section parallel
// @slot doc
async function handleInParallel(topic: string, partition: number, messages: KafkaMessage[], heartbeat: () => Promise<void>): Promise<void> {
  const chains = new Map<string, KafkaMessage[]>();
  messages.forEach((message, i) => {
    // @slot lane
    const chain = chains.get(lane);
    if (chain) chain.push(message);
    else chains.set(lane, [message]);
  });
  const pending = [...chains.values()];
  const results = await Promise.allSettled(Array.from({ length: Math.min(HANDLERS, pending.length) }, async () => {
    for (let chain = pending.shift(); chain; chain = pending.shift()) {
      for (const message of chain) {
        await handle(topic, partition, message);
        count();
        await heartbeat();
      }
    }
  }));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

// @end

// @section producerMain
async function main(): Promise<void> {
  await producer.connect();
  try {
    for (let start = 0; start < MESSAGE_COUNT && running; start += SEND_BATCH) {
      const messages: Message[] = [];
      for (let seq = start; seq < Math.min(start + SEND_BATCH, MESSAGE_COUNT); seq++) {
        const eventId = randomUUID();
        // @slot event
      }
      // @slot send
    }
  } finally {
    await producer.disconnect(); // waits for requests in flight
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// @end

export async function statements(): Promise<void> {
    // @section retryInPlace
      // Retry passing failures in place, briefly: the partition waits, so order per key holds.
      for (let attempt = 0; ; attempt++) {
        try {
          await processRecord(key, event, partition, message);
          break;
        } catch (error) {
          if (!(error instanceof TransientError) || attempt === RETRY_ATTEMPTS - 1) throw error;
          await sleep(100 * 2 ** attempt);
        }
      }

    // @end

  // @section parallelRun
    await consumer.run({
      // @slot options
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        const messages = batch.messages.slice(0, remaining());
        if (messages.length === 0) return;
        const last = messages[messages.length - 1]!.offset;
        // @slot before
        await handleInParallel(batch.topic, batch.partition, messages, heartbeat);
        // @slot after
        resolveOffset(last);
      },
    });

  // @end

  // @section atMostOnceRun
    await consumer.run({
      // @slot options
      eachBatch: async ({ batch, heartbeat }) => {
        const messages = batch.messages.slice(0, remaining());
        if (messages.length === 0) return;
        // At-most-once: the offsets are committed before processing, so a crash skips the batch
        // rather than repeating it.
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: nextOffset(messages[messages.length - 1]!.offset) }]);
        for (const message of messages) {
          await handle(batch.topic, batch.partition, message);
          count();
          await heartbeat();
        }
      },
    });

  // @end

  // @section atLeastOnceRun
    await consumer.run({
      // @slot options
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        let last: string | undefined;
        try {
          for (const message of batch.messages) {
            // Stop at a rebalance (isStale) or shutdown; unprocessed records are fetched again.
            if (!isRunning() || isStale() || remaining() === 0) break;
            await handle(batch.topic, batch.partition, message);
            resolveOffset(message.offset);
            last = message.offset;
            count();
            await heartbeat();
          }
        } finally {
          // At-least-once: commit what was processed before returning, so a rebalance after this
          // batch never hands processed records to another instance.
          if (last !== undefined) {
            await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: nextOffset(last) }]);
          }
        }
      },
    });

  // @end

  // @section processorRun
    await consumer.run({
      // @slot options
      eachBatch: async ({ batch }) => {
        const messages = batch.messages.slice(0, remaining());
        if (messages.length === 0) return;
        // Results and input offsets commit together in one transaction, or not at all. If anything
        // throws, the transaction is aborted and kafkajs fetches the batch again.
        const transaction = await producer.transaction();
        try {
          const results = [];
          for (const message of messages) {
            const result = transform(await decodeValue(message.value));
            // @slot result
          }
          await transaction.send({
            // @slot sendOptions
            messages: results,
          });
          await transaction.sendOffsets({
            consumerGroupId: GROUP_ID,
            topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: nextOffset(messages[messages.length - 1]!.offset) }] }],
          });
          await transaction.commit();
          for (let i = 0; i < messages.length; i++) count();
        } catch (error) {
          await transaction.abort();
          throw error;
        }
      },
    });

  // @end
}
