// Go every generated program may use, whatever the library. Each section is copied as it is; the
// generator computes the imports of the program it goes into. Checked by gofmt in the tests.
package main

// @section env
func env(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func envInt(name string, fallback int) int {
	v, err := strconv.Atoi(env(name, strconv.Itoa(fallback)))
	if err != nil {
		fatal(fmt.Errorf("%s: %w", name, err))
	}
	return v
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// @end

// @section newEventId
func newEventID() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		fatal(err)
	}
	return hex.EncodeToString(b)
}

// @end

// @section hostname
func hostname() string {
	name, err := os.Hostname()
	if err != nil {
		return "instance-0"
	}
	return name
}

// @end

// @section running
// running reports false once SIGINT or SIGTERM arrived: finish the record in hand, commit, close.
func running(stop chan os.Signal) bool {
	select {
	case <-stop:
		return false
	default:
		return true
	}
}

// @end

func statements() {
	// @section instance
	// Stable per instance across restarts, so a restarted instance fences its old self.
	instanceID := env("INSTANCE_ID", hostname())
	// @end
}

// @section errorTypes
// TransientError marks a failure for a passing reason (timeout, 503): retrying may succeed.
type TransientError struct{ Err error }

func (e TransientError) Error() string { return e.Err.Error() }

// PermanentError marks a record that can never succeed (bad data): retrying is pointless.
type PermanentError struct{ Err error }

func (e PermanentError) Error() string { return e.Err.Error() }

// @end

// @section seenEvents
// seenEvents holds event ids already processed. Redelivery after a rebalance or crash is normal
// under at-least-once; skipping seen ids makes processing idempotent. In production keep the ids
// in the same database transaction as the side effect (a unique key on event_id).
type seenEvents struct {
	mu    sync.Mutex // handlers may run at once
	ids   map[string]struct{}
	order []string
}

func (s *seenEvents) has(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.ids[id]
	return ok
}

func (s *seenEvents) add(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ids[id] = struct{}{}
	s.order = append(s.order, id)
	if len(s.order) > 100000 {
		delete(s.ids, s.order[0])
		s.order = s.order[1:]
	}
}

var seen = &seenEvents{ids: map[string]struct{}{}}

// @end

// @section rateLimiter
// rateLimiter keeps calls under the downstream limit: it waits for a slot instead of being throttled.
type rateLimiter struct {
	mu       sync.Mutex // handlers may run at once: each takes its own slot
	interval time.Duration
	next     time.Time
}

func (r *rateLimiter) acquire() {
	r.mu.Lock()
	now := time.Now()
	slot := r.next
	if slot.Before(now) {
		slot = now
	}
	r.next = slot.Add(r.interval)
	r.mu.Unlock()
	time.Sleep(slot.Sub(now))
}

var limiter = &rateLimiter{} // its interval is set from RATE_LIMIT_PER_SECOND in main
// @end

// @section compactedState
// state is the compacted topic read as a table: the latest value per key; a tombstone deletes.
var state = map[string]*Event{}
var stateMu sync.Mutex // handlers may run at once
// @end

// @section process
// process is your business logic. Return TransientError or PermanentError when it fails.
func process(key string, event *Event, partition int32, offset int64) error {
	seq, id := int64(-1), ""
	if event != nil {
		seq, id = event.Seq, event.EventID
	}
	line, err := json.Marshal(map[string]any{"key": key, "seq": seq, "event_id": id, "partition": partition, "offset": offset})
	if err != nil {
		return PermanentError{err}
	}
	fmt.Println(string(line))
	return nil
}

// @end

// @section parallel
// handleInParallel handles records with up to handlers goroutines. Records with the same lane run
// one after another, in order; different lanes run at once. It returns the first failure once every
// chain has stopped, so the caller commits nothing of a batch that did not fully succeed.
func handleInParallel[R any](records []R, handlers int, laneOf func(int, R) string, handleOne func(R) error) error {
	var lanes []string
	chains := map[string][]R{}
	for i, r := range records {
		lane := laneOf(i, r)
		if _, ok := chains[lane]; !ok {
			lanes = append(lanes, lane)
		}
		chains[lane] = append(chains[lane], r)
	}
	if handlers < 1 {
		handlers = 1
	}
	work := make(chan []R)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for w := 0; w < handlers && w < len(lanes); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for chain := range work {
				for _, r := range chain {
					if err := handleOne(r); err != nil {
						mu.Lock()
						if first == nil {
							first = err
						}
						mu.Unlock()
						break
					}
				}
			}
		}()
	}
	for _, lane := range lanes {
		work <- chains[lane]
	}
	close(work)
	wg.Wait()
	return first
}

// @end

// @section handle
// handle processes one record; a non-nil error stops the consumer before its offset is committed.
func handle(key string, value []byte, headers map[string]string, partition int32, offset int64, moveAside func(topic string, reason error) error) error {
	var event *Event
	if value != nil {
		event = &Event{}
		if err := json.Unmarshal(value, event); err != nil {
			// @slot unreadable
		}
	}
	// @slot skipSeen
	// @slot updateState
	// @slot waitForRate
	// @slot process
	switch err.(type) {
	case nil:
	case PermanentError:
		// @slot permanent
	case TransientError:
		// @slot transient
	default:
		return err
	}
	// @slot remember
	return nil
}

// @end

func handleParts() {
	// @section skipSeen
	eventID := headers["event_id"]
	if eventID == "" && event != nil {
		eventID = event.EventID
	}
	if eventID != "" && seen.has(eventID) {
		return nil // already processed: a redelivery
	}
	// @end

	// @section updateState
	stateMu.Lock()
	if event == nil {
		delete(state, key)
	} else {
		state[key] = event
	}
	stateMu.Unlock()
	// @end

	// @section retryInPlace
	// Retry passing failures in place, briefly: the partition waits, so order per key holds.
	err := process(key, event, partition, offset)
	for attempt := 1; attempt < retryAttempts; attempt++ {
		if _, transient := err.(TransientError); !transient {
			break
		}
		time.Sleep(time.Duration(100<<attempt) * time.Millisecond)
		err = process(key, event, partition, offset)
	}
	// @end

	// @section remember
	if eventID != "" {
		seen.add(eventID)
	}
	// @end
}

// @section transform
// transform is your processing: it turns an input value into the result to write. Keep it free
// of outside side effects; only the Kafka writes are covered by the transaction.
func transform(value []byte) ([]byte, error) {
	var event Event
	if err := json.Unmarshal(value, &event); err != nil {
		return nil, err
	}
	return json.Marshal(event)
}

// @end
