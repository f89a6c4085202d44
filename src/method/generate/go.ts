// Go programs for confluent-kafka-go (librdkafka) or franz-go: one command per producer and
// consumer under cmd/, a go.mod and a README. The event type, environment, shutdown and the
// consumer's processing helpers are shared; the client calls differ per library.
import { valuesFromEnvironment, franzGoConfig, type Literal, librdkafkaConfig, perInstanceTransactionalId, type Setting, splitInstanceId, type Translation } from './client-config.js';
import { concat, type GeneratedFile, kebabCase, lines, oneLine, pascalCase, quote } from './files.js';
import type { ConsumerPlan, GenerationPlan, ProducerPlan } from './plan.js';
import { EVENT_ID_HEADER, recordFields } from './record.js';
import { goSecurity } from './security.js';
import { projectReadme, type ReadmeProgram } from './readme.js';

export type GoLibrary = 'confluent-kafka-go' | 'franz-go';

const MODULES: Record<GoLibrary, { path: string; version: string; imports: string }> = {
  'confluent-kafka-go': { path: 'github.com/confluentinc/confluent-kafka-go/v2', version: 'v2.5.0', imports: 'github.com/confluentinc/confluent-kafka-go/v2/kafka' },
  'franz-go': { path: 'github.com/twmb/franz-go', version: 'v1.17.1', imports: 'github.com/twmb/franz-go/pkg/kgo' },
};

function goLiteral(value: Literal): string {
  if (typeof value === 'object') return value.code;
  return typeof value === 'string' ? quote(value) : String(value);
}

/** Standard packages a generated file may use, each found by its selector in the code. */
const STD_PACKAGES = ['context', 'crypto/rand', 'encoding/hex', 'encoding/json', 'fmt', 'os', 'os/signal', 'strconv', 'strings', 'sync', 'sync/atomic', 'syscall', 'time'];

/** The import block for `code`: Go rejects unused imports, so only what the code uses is listed. */
function goImports(code: string, library: GoLibrary): string {
  const codeOnly = code.replace(/\/\/.*$/gm, '');
  const used = STD_PACKAGES.filter((pkg) => new RegExp(`\\b${pkg.split('/').pop()}\\.`).test(codeOnly));
  return lines('import (', ...used.map((s) => `\t${quote(s)}`), '', `\t${quote(MODULES[library].imports)}`, ')');
}

/** A main package: header comment, imports computed from the code, then the code. */
function goFile(comment: string[], code: string, library: GoLibrary): string {
  return lines(...comment.map((c) => `// ${c}`), 'package main', '', goImports(code, library), '', code);
}

/** Tabs, as gofmt wants them. */
function tabs(text: string, depth: number): string {
  return text.split('\n').map((l) => (l.length ? '\t'.repeat(depth) + l : l)).join('\n');
}

function eventStruct(key: string | null): string {
  const fields = recordFields(key);
  const width = Math.max(...fields.map((f) => pascalCase(f.name).replace(/Id$/, 'ID').length));
  const typeWidth = 6;
  return lines(
    '// Event is the record value, JSON-encoded.',
    'type Event struct {',
    ...fields.map((f) => {
      const name = pascalCase(f.name).replace(/Id$/, 'ID');
      const type = f.avroType === 'long' ? 'int64' : 'string';
      return `\t${name.padEnd(width)} ${type.padEnd(typeWidth)} \`json:${quote(f.name)}\` // ${f.doc}`;
    }),
    '}',
  );
}

const COMMON = lines(
  'func env(name, fallback string) string {',
  '\tif v := os.Getenv(name); v != "" {',
  '\t\treturn v',
  '\t}',
  '\treturn fallback',
  '}',
  '',
  'func envInt(name string, fallback int) int {',
  '\tv, err := strconv.Atoi(env(name, strconv.Itoa(fallback)))',
  '\tif err != nil {',
  '\t\tfatal(fmt.Errorf("%s: %w", name, err))',
  '\t}',
  '\treturn v',
  '}',
  '',
  'func fatal(err error) {',
  '\tfmt.Fprintln(os.Stderr, err)',
  '\tos.Exit(1)',
  '}',
);

const EVENT_ID = lines(
  'func newEventID() string {',
  '\tb := make([]byte, 16)',
  '\tif _, err := rand.Read(b); err != nil {',
  '\t\tfatal(err)',
  '\t}',
  '\treturn hex.EncodeToString(b)',
  '}',
);

/** A config entry list for kafka.ConfigMap (librdkafka) or kgo options (franz-go). */
function configEntries(library: GoLibrary, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  const t: Translation = library === 'franz-go'
    ? franzInstanceId(franzGoConfig(settings), settings)
    : valuesFromEnvironment(perInstanceTransactionalId(librdkafkaConfig(settings), (prefix, suffix) => concat(prefix, 'instanceID', suffix)), (variable) => `env(${quote(variable)}, "")`);
  const entry = (name: string, value: string, why: string) => (library === 'franz-go' ? `${value}, // ${oneLine(why)}` : `${quote(name)}: ${value}, // ${oneLine(why)}`);
  return lines(
    ...fixed.map(([k, v, why]) => entry(k, v, why)),
    ...t.settings.map((s) => entry(s.name, goLiteral(s.value), s.why)),
    ...t.untranslated.map((u) => `// ${u.name}=${u.value} not set: ${oneLine(u.reason)}. Design's reason: ${oneLine(u.why)}`),
  );
}

/** franz-go's TransactionalID option, with the per-instance id in place of the design's placeholder. */
function franzInstanceId(t: Translation, settings: readonly Setting[]): Translation {
  const id = settings.find((s) => s.name === 'transactional.id');
  if (!id) return t;
  const [prefix, suffix] = splitInstanceId(id.value);
  return {
    ...t,
    settings: t.settings.map((s) => (s.javaName === 'transactional.id'
      ? { ...s, value: { code: `kgo.TransactionalID(${concat(prefix, 'instanceID', suffix)})` }, why: `${s.why} (one id per instance, from INSTANCE_ID)` }
      : s)),
  };
}

function fixedProducer(library: GoLibrary): Array<[string, string, string]> {
  return library === 'franz-go'
    ? [['', 'kgo.SeedBrokers(strings.Split(bootstrap, ",")...)', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'], ['', 'kgo.DefaultProduceTopic(topic)', 'the topic records go to']]
    : [['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)']];
}

function clientOpen(library: GoLibrary, variable: string, entries: string): string {
  return library === 'franz-go'
    ? lines(`${variable}, err := kgo.NewClient(append(securityOptions(), // TLS and SASL from the environment`, tabs(entries, 1), ')...)', 'if err != nil {', '\tfatal(err)', '}')
    : lines(`${variable}, err := kafka.New${variable === 'consumer' ? 'Consumer' : 'Producer'}(withSecurity(kafka.ConfigMap{ // TLS and SASL from the environment`, tabs(entries, 1), '}))', 'if err != nil {', '\tfatal(err)', '}');
}

const INSTANCE = lines(
  '// Stable per instance across restarts, so a restarted instance fences its old self.',
  'instanceID := env("INSTANCE_ID", hostname())',
);

const HOSTNAME = lines('func hostname() string {', '\tname, err := os.Hostname()', '\tif err != nil {', '\t\treturn "instance-0"', '\t}', '\treturn name', '}');

function producerMain(plan: GenerationPlan, p: ProducerPlan, library: GoLibrary): string {
  const keyed = p.key !== null;
  const keyField = p.key ? pascalCase(p.key).replace(/Id$/, 'ID') : null;
  const buildEvent = lines(
    'id := newEventID()',
    keyed ? `key := fmt.Sprintf("${p.key}-%d", seq%keyCount)` : null,
    `value, err := json.Marshal(Event{EventID: id, ${keyField ? `${keyField}: key, ` : ''}Seq: int64(seq), CreatedAt: time.Now().UnixMilli()})`,
    'if err != nil {',
    '\tfatal(err)',
    '}',
  );
  const entries = configEntries(library, fixedProducer(library), p.settings);
  let body: string;
  if (library === 'franz-go') {
    const produce = lines(
      buildEvent,
      `record := &kgo.Record{${keyed ? 'Key: []byte(key), ' : ''}Value: value, Headers: []kgo.RecordHeader{{Key: ${quote(EVENT_ID_HEADER)}, Value: []byte(id)}}}`,
      '// Every record is checked: a failed delivery makes the program exit non-zero.',
      'client.Produce(ctx, record, func(r *kgo.Record, err error) {',
      '\tif err != nil {',
      '\t\tfailures.Add(1)',
      '\t\tfmt.Fprintf(os.Stderr, "delivery failed for key %s: %v\\n", r.Key, err)',
      '\t}',
      '})',
    );
    body = lines(
      'ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)',
      'defer stop()',
      p.transactional ? INSTANCE : null,
      clientOpen(library, 'client', entries),
      'defer client.Close()',
      'var failures atomic.Int64',
      p.transactional
        ? lines(
          '// Each batch is one transaction: consumers reading committed data see all of it or none.',
          'for start := 0; start < messageCount && ctx.Err() == nil; start += transactionSize {',
          '\tif err := client.BeginTransaction(); err != nil {',
          '\t\tfatal(err)',
          '\t}',
          '\tfor seq := start; seq < start+transactionSize && seq < messageCount; seq++ {',
          tabs(produce, 2),
          '\t}',
          '\t// Flush before ending: a transaction commits only records that were delivered.',
          '\tcommit := kgo.TryCommit',
          '\tif err := client.Flush(ctx); err != nil || failures.Load() > 0 {',
          '\t\tcommit = kgo.TryAbort',
          '\t}',
          '\tif err := client.EndTransaction(ctx, commit); err != nil {',
          '\t\tfatal(err)',
          '\t}',
          '\tif commit == kgo.TryAbort {',
          '\t\tfatal(fmt.Errorf("transaction aborted after %d failed deliveries", failures.Load()))',
          '\t}',
          '}',
        )
        : lines('for seq := 0; seq < messageCount && ctx.Err() == nil; seq++ {', tabs(produce, 1), '}'),
      '// Flush waits for every outstanding delivery before exiting.',
      'if err := client.Flush(context.Background()); err != nil {',
      '\tfatal(err)',
      '}',
      'if n := failures.Load(); n > 0 {',
      '\tfatal(fmt.Errorf("%d records failed", n))',
      '}',
    );
  } else {
    const produce = lines(
      buildEvent,
      'msg := &kafka.Message{',
      '\tTopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},',
      keyed ? '\tKey:            []byte(key), // keys are UTF-8 strings, so every client hashes them alike' : null,
      '\tValue:          value,',
      `\tHeaders:        []kafka.Header{{Key: ${quote(EVENT_ID_HEADER)}, Value: []byte(id)}},`,
      '}',
      'pending.Add(1)',
      'for {',
      '\terr := producer.Produce(msg, deliveries)',
      '\tif err == nil {',
      '\t\tbreak',
      '\t}',
      '\tif kerr, ok := err.(kafka.Error); ok && kerr.Code() == kafka.ErrQueueFull {',
      '\t\t// The local queue is full: wait for deliveries to make room.',
      '\t\ttime.Sleep(50 * time.Millisecond)',
      '\t\tcontinue',
      '\t}',
      '\tfatal(err)',
      '}',
    );
    body = lines(
      'stop := make(chan os.Signal, 1)',
      'signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)',
      p.transactional ? INSTANCE : null,
      clientOpen(library, 'producer', entries),
      'defer producer.Close()',
      '',
      '// Every record is checked: a failed delivery makes the program exit non-zero.',
      'var pending sync.WaitGroup',
      'var failures atomic.Int64',
      'deliveries := make(chan kafka.Event, 1000)',
      'go func() {',
      '\tfor e := range deliveries {',
      '\t\tif m, ok := e.(*kafka.Message); ok {',
      '\t\t\tif m.TopicPartition.Error != nil {',
      '\t\t\t\tfailures.Add(1)',
      '\t\t\t\tfmt.Fprintf(os.Stderr, "delivery failed for key %s: %v\\n", m.Key, m.TopicPartition.Error)',
      '\t\t\t}',
      '\t\t\tpending.Done()',
      '\t\t}',
      '\t}',
      '}()',
      '',
      'running := func() bool {',
      '\tselect {',
      '\tcase <-stop:',
      '\t\treturn false',
      '\tdefault:',
      '\t\treturn true',
      '\t}',
      '}',
      p.transactional
        ? lines(
          '// Each batch is one transaction: consumers reading committed data see all of it or none.',
          'ctx := context.Background()',
          'if err := producer.InitTransactions(ctx); err != nil {',
          '\tfatal(err)',
          '}',
          'for start := 0; start < messageCount && running(); {',
          '\tif err := producer.BeginTransaction(); err != nil {',
          '\t\tfatal(err)',
          '\t}',
          '\tfor seq := start; seq < start+transactionSize && seq < messageCount; seq++ {',
          tabs(produce, 2),
          '\t}',
          '\tif err := producer.CommitTransaction(ctx); err != nil {',
          '\t\tif kerr, ok := err.(kafka.Error); ok && kerr.TxnRequiresAbort() {',
          '\t\t\t// The transaction cannot commit: abort it and send the same batch again.',
          '\t\t\tif err := producer.AbortTransaction(ctx); err != nil {',
          '\t\t\t\tfatal(err)',
          '\t\t\t}',
          '\t\t\tcontinue',
          '\t\t}',
          '\t\tfatal(err)',
          '\t}',
          '\tstart += transactionSize',
          '}',
        )
        : lines('for seq := 0; seq < messageCount && running(); seq++ {', tabs(produce, 1), '}'),
      '// Flush waits for every outstanding delivery report before exiting.',
      'producer.Flush(30000)',
      'pending.Wait()',
      'if n := failures.Load(); n > 0 {',
      '\tfatal(fmt.Errorf("%d records failed", n))',
      '}',
    );
  }
  return goFile([
    `Command ${kebabCase(p.program)} writes ${p.key ? `events keyed by ${p.key}` : 'unkeyed events'} to ${p.topic}. Delivery: ${p.delivery}.`,
    `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    'It sends MESSAGE_COUNT test events over KEY_COUNT keys; replace the loop with your own source.',
  ], lines(
    eventStruct(p.key),
    '',
    'func main() {',
    tabs(lines(
      `topic := ${quote(p.topic)}`,
      'bootstrap := env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")',
      'messageCount := envInt("MESSAGE_COUNT", 1000)',
      keyed ? 'keyCount := envInt("KEY_COUNT", 10)' : null,
      p.transactional ? 'const transactionSize = 100' : null,
      '',
      body,
    ), 1),
    '}',
    '',
    EVENT_ID,
    '',
    p.transactional ? HOSTNAME : null,
    p.transactional ? '' : null,
    COMMON,
    '',
  ), library);
}

function consumerHelpers(c: ConsumerPlan): string {
  return lines(
    '// TransientError marks a failure for a passing reason (timeout, 503): retrying may succeed.',
    'type TransientError struct{ Err error }',
    '',
    'func (e TransientError) Error() string { return e.Err.Error() }',
    '',
    '// PermanentError marks a record that can never succeed (bad data): retrying is pointless.',
    'type PermanentError struct{ Err error }',
    '',
    'func (e PermanentError) Error() string { return e.Err.Error() }',
    '',
    c.idempotent ? lines(
      '// seenEvents holds event ids already processed. Redelivery after a rebalance or crash is normal',
      '// under at-least-once; skipping seen ids makes processing idempotent. In production keep the ids',
      '// in the same database transaction as the side effect (a unique key on event_id).',
      'type seenEvents struct {',
      '\tmu    sync.Mutex // handlers may run at once',
      '\tids   map[string]struct{}',
      '\torder []string',
      '}',
      '',
      'func (s *seenEvents) has(id string) bool {',
      '\ts.mu.Lock()',
      '\tdefer s.mu.Unlock()',
      '\t_, ok := s.ids[id]',
      '\treturn ok',
      '}',
      '',
      'func (s *seenEvents) add(id string) {',
      '\ts.mu.Lock()',
      '\tdefer s.mu.Unlock()',
      '\ts.ids[id] = struct{}{}',
      '\ts.order = append(s.order, id)',
      '\tif len(s.order) > 100000 {',
      '\t\tdelete(s.ids, s.order[0])',
      '\t\ts.order = s.order[1:]',
      '\t}',
      '}',
      '',
      'var seen = &seenEvents{ids: map[string]struct{}{}}',
      '',
    ) : null,
    c.rateLimitPerSecond !== null ? lines(
      '// rateLimiter keeps calls under the downstream limit: it waits for a slot instead of being throttled.',
      'type rateLimiter struct {',
      '\tmu       sync.Mutex // handlers may run at once: each takes its own slot',
      '\tinterval time.Duration',
      '\tnext     time.Time',
      '}',
      '',
      'func (r *rateLimiter) acquire() {',
      '\tr.mu.Lock()',
      '\tnow := time.Now()',
      '\tslot := r.next',
      '\tif slot.Before(now) {',
      '\t\tslot = now',
      '\t}',
      '\tr.next = slot.Add(r.interval)',
      '\tr.mu.Unlock()',
      '\ttime.Sleep(slot.Sub(now))',
      '}',
      '',
      'var limiter = &rateLimiter{} // its interval is set from RATE_LIMIT_PER_SECOND in main',
      '',
    ) : null,
    c.compactedState ? lines(
      '// state is the compacted topic read as a table: the latest value per key; a tombstone deletes.',
      'var state = map[string]*Event{}',
      'var stateMu sync.Mutex // handlers may run at once',
      '',
    ) : null,
    '// process is your business logic. Return TransientError or PermanentError when it fails.',
    'func process(key string, event *Event, partition int32, offset int64) error {',
    '\tseq, id := int64(-1), ""',
    '\tif event != nil {',
    '\t\tseq, id = event.Seq, event.EventID',
    '\t}',
    '\tline, err := json.Marshal(map[string]any{"key": key, "seq": seq, "event_id": id, "partition": partition, "offset": offset})',
    '\tif err != nil {',
    '\t\treturn PermanentError{err}',
    '\t}',
    '\tfmt.Println(string(line))',
    '\treturn nil',
    '}',
  );
}

/** The library-independent part of handling one record; `aside` is the call that moves it to a side topic. */
function handleFunction(c: ConsumerPlan, aside: (target: string) => string): string {
  const onFailure = (target: string | null) => (c.commit === 'before-processing'
    ? '\t\tfmt.Fprintf(os.Stderr, "dropped (at-most-once): %v\\n", err)'
    : target ? `\t\treturn ${aside(target)}` : '\t\treturn err // no side topic: stop rather than skip the record');
  return lines(
    '// handle processes one record; a non-nil error stops the consumer before its offset is committed.',
    'func handle(key string, value []byte, headers map[string]string, partition int32, offset int64, moveAside func(topic string, reason error) error) error {',
    '\tvar event *Event',
    '\tif value != nil {',
    '\t\tevent = &Event{}',
    '\t\tif err := json.Unmarshal(value, event); err != nil {',
    c.deadLetterTopic && c.commit !== 'before-processing' ? `\t\t\treturn ${aside('deadLetterTopic')}` : '\t\t\treturn err',
    '\t\t}',
    '\t}',
    c.idempotent ? lines(
      `\teventID := headers[${quote(EVENT_ID_HEADER)}]`,
      '\tif eventID == "" && event != nil {',
      '\t\teventID = event.EventID',
      '\t}',
      '\tif eventID != "" && seen.has(eventID) {',
      '\t\treturn nil // already processed: a redelivery',
      '\t}',
    ) : null,
    c.compactedState ? lines('\tstateMu.Lock()', '\tif event == nil {', '\t\tdelete(state, key)', '\t} else {', '\t\tstate[key] = event', '\t}', '\tstateMu.Unlock()') : null,
    c.rateLimitPerSecond !== null ? '\tlimiter.acquire()' : null,
    c.pendingTopic || c.commit === 'before-processing'
      ? '\terr := process(key, event, partition, offset)'
      : lines(
        '\t// Retry passing failures in place, briefly: the partition waits, so order per key holds.',
        '\terr := process(key, event, partition, offset)',
        '\tfor attempt := 1; attempt < retryAttempts; attempt++ {',
        '\t\tif _, transient := err.(TransientError); !transient {',
        '\t\t\tbreak',
        '\t\t}',
        '\t\ttime.Sleep(time.Duration(100<<attempt) * time.Millisecond)',
        '\t\terr = process(key, event, partition, offset)',
        '\t}',
      ),
    '\tswitch err.(type) {',
    '\tcase nil:',
    '\tcase PermanentError:',
    onFailure(c.deadLetterTopic ? 'deadLetterTopic' : null),
    '\tcase TransientError:',
    onFailure(c.pendingTopic ? 'pendingTopic' : c.deadLetterTopic ? 'deadLetterTopic' : null),
    '\tdefault:',
    '\t\treturn err',
    '\t}',
    c.idempotent ? lines('\tif eventID != "" {', '\t\tseen.add(eventID)', '\t}') : null,
    '\treturn nil',
    '}',
  );
}

const CONFLUENT_HELPERS = lines(
  'func headerMap(headers []kafka.Header) map[string]string {',
  '\tm := map[string]string{}',
  '\tfor _, h := range headers {',
  '\t\tm[h.Key] = string(h.Value)',
  '\t}',
  '\treturn m',
  '}',
);

const FRANZ_HELPERS = lines(
  'func headerMap(headers []kgo.RecordHeader) map[string]string {',
  '\tm := map[string]string{}',
  '\tfor _, h := range headers {',
  '\t\tm[h.Key] = string(h.Value)',
  '\t}',
  '\treturn m',
  '}',
);

/** The generated generic helper that handles a batch with parallel goroutines. */
const PARALLEL_HELPER = lines(
  '// handleInParallel handles records with up to handlers goroutines. Records with the same lane run',
  '// one after another, in order; different lanes run at once. It returns the first failure once every',
  '// chain has stopped, so the caller commits nothing of a batch that did not fully succeed.',
  'func handleInParallel[R any](records []R, handlers int, laneOf func(int, R) string, handleOne func(R) error) error {',
  '\tvar lanes []string',
  '\tchains := map[string][]R{}',
  '\tfor i, r := range records {',
  '\t\tlane := laneOf(i, r)',
  '\t\tif _, ok := chains[lane]; !ok {',
  '\t\t\tlanes = append(lanes, lane)',
  '\t\t}',
  '\t\tchains[lane] = append(chains[lane], r)',
  '\t}',
  '\tif handlers < 1 {',
  '\t\thandlers = 1',
  '\t}',
  '\twork := make(chan []R)',
  '\tvar wg sync.WaitGroup',
  '\tvar mu sync.Mutex',
  '\tvar first error',
  '\tfor w := 0; w < handlers && w < len(lanes); w++ {',
  '\t\twg.Add(1)',
  '\t\tgo func() {',
  '\t\t\tdefer wg.Done()',
  '\t\t\tfor chain := range work {',
  '\t\t\t\tfor _, r := range chain {',
  '\t\t\t\t\tif err := handleOne(r); err != nil {',
  '\t\t\t\t\t\tmu.Lock()',
  '\t\t\t\t\t\tif first == nil {',
  '\t\t\t\t\t\t\tfirst = err',
  '\t\t\t\t\t\t}',
  '\t\t\t\t\t\tmu.Unlock()',
  '\t\t\t\t\t\tbreak',
  '\t\t\t\t\t}',
  '\t\t\t\t}',
  '\t\t\t}',
  '\t\t}()',
  '\t}',
  '\tfor _, lane := range lanes {',
  '\t\twork <- chains[lane]',
  '\t}',
  '\tclose(work)',
  '\twg.Wait()',
  '\treturn first',
  '}',
);

/** The lane function for the design's kind of parallelism: the key, or the record's turn. */
function laneOf(c: ConsumerPlan, recordType: string, keyExpr: string): string {
  return c.parallel!.keyOrdered
    ? `func(_ int, r ${recordType}) string { return string(${keyExpr}) }`
    : `func(i int, _ ${recordType}) string { return strconv.Itoa(i % handlers) }`;
}

/** Handling a batch in parallel and committing it, before or after, as the delivery guarantee says. */
function parallelBatch(c: ConsumerPlan, recordType: string, keyExpr: string, handleCall: string, commit: string): string {
  const run = lines(
    c.parallel!.keyOrdered ? '// One key, one lane: a key\'s records stay in order while different keys run at once.' : '// Records are dealt to the handlers in turn: order does not matter for this flow.',
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

function confluentConsumerBody(c: ConsumerPlan, side: boolean): string {
  const entries = configEntries('confluent-kafka-go', [
    ['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'],
    ['group.id', 'groupID', 'instances of this program share the partitions of the topic'],
  ], c.settings);
  const handleCall = (msg: string) => `handle(string(${msg}.Key), ${msg}.Value, headerMap(${msg}.Headers), ${msg}.TopicPartition.Partition, int64(${msg}.TopicPartition.Offset), asideFor(${msg}))`;
  const sideSetup = side
    ? lines(
      clientOpen('confluent-kafka-go', 'sideProducer', configEntries('confluent-kafka-go', [['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)']], c.sideProducerSettings)),
      'defer sideProducer.Close()',
      '// asideFor(m) writes m to a side topic and waits until it is stored: its offset is',
      '// committed only after that.',
      'asideFor := func(m *kafka.Message) func(string, error) error {',
      '\treturn func(target string, reason error) error {',
      '\t\theaders := append(append([]kafka.Header{}, m.Headers...),',
      '\t\t\tkafka.Header{Key: "error.reason", Value: []byte(reason.Error())},',
      '\t\t\tkafka.Header{Key: "source.topic", Value: []byte(topic)},',
      '\t\t\tkafka.Header{Key: "source.partition", Value: []byte(strconv.Itoa(int(m.TopicPartition.Partition)))},',
      '\t\t\tkafka.Header{Key: "source.offset", Value: []byte(m.TopicPartition.Offset.String())})',
      '\t\tdelivered := make(chan kafka.Event, 1)',
      '\t\taside := &kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &target, Partition: kafka.PartitionAny}, Key: m.Key, Value: m.Value, Headers: headers}',
      '\t\tif err := sideProducer.Produce(aside, delivered); err != nil {',
      '\t\t\treturn err',
      '\t\t}',
      '\t\treturn (<-delivered).(*kafka.Message).TopicPartition.Error',
      '\t}',
      '}',
    )
    : 'asideFor := func(*kafka.Message) func(string, error) error { return nil } // no side topics in this design';
  if (c.parallel) {
    return lines(
      clientOpen('confluent-kafka-go', 'consumer', entries),
      c.commit === 'before-processing' ? 'asideFor := func(*kafka.Message) func(string, error) error { return nil } // at-most-once: failures are dropped, not moved aside' : sideSetup,
      '// Each batch is committed before the next poll, so a rebalance finds nothing handled and uncommitted.',
      'if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {',
      '\tfatal(err)',
      '}',
      'handled := 0',
      'for running(stop) && (maxMessages == 0 || handled < maxMessages) {',
      '\tbatch := pollBatch(consumer, batchSize)',
      '\tif maxMessages > 0 && len(batch) > maxMessages-handled {',
      '\t\tbatch = batch[:maxMessages-handled]',
      '\t}',
      '\tif len(batch) == 0 {',
      '\t\tcontinue',
      '\t}',
      tabs(parallelBatch(c, '*kafka.Message', 'r.Key', handleCall('r'), lines(
        'if _, err := consumer.CommitOffsets(nextOffsets(batch)); err != nil {',
        '\t// Partitions revoked while the batch was handled: its records will be read again.',
        '\tfmt.Fprintln(os.Stderr, "commit:", err)',
        '}',
      )), 1),
      '\thandled += len(batch)',
      '}',
      'if err := consumer.Close(); err != nil {',
      '\tfatal(err)',
      '}',
    );
  }
  if (c.commit === 'before-processing') {
    return lines(
      clientOpen('confluent-kafka-go', 'consumer', entries),
      'if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {',
      '\tfatal(err)',
      '}',
      'asideFor := func(*kafka.Message) func(string, error) error { return nil } // at-most-once: failures are dropped, not moved aside',
      'handled := 0',
      'for running(stop) && (maxMessages == 0 || handled < maxMessages) {',
      '\tswitch e := consumer.Poll(1000).(type) {',
      '\tcase *kafka.Message:',
      '\t\t// At-most-once: the offset is committed before processing, so a crash skips the record',
      '\t\t// rather than repeating it.',
      '\t\tif _, err := consumer.CommitMessage(e); err != nil {',
      '\t\t\tfatal(err)',
      '\t\t}',
      `\t\tif err := ${handleCall('e')}; err != nil {`,
      '\t\t\tfmt.Fprintln(os.Stderr, "dropped (at-most-once):", err)',
      '\t\t}',
      '\t\thandled++',
      '\tcase kafka.Error:',
      '\t\t// librdkafka recovers from most errors by itself; they are reported, not fatal.',
      '\t\tfmt.Fprintln(os.Stderr, "consumer error:", e)',
      '\t}',
      '}',
      'if err := consumer.Close(); err != nil {',
      '\tfatal(err)',
      '}',
    );
  }
  return lines(
    clientOpen('confluent-kafka-go', 'consumer', entries),
    sideSetup,
    '',
    '// done holds, per partition, the offset after the last processed record.',
    'done := map[int32]kafka.Offset{}',
    'commitDone := func(only []kafka.TopicPartition) error {',
    '\tvar offsets []kafka.TopicPartition',
    '\tfor partition, next := range done {',
    '\t\tif only == nil || containsPartition(only, partition) {',
    '\t\t\toffsets = append(offsets, kafka.TopicPartition{Topic: &topic, Partition: partition, Offset: next})',
    '\t\t}',
    '\t}',
    '\tif len(offsets) == 0 {',
    '\t\treturn nil',
    '\t}',
    '\tif _, err := consumer.CommitOffsets(offsets); err != nil {',
    '\t\treturn err',
    '\t}',
    '\tfor _, o := range offsets {',
    '\t\tdelete(done, o.Partition)',
    '\t}',
    '\treturn nil',
    '}',
    'rebalance := func(_ *kafka.Consumer, ev kafka.Event) error {',
    '\tif revoked, ok := ev.(kafka.RevokedPartitions); ok {',
    '\t\t// Commit what was processed before the partitions move to another instance.',
    '\t\tif err := commitDone(revoked.Partitions); err != nil {',
    '\t\t\tfmt.Fprintln(os.Stderr, "commit on revoke:", err)',
    '\t\t}',
    '\t}',
    '\treturn nil',
    '}',
    'if err := consumer.SubscribeTopics([]string{topic}, rebalance); err != nil {',
    '\tfatal(err)',
    '}',
    '',
    'handled := 0',
    'for running(stop) && (maxMessages == 0 || handled < maxMessages) {',
    '\tswitch e := consumer.Poll(1000).(type) {',
    '\tcase *kafka.Message:',
    `\t\tif err := ${handleCall('e')}; err != nil {`,
    '\t\t\t_ = commitDone(nil)',
    '\t\t\tfatal(err)',
    '\t\t}',
    '\t\t// At-least-once: a record counts as done only after it was processed.',
    '\t\tdone[e.TopicPartition.Partition] = e.TopicPartition.Offset + 1',
    '\t\thandled++',
    '\t\tif handled%commitEvery == 0 {',
    '\t\t\tif err := commitDone(nil); err != nil {',
    '\t\t\t\tfatal(err)',
    '\t\t\t}',
    '\t\t}',
    '\tcase kafka.Error:',
    '\t\t// librdkafka recovers from most errors by itself; they are reported, not fatal.',
    '\t\tfmt.Fprintln(os.Stderr, "consumer error:", e)',
    '\tcase nil:',
    '\t\t// Idle: commit what was processed.',
    '\t\tif err := commitDone(nil); err != nil {',
    '\t\t\tfatal(err)',
    '\t\t}',
    '\t}',
    '}',
    'if err := commitDone(nil); err != nil {',
    '\tfatal(err)',
    '}',
    '// Close leaves the group at once, so its partitions are reassigned without waiting.',
    'if err := consumer.Close(); err != nil {',
    '\tfatal(err)',
    '}',
  );
}

function confluentProcessorBody(c: ConsumerPlan): string {
  const out = c.output!;
  return lines(
    clientOpen('confluent-kafka-go', 'consumer', configEntries('confluent-kafka-go', [
      ['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'],
      ['group.id', 'groupID', 'instances of this program share the partitions of the topic'],
    ], c.settings)),
    clientOpen('confluent-kafka-go', 'producer', configEntries('confluent-kafka-go', [['bootstrap.servers', 'bootstrap', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)']], out.settings)),
    'defer producer.Close()',
    'ctx := context.Background()',
    'if err := producer.InitTransactions(ctx); err != nil {',
    '\tfatal(err)',
    '}',
    'if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {',
    '\tfatal(err)',
    '}',
    'handled := 0',
    'for running(stop) && (maxMessages == 0 || handled < maxMessages) {',
    '\tbatch := pollBatch(consumer, batchSize)',
    '\tif len(batch) == 0 {',
    '\t\tcontinue',
    '\t}',
    '\t// Results and input offsets commit together in one transaction, or not at all.',
    '\tif err := producer.BeginTransaction(); err != nil {',
    '\t\tfatal(err)',
    '\t}',
    '\terr := func() error {',
    '\t\tfor _, m := range batch {',
    '\t\t\tresult, err := transform(m.Value)',
    '\t\t\tif err != nil {',
    '\t\t\t\treturn err',
    '\t\t\t}',
    '\t\t\t// A failed send makes CommitTransaction fail, so the batch is retried.',
    `\t\t\tif err := producer.Produce(&kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &outputTopic, Partition: kafka.PartitionAny}, Key: m.Key, Value: result, Headers: m.Headers}, nil); err != nil {`,
    '\t\t\t\treturn err',
    '\t\t\t}',
    '\t\t}',
    '\t\tmetadata, err := consumer.GetConsumerGroupMetadata()',
    '\t\tif err != nil {',
    '\t\t\treturn err',
    '\t\t}',
    '\t\tif err := producer.SendOffsetsToTransaction(ctx, nextOffsets(batch), metadata); err != nil {',
    '\t\t\treturn err',
    '\t\t}',
    '\t\treturn producer.CommitTransaction(ctx)',
    '\t}()',
    '\tif err != nil {',
    '\t\tif kerr, ok := err.(kafka.Error); ok && kerr.TxnRequiresAbort() {',
    '\t\t\t// Abort, then rewind to the first record of each partition so the batch is processed again.',
    '\t\t\tif err := producer.AbortTransaction(ctx); err != nil {',
    '\t\t\t\tfatal(err)',
    '\t\t\t}',
    '\t\t\tfor _, tp := range firstOffsets(batch) {',
    '\t\t\t\tif err := consumer.Seek(tp, 0); err != nil {',
    '\t\t\t\t\tfatal(err)',
    '\t\t\t\t}',
    '\t\t\t}',
    '\t\t\tcontinue',
    '\t\t}',
    '\t\tfatal(err)',
    '\t}',
    '\thandled += len(batch)',
    '}',
    'if err := consumer.Close(); err != nil {',
    '\tfatal(err)',
    '}',
  );
}

const CONFLUENT_BATCH_HELPERS = lines(
  '// pollBatch collects up to max records, returning early when none arrive for 100 ms.',
  'func pollBatch(consumer *kafka.Consumer, max int) []*kafka.Message {',
  '\tvar batch []*kafka.Message',
  '\tfor len(batch) < max {',
  '\t\tswitch e := consumer.Poll(100).(type) {',
  '\t\tcase *kafka.Message:',
  '\t\t\tbatch = append(batch, e)',
  '\t\tcase kafka.Error:',
  '\t\t\tfmt.Fprintln(os.Stderr, "consumer error:", e)',
  '\t\tcase nil:',
  '\t\t\treturn batch',
  '\t\t}',
  '\t}',
  '\treturn batch',
  '}',
  '',
  '// nextOffsets are the offsets to commit: one past the last record of each partition.',
  'func nextOffsets(batch []*kafka.Message) []kafka.TopicPartition {',
  '\tlast := map[int32]kafka.TopicPartition{}',
  '\tfor _, m := range batch {',
  '\t\ttp := m.TopicPartition',
  '\t\ttp.Offset++',
  '\t\tlast[tp.Partition] = tp',
  '\t}',
  '\tvar offsets []kafka.TopicPartition',
  '\tfor _, tp := range last {',
  '\t\toffsets = append(offsets, tp)',
  '\t}',
  '\treturn offsets',
  '}',
  '',
  'func firstOffsets(batch []*kafka.Message) []kafka.TopicPartition {',
  '\tfirst := map[int32]kafka.TopicPartition{}',
  '\tfor _, m := range batch {',
  '\t\tif _, ok := first[m.TopicPartition.Partition]; !ok {',
  '\t\t\tfirst[m.TopicPartition.Partition] = m.TopicPartition',
  '\t\t}',
  '\t}',
  '\tvar offsets []kafka.TopicPartition',
  '\tfor _, tp := range first {',
  '\t\toffsets = append(offsets, tp)',
  '\t}',
  '\treturn offsets',
  '}',
);

const RUNNING = lines(
  '// running reports false once SIGINT or SIGTERM arrived: finish the record in hand, commit, close.',
  'func running(stop chan os.Signal) bool {',
  '\tselect {',
  '\tcase <-stop:',
  '\t\treturn false',
  '\tdefault:',
  '\t\treturn true',
  '\t}',
  '}',
);

const CONTAINS = lines(
  'func containsPartition(list []kafka.TopicPartition, partition int32) bool {',
  '\tfor _, tp := range list {',
  '\t\tif tp.Partition == partition {',
  '\t\t\treturn true',
  '\t\t}',
  '\t}',
  '\treturn false',
  '}',
);

function franzConsumerBody(c: ConsumerPlan, side: boolean): string {
  const processor = c.output !== null;
  const fixed: Array<[string, string, string]> = [
    ['', 'kgo.SeedBrokers(strings.Split(bootstrap, ",")...)', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'],
    ['', 'kgo.ConsumerGroup(groupID)', 'instances of this program share the partitions of the topic'],
    ['', 'kgo.ConsumeTopics(topic)', 'the topic this program reads'],
  ];
  if (processor) {
    fixed.push(['', 'kgo.DefaultProduceTopic(outputTopic)', 'where results go'], ['', 'kgo.RequireStableFetchOffsets()', 'wait for offsets of pending transactions, so no input is read twice']);
    const settings = [...c.settings.filter((s) => s.name !== 'enable.auto.commit' && s.name !== 'group.id'), ...c.output!.settings];
    return lines(
      INSTANCE,
      'session, err := kgo.NewGroupTransactSession(',
      tabs(configEntries('franz-go', fixed, settings), 1),
      ')',
      'if err != nil {',
      '\tfatal(err)',
      '}',
      'defer session.Close()',
      'handled := 0',
      'for ctx.Err() == nil && (maxMessages == 0 || handled < maxMessages) {',
      '\tfetches := session.PollRecords(ctx, batchSize)',
      '\tif fetches.IsClientClosed() || ctx.Err() != nil {',
      '\t\tbreak',
      '\t}',
      '\tfetches.EachError(func(t string, p int32, err error) { fmt.Fprintf(os.Stderr, "fetch %s/%d: %v\\n", t, p, err) })',
      '\tif fetches.NumRecords() == 0 {',
      '\t\tcontinue',
      '\t}',
      '\t// Results and input offsets commit together in one transaction, or not at all.',
      '\tif err := session.Begin(); err != nil {',
      '\t\tfatal(err)',
      '\t}',
      '\tvar failed atomic.Bool',
      '\tfetches.EachRecord(func(r *kgo.Record) {',
      '\t\tresult, err := transform(r.Value)',
      '\t\tif err != nil {',
      '\t\t\tfailed.Store(true)',
      '\t\t\treturn',
      '\t\t}',
      '\t\tsession.Produce(ctx, &kgo.Record{Key: r.Key, Value: result, Headers: r.Headers}, func(_ *kgo.Record, err error) {',
      '\t\t\tif err != nil {',
      '\t\t\t\tfailed.Store(true)',
      '\t\t\t}',
      '\t\t})',
      '\t})',
      '\t// End flushes, then commits; when it aborts, the session rewinds to the last committed offsets.',
      '\tcommitted, err := session.End(ctx, kgo.TransactionEndTry(!failed.Load()))',
      '\tif err != nil {',
      '\t\tfatal(err)',
      '\t}',
      '\tif committed {',
      '\t\thandled += fetches.NumRecords()',
      '\t}',
      '}',
    );
  }
  const commitFixed: [string, string, string] = ['', 'kgo.DisableAutoCommit()', AT_LEAST_ONCE_COMMIT];
  fixed.push(commitFixed, ['', 'kgo.BlockRebalanceOnPoll()', 'a rebalance waits until the polled records are processed and committed']);
  const settings = [...c.settings.filter((s) => s.name !== 'enable.auto.commit'), ...(side ? c.sideProducerSettings : [])];
  const atMostOnce = c.commit === 'before-processing';
  return lines(
    clientOpen('franz-go', 'client', configEntries('franz-go', fixed, settings)),
    'defer client.Close() // leaves the group at once, so partitions are reassigned without waiting',
    side
      ? lines(
        '// asideFor(r) writes r to a side topic and waits until it is stored: its offset is',
        '// committed only after that.',
        'asideFor := func(r *kgo.Record) func(string, error) error {',
        '\treturn func(target string, reason error) error {',
        '\t\theaders := append(append([]kgo.RecordHeader{}, r.Headers...),',
        '\t\t\tkgo.RecordHeader{Key: "error.reason", Value: []byte(reason.Error())},',
        '\t\t\tkgo.RecordHeader{Key: "source.topic", Value: []byte(r.Topic)},',
        '\t\t\tkgo.RecordHeader{Key: "source.partition", Value: []byte(strconv.Itoa(int(r.Partition)))},',
        '\t\t\tkgo.RecordHeader{Key: "source.offset", Value: []byte(strconv.FormatInt(r.Offset, 10))})',
        '\t\treturn client.ProduceSync(context.Background(), &kgo.Record{Topic: target, Key: r.Key, Value: r.Value, Headers: headers}).FirstErr()',
        '\t}',
        '}',
      )
      : 'asideFor := func(*kgo.Record) func(string, error) error { return nil } // no side topics in this design',
    'handled := 0',
    'for ctx.Err() == nil && (maxMessages == 0 || handled < maxMessages) {',
    '\tfetches := client.PollRecords(ctx, batchSize)',
    '\tif fetches.IsClientClosed() || ctx.Err() != nil {',
    '\t\tbreak',
    '\t}',
    '\tfetches.EachError(func(t string, p int32, err error) { fmt.Fprintf(os.Stderr, "fetch %s/%d: %v\\n", t, p, err) })',
    '\tvar records []*kgo.Record',
    '\tfetches.EachRecord(func(r *kgo.Record) {',
    '\t\tif maxMessages == 0 || handled+len(records) < maxMessages {',
    '\t\t\trecords = append(records, r)',
    '\t\t}',
    '\t})',
    c.parallel
      ? tabs(lines(
        'batch := records',
        parallelBatch(c, '*kgo.Record', 'r.Key', 'handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r))',
          lines('if err := client.CommitRecords(context.Background(), batch...); err != nil {', '\tfatal(err)', '}')),
        'handled += len(batch)',
      ), 1)
      : atMostOnce
      ? lines(
        '\t// At-most-once: the offsets are committed before processing, so a crash skips the batch',
        '\t// rather than repeating it.',
        '\tif err := client.CommitRecords(context.Background(), records...); err != nil {',
        '\t\tfatal(err)',
        '\t}',
        '\tfor _, r := range records {',
        '\t\tif err := handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r)); err != nil {',
        '\t\t\tfmt.Fprintln(os.Stderr, "dropped (at-most-once):", err)',
        '\t\t}',
        '\t\thandled++',
        '\t}',
      )
      : lines(
        '\tvar processed []*kgo.Record',
        '\tvar failure error',
        '\tfor _, r := range records {',
        '\t\tif failure = handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r)); failure != nil {',
        '\t\t\tbreak',
        '\t\t}',
        '\t\tprocessed = append(processed, r)',
        '\t\thandled++',
        '\t}',
        '\t// At-least-once: commit exactly the records that were processed.',
        '\tif err := client.CommitRecords(context.Background(), processed...); err != nil {',
        '\t\tfatal(err)',
        '\t}',
        '\tif failure != nil {',
        '\t\tfatal(failure)',
        '\t}',
      ),
    '\tclient.AllowRebalance()',
    '}',
  );
}

function consumerMain(plan: GenerationPlan, c: ConsumerPlan, library: GoLibrary): string {
  const processor = c.output !== null;
  const side = Boolean(c.deadLetterTopic || c.pendingTopic) && c.commit !== 'before-processing';
  const commitText = {
    'after-processing': 'offsets are committed only after a record is processed.',
    'before-processing': 'offsets are committed before processing: a crash skips records, never repeats them.',
    transaction: 'input offsets are committed in the same transaction as the results (exactly-once within Kafka).',
  }[c.commit];
  const body = library === 'franz-go'
    ? franzConsumerBody(c, side)
    : processor ? confluentProcessorBody(c) : confluentConsumerBody(c, side);
  return goFile([
    `Command ${kebabCase(c.program)} reads ${c.topic} as group ${c.groupId}${processor ? ` and writes results to ${c.output!.topic}` : ''}.`,
    `Delivery: ${c.delivery}; ${commitText}`,
    `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
  ], lines(
    eventStruct(c.key),
    '',
    processor ? null : 'const retryAttempts = 5',
    c.deadLetterTopic && !processor ? `const deadLetterTopic = ${quote(c.deadLetterTopic)}` : null,
    c.pendingTopic && !processor ? `const pendingTopic = ${quote(c.pendingTopic)}` : null,
    processor ? null : '',
    processor
      ? lines(
        '// transform is your processing: it turns an input value into the result to write. Keep it free',
        '// of outside side effects; only the Kafka writes are covered by the transaction.',
        'func transform(value []byte) ([]byte, error) {',
        '\tvar event Event',
        '\tif err := json.Unmarshal(value, &event); err != nil {',
        '\t\treturn nil, err',
        '\t}',
        '\treturn json.Marshal(event)',
        '}',
      )
      : lines(consumerHelpers(c), '', handleFunction(c, (target) => `moveAside(${target}, err)`)),
    '',
    'func main() {',
    tabs(lines(
      `topic := ${quote(c.topic)}`,
      processor ? `outputTopic := ${quote(c.output!.topic)}` : null,
      `groupID := ${quote(c.groupId)}`,
      'bootstrap := env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")',
      '// Stop after this many records; 0 runs until stopped.',
      'maxMessages := envInt("MAX_MESSAGES", 0)',
      library === 'confluent-kafka-go' && c.commit === 'before-processing' && !c.parallel ? null : library === 'franz-go' || processor || c.parallel
        ? `batchSize := ${c.batchSize} // records per poll${c.settings.some((s) => s.name === 'max.poll.records') ? " (the design's max.poll.records)" : ''}`
        : `commitEvery := ${c.batchSize} // records per commit${c.settings.some((s) => s.name === 'max.poll.records') ? " (the design's max.poll.records)" : ''}`,
      c.parallel ? `handlers := envInt("HANDLERS", ${c.parallel.handlers}) // records handled at once (the design's concurrency)` : null,
      c.rateLimitPerSecond !== null ? lines(
        `ratePerSecond, err := strconv.ParseFloat(env("RATE_LIMIT_PER_SECOND", "${c.rateLimitPerSecond}"), 64)`,
        'if err != nil {',
        '\tfatal(err)',
        '}',
        'if ratePerSecond > 0 {',
        '\tlimiter.interval = time.Duration(float64(time.Second) / ratePerSecond)',
        '}',
      ) : null,
      library === 'franz-go'
        ? lines('ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)', 'defer stop()')
        : lines('stop := make(chan os.Signal, 1)', 'signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)'),
      processor && library === 'confluent-kafka-go' ? INSTANCE : null,
      '',
      body,
    ), 1),
    '}',
    '',
    library === 'confluent-kafka-go'
      ? lines(RUNNING, '', processor ? CONFLUENT_BATCH_HELPERS : c.parallel ? lines(CONFLUENT_HELPERS, '', CONFLUENT_BATCH_HELPERS) : lines(CONFLUENT_HELPERS, '', CONTAINS), '')
      : processor ? null : lines(FRANZ_HELPERS, ''),
    c.parallel && !processor ? lines(PARALLEL_HELPER, '') : null,
    processor ? lines(HOSTNAME, '') : null,
    COMMON,
    '',
  ), library);
}

export function renderGo(library: GoLibrary) {
  return (plan: GenerationPlan, dir: string): GeneratedFile[] => {
    const files: GeneratedFile[] = [];
    const programs: ReadmeProgram[] = [];
    for (const p of plan.producers) {
      const name = kebabCase(p.program);
      files.push({ path: `${dir}/cmd/${name}/main.go`, contents: producerMain(plan, p, library), description: `${p.flow} producer (${library})` });
      files.push({ path: `${dir}/cmd/${name}/security.go`, contents: goSecurity(plan.security, library), description: 'connection security from the environment' });
      programs.push({ kind: 'producer', flow: p.flow, topic: p.topic, run: `go run ./cmd/${name}` });
    }
    for (const c of plan.consumers) {
      const name = kebabCase(c.program);
      files.push({ path: `${dir}/cmd/${name}/main.go`, contents: consumerMain(plan, c, library), description: `${c.flow} ${c.output ? 'processor' : 'consumer'} (${library})` });
      files.push({ path: `${dir}/cmd/${name}/security.go`, contents: goSecurity(plan.security, library), description: 'connection security from the environment' });
      programs.push({ kind: c.output ? 'processor' : 'consumer', flow: c.flow, topic: c.topic, run: `go run ./cmd/${name}` });
    }
    const module = MODULES[library];
    files.push({
      path: `${dir}/go.mod`,
      contents: lines(`module ${kebabCase(plan.name)}`, '', 'go 1.21', '', `require ${module.path} ${module.version}`, ''),
      description: `Go module with ${library}`,
    });
    const avro = [...plan.producers, ...plan.consumers].some((x) => x.avro);
    files.push({
      path: `${dir}/README.md`,
      contents: projectReadme(plan, {
        language: 'Go',
        library,
        setup: ['gofmt -w . # the generated code is valid Go; gofmt aligns it', 'go mod tidy', ...(library === 'confluent-kafka-go' ? ['# confluent-kafka-go bundles librdkafka for linux/macOS; cgo must be enabled'] : [])],
        programs,
        avro: false,
        rendersParallel: true,
        checked: library === 'confluent-kafka-go'
          ? "kafka-specialist's tests check every generated Go file with `gofmt`, and compile (`go vet`) the programs that use no transactions against the confluent-kafka-go source Debian ships (v0.11.6, whose API those programs share with v2). Transactional programs use v2-only calls and are only syntax-checked."
          : "kafka-specialist's tests check every generated Go file with `gofmt` (syntax); franz-go is not installable on the machines the tests run on, so this code is not compiled there. Run `go vet ./...` once before relying on it.",
        notes: avro ? ['Values are JSON: the design chose Avro with a schema registry, which the Go code does not render yet. Add a serializer (confluent-kafka-go `schemaregistry/serde/avro`, or franz-go `pkg/sr`) around `json.Marshal` and `json.Unmarshal`.'] : [],
      }),
      description: 'how to run the Go programs',
    });
    return files;
  };
}
