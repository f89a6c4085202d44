// Go for franz-go: helpers and the parts of main that do not depend on the design. Checked by
// gofmt in the tests.
package main

// @section headerMap
func headerMap(headers []kgo.RecordHeader) map[string]string {
	m := map[string]string{}
	for _, h := range headers {
		m[h.Key] = string(h.Value)
	}
	return m
}

// @end

// The head of every poll loop: poll a batch, stop when the client closes or the program is
// stopped, report fetch errors. poller is the client, or the transactional session.
func pollHead(poller *kgo.Client) {
	for {
		// @section fetch
		fetches := poller.PollRecords(ctx, batchSize)
		if fetches.IsClientClosed() || ctx.Err() != nil {
			break
		}
		fetches.EachError(func(t string, p int32, err error) { fmt.Fprintf(os.Stderr, "fetch %s/%d: %v\n", t, p, err) })

		// @end
	}
}

// Statements the generator puts inside main.
func statements() {
	// @section producer
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	// @slot instance
	// @slot open
	defer client.Close()
	var failures atomic.Int64
	// @slot loop
	// Flush waits for every outstanding delivery before exiting.
	if err := client.Flush(context.Background()); err != nil {
		fatal(err)
	}
	if n := failures.Load(); n > 0 {
		fatal(fmt.Errorf("%d records failed", n))
	}

	// @end

	// @section produce
	// @slot event
	// @slot record
	// Every record is checked: a failed delivery makes the program exit non-zero.
	client.Produce(ctx, record, func(r *kgo.Record, err error) {
		if err != nil {
			failures.Add(1)
			fmt.Fprintf(os.Stderr, "delivery failed for key %s: %v\n", r.Key, err)
		}
	})

	// @end

	// @section transactions
	// Each batch is one transaction: consumers reading committed data see all of it or none.
	for start := 0; start < messageCount && ctx.Err() == nil; start += transactionSize {
		if err := client.BeginTransaction(); err != nil {
			fatal(err)
		}
		for seq := start; seq < start+transactionSize && seq < messageCount; seq++ {
			// @slot produce
		}
		// Flush before ending: a transaction commits only records that were delivered.
		commit := kgo.TryCommit
		if err := client.Flush(ctx); err != nil || failures.Load() > 0 {
			commit = kgo.TryAbort
		}
		if err := client.EndTransaction(ctx, commit); err != nil {
			fatal(err)
		}
		if commit == kgo.TryAbort {
			fatal(fmt.Errorf("transaction aborted after %d failed deliveries", failures.Load()))
		}
	}

	// @end

	// @section processorLoop
	if err != nil {
		fatal(err)
	}
	defer session.Close()
	handled := 0
	for ctx.Err() == nil && (maxMessages == 0 || handled < maxMessages) {
		// @slot fetch
		if fetches.NumRecords() == 0 {
			continue
		}
		// Results and input offsets commit together in one transaction, or not at all.
		if err := session.Begin(); err != nil {
			fatal(err)
		}
		var failed atomic.Bool
		fetches.EachRecord(func(r *kgo.Record) {
			result, err := transform(r.Value)
			if err != nil {
				failed.Store(true)
				return
			}
			session.Produce(ctx, &kgo.Record{Key: r.Key, Value: result, Headers: r.Headers}, func(_ *kgo.Record, err error) {
				if err != nil {
					failed.Store(true)
				}
			})
		})
		// End flushes, then commits; when it aborts, the session rewinds to the last committed offsets.
		committed, err := session.End(ctx, kgo.TransactionEndTry(!failed.Load()))
		if err != nil {
			fatal(err)
		}
		if committed {
			handled += fetches.NumRecords()
		}
	}

	// @end

	// @section sideProducer
	// asideFor(r) writes r to a side topic and waits until it is stored: its offset is
	// committed only after that.
	asideFor := func(r *kgo.Record) func(string, error) error {
		return func(target string, reason error) error {
			headers := append(append([]kgo.RecordHeader{}, r.Headers...),
				kgo.RecordHeader{Key: "error.reason", Value: []byte(reason.Error())},
				kgo.RecordHeader{Key: "source.topic", Value: []byte(r.Topic)},
				kgo.RecordHeader{Key: "source.partition", Value: []byte(strconv.Itoa(int(r.Partition)))},
				kgo.RecordHeader{Key: "source.offset", Value: []byte(strconv.FormatInt(r.Offset, 10))})
			return client.ProduceSync(context.Background(), &kgo.Record{Topic: target, Key: r.Key, Value: r.Value, Headers: headers}).FirstErr()
		}
	}

	// @end

	// @section pollLoop
	handled := 0
	for ctx.Err() == nil && (maxMessages == 0 || handled < maxMessages) {
		// @slot fetch
		var records []*kgo.Record
		fetches.EachRecord(func(r *kgo.Record) {
			if maxMessages == 0 || handled+len(records) < maxMessages {
				records = append(records, r)
			}
		})
		// @slot handle
		client.AllowRebalance()
	}

	// @end

	// @section atMostOnce
	// At-most-once: the offsets are committed before processing, so a crash skips the batch
	// rather than repeating it.
	if err := client.CommitRecords(context.Background(), records...); err != nil {
		fatal(err)
	}
	for _, r := range records {
		if err := handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r)); err != nil {
			fmt.Fprintln(os.Stderr, "dropped (at-most-once):", err)
		}
		handled++
	}

	// @end

	// @section atLeastOnce
	var processed []*kgo.Record
	var failure error
	for _, r := range records {
		if failure = handle(string(r.Key), r.Value, headerMap(r.Headers), r.Partition, r.Offset, asideFor(r)); failure != nil {
			break
		}
		processed = append(processed, r)
		handled++
	}
	// At-least-once: commit exactly the records that were processed.
	if err := client.CommitRecords(context.Background(), processed...); err != nil {
		fatal(err)
	}
	if failure != nil {
		fatal(failure)
	}

	// @end
}
