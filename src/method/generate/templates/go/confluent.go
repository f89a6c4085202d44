// Go for confluent-kafka-go (librdkafka): helpers and the parts of main that do not depend on the
// design. Checked by gofmt in the tests.
package main

// @section headerMap
func headerMap(headers []kafka.Header) map[string]string {
	m := map[string]string{}
	for _, h := range headers {
		m[h.Key] = string(h.Value)
	}
	return m
}

// @end

// @section containsPartition
func containsPartition(list []kafka.TopicPartition, partition int32) bool {
	for _, tp := range list {
		if tp.Partition == partition {
			return true
		}
	}
	return false
}

// @end

// @section batchHelpers
// pollBatch collects up to max records, returning early when none arrive for 100 ms.
func pollBatch(consumer *kafka.Consumer, max int) []*kafka.Message {
	var batch []*kafka.Message
	for len(batch) < max {
		switch e := consumer.Poll(100).(type) {
		case *kafka.Message:
			batch = append(batch, e)
		case kafka.Error:
			fmt.Fprintln(os.Stderr, "consumer error:", e)
		case nil:
			return batch
		}
	}
	return batch
}

// nextOffsets are the offsets to commit: one past the last record of each partition.
func nextOffsets(batch []*kafka.Message) []kafka.TopicPartition {
	last := map[int32]kafka.TopicPartition{}
	for _, m := range batch {
		tp := m.TopicPartition
		tp.Offset++
		last[tp.Partition] = tp
	}
	var offsets []kafka.TopicPartition
	for _, tp := range last {
		offsets = append(offsets, tp)
	}
	return offsets
}

func firstOffsets(batch []*kafka.Message) []kafka.TopicPartition {
	first := map[int32]kafka.TopicPartition{}
	for _, m := range batch {
		if _, ok := first[m.TopicPartition.Partition]; !ok {
			first[m.TopicPartition.Partition] = m.TopicPartition
		}
	}
	var offsets []kafka.TopicPartition
	for _, tp := range first {
		offsets = append(offsets, tp)
	}
	return offsets
}

// @end

// Statements the generator puts inside main.
func statements() {
	// @section producer
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	// @slot instance
	// @slot open
	defer producer.Close()

	// Every record is checked: a failed delivery makes the program exit non-zero.
	var pending sync.WaitGroup
	var failures atomic.Int64
	deliveries := make(chan kafka.Event, 1000)
	go func() {
		for e := range deliveries {
			if m, ok := e.(*kafka.Message); ok {
				if m.TopicPartition.Error != nil {
					failures.Add(1)
					fmt.Fprintf(os.Stderr, "delivery failed for key %s: %v\n", m.Key, m.TopicPartition.Error)
				}
				pending.Done()
			}
		}
	}()

	running := func() bool {
		select {
		case <-stop:
			return false
		default:
			return true
		}
	}
	// @slot loop
	// Flush waits for every outstanding delivery report before exiting.
	producer.Flush(30000)
	pending.Wait()
	if n := failures.Load(); n > 0 {
		fatal(fmt.Errorf("%d records failed", n))
	}

	// @end

	// @section produce
	// @slot event
	// @slot message
	pending.Add(1)
	for {
		err := producer.Produce(msg, deliveries)
		if err == nil {
			break
		}
		if kerr, ok := err.(kafka.Error); ok && kerr.Code() == kafka.ErrQueueFull {
			// The local queue is full: wait for deliveries to make room.
			time.Sleep(50 * time.Millisecond)
			continue
		}
		fatal(err)
	}

	// @end

	// @section transactions
	// Each batch is one transaction: consumers reading committed data see all of it or none.
	ctx := context.Background()
	if err := producer.InitTransactions(ctx); err != nil {
		fatal(err)
	}
	for start := 0; start < messageCount && running(); {
		if err := producer.BeginTransaction(); err != nil {
			fatal(err)
		}
		for seq := start; seq < start+transactionSize && seq < messageCount; seq++ {
			// @slot produce
		}
		if err := producer.CommitTransaction(ctx); err != nil {
			if kerr, ok := err.(kafka.Error); ok && kerr.TxnRequiresAbort() {
				// The transaction cannot commit: abort it and send the same batch again.
				if err := producer.AbortTransaction(ctx); err != nil {
					fatal(err)
				}
				continue
			}
			fatal(err)
		}
		start += transactionSize
	}

	// @end

	// @section sideProducer
	defer sideProducer.Close()
	// asideFor(m) writes m to a side topic and waits until it is stored: its offset is
	// committed only after that.
	asideFor := func(m *kafka.Message) func(string, error) error {
		return func(target string, reason error) error {
			headers := append(append([]kafka.Header{}, m.Headers...),
				kafka.Header{Key: "error.reason", Value: []byte(reason.Error())},
				kafka.Header{Key: "source.topic", Value: []byte(topic)},
				kafka.Header{Key: "source.partition", Value: []byte(strconv.Itoa(int(m.TopicPartition.Partition)))},
				kafka.Header{Key: "source.offset", Value: []byte(m.TopicPartition.Offset.String())})
			delivered := make(chan kafka.Event, 1)
			aside := &kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &target, Partition: kafka.PartitionAny}, Key: m.Key, Value: m.Value, Headers: headers}
			if err := sideProducer.Produce(aside, delivered); err != nil {
				return err
			}
			return (<-delivered).(*kafka.Message).TopicPartition.Error
		}
	}

	// @end

	// @section parallelLoop
	// Each batch is committed before the next poll, so a rebalance finds nothing handled and uncommitted.
	if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {
		fatal(err)
	}
	handled := 0
	for running(stop) && (maxMessages == 0 || handled < maxMessages) {
		batch := pollBatch(consumer, batchSize)
		if maxMessages > 0 && len(batch) > maxMessages-handled {
			batch = batch[:maxMessages-handled]
		}
		if len(batch) == 0 {
			continue
		}
		// @slot batch
		handled += len(batch)
	}
	if err := consumer.Close(); err != nil {
		fatal(err)
	}

	// @end

	// @section atMostOnceLoop
	if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {
		fatal(err)
	}
	asideFor := func(*kafka.Message) func(string, error) error { return nil } // at-most-once: failures are dropped, not moved aside
	handled := 0
	for running(stop) && (maxMessages == 0 || handled < maxMessages) {
		switch e := consumer.Poll(1000).(type) {
		case *kafka.Message:
			// At-most-once: the offset is committed before processing, so a crash skips the record
			// rather than repeating it.
			if _, err := consumer.CommitMessage(e); err != nil {
				fatal(err)
			}
			if err := handle(string(e.Key), e.Value, headerMap(e.Headers), e.TopicPartition.Partition, int64(e.TopicPartition.Offset), asideFor(e)); err != nil {
				fmt.Fprintln(os.Stderr, "dropped (at-most-once):", err)
			}
			handled++
		case kafka.Error:
			// librdkafka recovers from most errors by itself; they are reported, not fatal.
			fmt.Fprintln(os.Stderr, "consumer error:", e)
		}
	}
	if err := consumer.Close(); err != nil {
		fatal(err)
	}

	// @end

	// @section atLeastOnceLoop
	// done holds, per partition, the offset after the last processed record.
	done := map[int32]kafka.Offset{}
	commitDone := func(only []kafka.TopicPartition) error {
		var offsets []kafka.TopicPartition
		for partition, next := range done {
			if only == nil || containsPartition(only, partition) {
				offsets = append(offsets, kafka.TopicPartition{Topic: &topic, Partition: partition, Offset: next})
			}
		}
		if len(offsets) == 0 {
			return nil
		}
		if _, err := consumer.CommitOffsets(offsets); err != nil {
			return err
		}
		for _, o := range offsets {
			delete(done, o.Partition)
		}
		return nil
	}
	rebalance := func(_ *kafka.Consumer, ev kafka.Event) error {
		if revoked, ok := ev.(kafka.RevokedPartitions); ok {
			// Commit what was processed before the partitions move to another instance.
			if err := commitDone(revoked.Partitions); err != nil {
				fmt.Fprintln(os.Stderr, "commit on revoke:", err)
			}
		}
		return nil
	}
	if err := consumer.SubscribeTopics([]string{topic}, rebalance); err != nil {
		fatal(err)
	}

	handled := 0
	for running(stop) && (maxMessages == 0 || handled < maxMessages) {
		switch e := consumer.Poll(1000).(type) {
		case *kafka.Message:
			if err := handle(string(e.Key), e.Value, headerMap(e.Headers), e.TopicPartition.Partition, int64(e.TopicPartition.Offset), asideFor(e)); err != nil {
				_ = commitDone(nil)
				fatal(err)
			}
			// At-least-once: a record counts as done only after it was processed.
			done[e.TopicPartition.Partition] = e.TopicPartition.Offset + 1
			handled++
			if handled%commitEvery == 0 {
				if err := commitDone(nil); err != nil {
					fatal(err)
				}
			}
		case kafka.Error:
			// librdkafka recovers from most errors by itself; they are reported, not fatal.
			fmt.Fprintln(os.Stderr, "consumer error:", e)
		case nil:
			// Idle: commit what was processed.
			if err := commitDone(nil); err != nil {
				fatal(err)
			}
		}
	}
	if err := commitDone(nil); err != nil {
		fatal(err)
	}
	// Close leaves the group at once, so its partitions are reassigned without waiting.
	if err := consumer.Close(); err != nil {
		fatal(err)
	}

	// @end

	// @section processorLoop
	defer producer.Close()
	ctx := context.Background()
	if err := producer.InitTransactions(ctx); err != nil {
		fatal(err)
	}
	if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {
		fatal(err)
	}
	handled := 0
	for running(stop) && (maxMessages == 0 || handled < maxMessages) {
		batch := pollBatch(consumer, batchSize)
		if len(batch) == 0 {
			continue
		}
		// Results and input offsets commit together in one transaction, or not at all.
		if err := producer.BeginTransaction(); err != nil {
			fatal(err)
		}
		err := func() error {
			for _, m := range batch {
				result, err := transform(m.Value)
				if err != nil {
					return err
				}
				// A failed send makes CommitTransaction fail, so the batch is retried.
				if err := producer.Produce(&kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &outputTopic, Partition: kafka.PartitionAny}, Key: m.Key, Value: result, Headers: m.Headers}, nil); err != nil {
					return err
				}
			}
			metadata, err := consumer.GetConsumerGroupMetadata()
			if err != nil {
				return err
			}
			if err := producer.SendOffsetsToTransaction(ctx, nextOffsets(batch), metadata); err != nil {
				return err
			}
			return producer.CommitTransaction(ctx)
		}()
		if err != nil {
			if kerr, ok := err.(kafka.Error); ok && kerr.TxnRequiresAbort() {
				// Abort, then rewind to the first record of each partition so the batch is processed again.
				if err := producer.AbortTransaction(ctx); err != nil {
					fatal(err)
				}
				for _, tp := range firstOffsets(batch) {
					if err := consumer.Seek(tp, 0); err != nil {
						fatal(err)
					}
				}
				continue
			}
			fatal(err)
		}
		handled += len(batch)
	}
	if err := consumer.Close(); err != nil {
		fatal(err)
	}

	// @end
}
