// The consumer side of the Go programs: the processing helpers, the handler (its failure paths come
// from the plan), and the poll-and-commit loop of each library. The loops themselves are Go in
// templates/go/; this module chooses them and fills their slots.
import { BOOTSTRAP, clientOpen, configEntries, FRANZ_SEEDS, type FixedEntry, GROUP, tabs } from './go-client.js';
import { lines } from './files.js';
import { type ConsumerPlan, type FailureAction, failureCode } from './plan.js';
import { fill, TEMPLATES } from './templates.js';

const GO = TEMPLATES.go.common;
const CONFLUENT = TEMPLATES.go.confluent;
const FRANZ = TEMPLATES.go.franz;

/** The Go constant naming each side topic. */
const SIDE_CONSTANT = { 'dead-letter': 'deadLetterTopic', pending: 'pendingTopic' } as const;

function onFailure(action: FailureAction, raise: string): string {
  return failureCode(action, { drop: 'fmt.Fprintf(os.Stderr, "dropped (at-most-once): %v\\n", err)', aside: (topic) => `return moveAside(${topic}, err)`, raise }, SIDE_CONSTANT);
}

/** The library-independent part of handling one record, shaped by the plan's failure paths. */
export function handleFunction(c: ConsumerPlan): string {
  const noSide = 'return err // no side topic: stop rather than skip the record';
  return fill(GO.handle, {
    unreadable: onFailure(c.failure.unreadable, 'return err'),
    skipSeen: c.idempotent && GO.skipSeen,
    updateState: c.compactedState && GO.updateState,
    waitForRate: c.rateLimitPerSecond !== null && 'limiter.acquire()',
    process: c.failure.retryInPlace ? GO.retryInPlace : 'err := process(key, event, partition, offset)',
    permanent: onFailure(c.failure.permanent, noSide),
    transient: onFailure(c.failure.transient, noSide),
    remember: c.idempotent && GO.remember,
  });
}

/** The lane function for the design's kind of parallelism: the key, or the record's turn. */
function laneOf(c: ConsumerPlan, recordType: string, keyExpr: string): string {
  return c.parallel!.keyOrdered ? `func(_ int, r ${recordType}) string { return string(${keyExpr}) }` : `func(i int, _ ${recordType}) string { return strconv.Itoa(i % handlers) }`;
}

/** Handling a batch in parallel and committing it, before or after, as the delivery guarantee says. */
function parallelBatch(c: ConsumerPlan, recordType: string, keyExpr: string, handleCall: string, commit: string): string {
  const run = lines(
    c.parallel!.keyOrdered
      ? "// One key, one lane: a key's records stay in order while different keys run at once."
      : '// Records are dealt to the handlers in turn: order does not matter for this flow.',
    `err := handleInParallel(batch, handlers, ${laneOf(c, recordType, keyExpr)}, func(r ${recordType}) error { return ${handleCall} })`,
  );
  return c.commit === 'before-processing'
    ? lines(
        '// At-most-once: the offsets are committed before processing, so a crash skips the batch',
        '// rather than repeating it.',
        commit,
        run,
        'if err != nil {',
        '\tfmt.Fprintln(os.Stderr, "dropped (at-most-once):", err)',
        '}',
      )
    : lines(
        run,
        'if err != nil {',
        '\tfatal(err) // nothing of this batch is committed: it is read again after the restart',
        '}',
        '// At-least-once: the whole batch was handled before its offsets are committed.',
        commit,
      );
}

const AT_LEAST_ONCE_COMMIT = 'the program commits offsets itself, after processing';

export function confluentConsumerBody(c: ConsumerPlan): string {
  const consumer = clientOpen('confluent-kafka-go', 'consumer', configEntries('confluent-kafka-go', [BOOTSTRAP, GROUP], c.settings));
  const handleCall = (msg: string) => `handle(string(${msg}.Key), ${msg}.Value, headerMap(${msg}.Headers), ${msg}.TopicPartition.Partition, int64(${msg}.TopicPartition.Offset), asideFor(${msg}))`;
  const sideSetup = c.failure.movesAside
    ? lines(clientOpen('confluent-kafka-go', 'sideProducer', configEntries('confluent-kafka-go', [BOOTSTRAP], c.sideProducerSettings)), CONFLUENT.sideProducer)
    : 'asideFor := func(*kafka.Message) func(string, error) error { return nil } // no side topics in this design';
  if (c.parallel) {
    const commit = lines(
      'if _, err := consumer.CommitOffsets(nextOffsets(batch)); err != nil {',
      '\t// Partitions revoked while the batch was handled: its records will be read again.',
      '\tfmt.Fprintln(os.Stderr, "commit:", err)',
      '}',
    );
    return lines(
      consumer,
      c.commit === 'before-processing' ? 'asideFor := func(*kafka.Message) func(string, error) error { return nil } // at-most-once: failures are dropped, not moved aside' : sideSetup,
      fill(CONFLUENT.parallelLoop, { batch: parallelBatch(c, '*kafka.Message', 'r.Key', handleCall('r'), commit) }),
    );
  }
  if (c.commit === 'before-processing') return lines(consumer, CONFLUENT.atMostOnceLoop);
  return lines(consumer, sideSetup, '', CONFLUENT.atLeastOnceLoop);
}

export function confluentProcessorBody(c: ConsumerPlan): string {
  return lines(
    clientOpen('confluent-kafka-go', 'consumer', configEntries('confluent-kafka-go', [BOOTSTRAP, GROUP], c.settings)),
    clientOpen('confluent-kafka-go', 'producer', configEntries('confluent-kafka-go', [BOOTSTRAP], c.output!.settings)),
    CONFLUENT.processorLoop,
  );
}

/** The head of a franz-go poll loop, polling `poller` (the client, or the transactional session). */
const franzFetch = (poller: 'client' | 'session') => fill(FRANZ.fetch, {}, { poller });

export function franzConsumerBody(c: ConsumerPlan): string {
  const fixed: FixedEntry[] = [FRANZ_SEEDS, ['', 'kgo.ConsumerGroup(groupID)', GROUP[2]], ['', 'kgo.ConsumeTopics(topic)', 'the topic this program reads']];
  if (c.output) {
    fixed.push(['', 'kgo.DefaultProduceTopic(outputTopic)', 'where results go'], ['', 'kgo.RequireStableFetchOffsets()', 'wait for offsets of pending transactions, so no input is read twice']);
    const settings = [...c.settings.filter((s) => s.name !== 'enable.auto.commit' && s.name !== 'group.id'), ...c.output.settings];
    return lines(GO.instance, 'session, err := kgo.NewGroupTransactSession(', tabs(configEntries('franz-go', fixed, settings), 1), ')', fill(FRANZ.processorLoop, { fetch: franzFetch('session') }));
  }
  fixed.push(['', 'kgo.DisableAutoCommit()', AT_LEAST_ONCE_COMMIT], ['', 'kgo.BlockRebalanceOnPoll()', 'a rebalance waits until the polled records are processed and committed']);
  const side = c.failure.movesAside;
  const settings = [...c.settings.filter((s) => s.name !== 'enable.auto.commit'), ...(side ? c.sideProducerSettings : [])];
  const handleCall = 'handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r))';
  return lines(
    clientOpen('franz-go', 'client', configEntries('franz-go', fixed, settings)),
    'defer client.Close() // leaves the group at once, so partitions are reassigned without waiting',
    side ? FRANZ.sideProducer : 'asideFor := func(*kgo.Record) func(string, error) error { return nil } // no side topics in this design',
    fill(FRANZ.pollLoop, {
      fetch: franzFetch('client'),
      handle: c.parallel
        ? lines(
            'batch := records',
            parallelBatch(c, '*kgo.Record', 'r.Key', handleCall, lines('if err := client.CommitRecords(context.Background(), batch...); err != nil {', '\tfatal(err)', '}')),
            'handled += len(batch)',
          )
        : c.commit === 'before-processing'
          ? FRANZ.atMostOnce
          : FRANZ.atLeastOnce,
    }),
  );
}
