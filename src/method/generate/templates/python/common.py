"""Python every generated program may use, whatever the library. Each section is copied as it is;
the generator computes the imports. Checked by the tests with python3 -m py_compile."""

# @section shutdown
running = True


def stop(_signum, _frame):
    # Finish the record in hand, then flush and close: no half-done work on SIGTERM or Ctrl-C.
    global running
    running = False


signal.signal(signal.SIGINT, stop)
signal.signal(signal.SIGTERM, stop)

# @end

# @section jsonCodec
def encode_value(event):
    return json.dumps(event).encode("utf-8")


def decode_value(data):
    # A null value is a tombstone: the key was deleted.
    return None if data is None else json.loads(data)

# @end

# @section errorTypes
class TransientError(Exception):
    """Processing failed for a passing reason (timeout, 503): retrying may succeed."""


class PermanentError(Exception):
    """Processing can never succeed for this record (bad data): retrying is pointless."""

# @end

# @section seenEvents
class SeenEvents:
    """Event ids already processed. Redelivery after a rebalance or crash is normal under
    at-least-once; skipping seen ids makes processing idempotent. In production keep the ids in
    the same database transaction as the side effect (a unique key on event_id)."""

    def __init__(self, capacity=100_000):
        self.capacity = capacity
        self.ids = {}

    def __contains__(self, event_id):
        return event_id in self.ids

    def add(self, event_id):
        self.ids[event_id] = True
        if len(self.ids) > self.capacity:
            self.ids.pop(next(iter(self.ids)))


seen_events = SeenEvents()

# @end

# @section rateLimiter
class RateLimiter:
    """Keeps calls under the downstream limit: waits for a token instead of being throttled."""

    def __init__(self, per_second):
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self.next_at = time.monotonic()
        self.lock = threading.Lock()

    def acquire(self):
        with self.lock:  # handlers may share the limiter: each takes its own slot
            now = time.monotonic()
            slot = max(self.next_at, now)
            self.next_at = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


rate_limiter = RateLimiter(RATE_LIMIT_PER_SECOND)

# @end

# @section compactedState
# The topic is compacted state: the latest value per key. A tombstone (null value) deletes the key.
state = {}

# @end

# @section process
def process(key, event, msg):
    """Your business logic. Raise TransientError or PermanentError when it fails."""
    line = json.dumps({
        "key": key,
        "seq": None if event is None else event.get("seq"),
        "event_id": None if event is None else event.get("event_id"),
        # @slot position
    })
    sys.stdout.write(line + "\n")  # one write per line, so parallel handlers never interleave
    sys.stdout.flush()

# @end


def handle_parts():
    try:
        # @section retryInPlace
            # Retry passing failures in place, briefly: the partition waits, so order per key holds.
            for attempt in range(RETRY_ATTEMPTS):
                try:
                    process(key, event, msg)
                    break
                except TransientError:
                    if attempt == RETRY_ATTEMPTS - 1:
                        raise
                    time.sleep(0.1 * 2 ** attempt)

        # @end
    except Exception:
        pass
