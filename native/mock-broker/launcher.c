/*
 * kafka-mock-broker: runs librdkafka's mock cluster (a Kafka-protocol cluster on 127.0.0.1)
 * as a standalone process that kafka-specialist drives.
 *
 * Usage: kafka-mock-broker [--brokers N] [--topic name:partitions[:rf]]... [--rebalance-delay-ms MS]
 *
 * On start it prints one JSON line: {"ready":true,"bootstrap":"127.0.0.1:p1,...","brokers":N}.
 * Then it reads one command per line on stdin and answers each with one JSON line
 * ({"ok":true,...} or {"ok":false,"error":"..."}). It exits on stdin EOF, "quit", SIGTERM or SIGINT.
 *
 * Commands:
 *   broker-down <id>                 disconnect broker <id> and refuse new connections
 *   broker-up <id>                   accept connections again
 *   rtt <id|-1> <ms>                 delay every response of a broker (-1: all brokers)
 *   leader <topic> <partition> <id>  move a partition's leadership (-1: leaderless)
 *   push-errors <apikey> <err>...    the next requests of that ApiKey fail with these codes
 *                                    (-195 = disconnect), cluster-wide, in order
 *   broker-errors <id> <apikey> <err>:<rtt_ms>...
 *                                    the same, on one broker, each answer delayed by rtt_ms
 *   clear-errors <apikey>            drop the cluster-wide errors still queued for that ApiKey
 *   topic <name> <partitions> <rf>   create a topic
 *   rack <id> <rack>                 set a broker's rack
 *   coordinator group|transaction <key> <id>
 *                                    pin the coordinator of a group or transactional id
 *   requests start|stop|clear|count  track requests; count answers per broker and ApiKey
 *   quit                             stop
 *
 * Beyond the mock: OffsetFetch's "all topics" form (a null topic list, v2+) is answered as Kafka
 * answers it, with every offset the group committed (the mock alone answers it with a null list).
 */
/* librdkafka's internal headers first: rd.h sets the feature macros the system headers read. */
#include "rdkafka_int.h"
#include "rdkafka_mock.h"
#include "rdkafka_mock_int.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LINE 65536
#define MAX_WORDS 1024
#define MAX_BROKER_ID 1024
#define MAX_API_KEY 128

static volatile sig_atomic_t stop_requested = 0;

static void on_signal(int sig) {
        (void)sig;
        stop_requested = 1;
}

/* Writes s as a JSON string (quoted, escaped). */
static void put_json_string(const char *s) {
        putchar('"');
        for (; *s; s++) {
                unsigned char c = (unsigned char)*s;
                if (c == '"' || c == '\\')
                        printf("\\%c", c);
                else if (c < 0x20)
                        printf("\\u%04x", c);
                else
                        putchar(c);
        }
        putchar('"');
}

static void reply_ok(void) {
        puts("{\"ok\":true}");
        fflush(stdout);
}

static void reply_error(const char *message) {
        fputs("{\"ok\":false,\"error\":", stdout);
        put_json_string(message);
        puts("}");
        fflush(stdout);
}

static void reply_err(rd_kafka_resp_err_t err) {
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
                reply_ok();
        else
                reply_error(rd_kafka_err2str(err));
}

/* Parses a whole decimal integer; returns 0 on failure. */
static int parse_long(const char *s, long *out) {
        char *end;
        if (!s || !*s)
                return 0;
        errno = 0;
        *out = strtol(s, &end, 10);
        return errno == 0 && *end == '\0';
}

/* The mock's own OffsetFetch handler, called for every request that names its topics. */
static int (*mock_offset_fetch)(rd_kafka_mock_connection_t *mconn, rd_kafka_buf_t *rkbuf);

/* Partitions of a topic holding an offset committed by group. */
static int committed_partition_count(const rd_kafka_mock_topic_t *mtopic, const rd_kafkap_str_t *group) {
        int i, n = 0;
        for (i = 0; i < mtopic->partition_cnt; i++)
                if (rd_kafka_mock_committed_offset_find(&mtopic->partitions[i], group))
                        n++;
        return n;
}

/* OffsetFetch with a null topic list (v2+) asks for every offset the group committed. A Kafka
 * broker answers with those partitions; the mock answers with a null list, so a client that reads
 * offsets the way it would from Kafka cannot be exercised (or measured) against it. This answers
 * that form as Kafka does (the offsets of every topic, or a group-level error and no topics) and
 * leaves every request that names topics to the mock's own handler. */
static int offset_fetch(rd_kafka_mock_connection_t *mconn, rd_kafka_buf_t *rkbuf) {
        const rd_bool_t log_decode_errors = rd_true;
        rd_kafka_mock_cluster_t *mcluster = mconn->broker->cluster;
        const size_t start = rd_slice_offset(&rkbuf->rkbuf_reader);
        const int16_t version = rkbuf->rkbuf_reqhdr.ApiVersion;
        const rd_kafka_mock_topic_t *mtopic;
        rd_kafka_buf_t *resp;
        rd_kafka_resp_err_t all_err;
        rd_kafkap_str_t GroupId;
        int32_t TopicsCnt;
        int topic_cnt = 0, i;

        rd_kafka_buf_read_str(rkbuf, &GroupId);
        rd_kafka_buf_read_arraycnt(rkbuf, &TopicsCnt, 100000);
        if (TopicsCnt != -1 || version < 2) {
                rd_slice_seek(&rkbuf->rkbuf_reader, start);
                return mock_offset_fetch(mconn, rkbuf);
        }

        resp = rd_kafka_mock_buf_new_response(rkbuf);
        if (version >= 3)
                rd_kafka_buf_write_i32(resp, 0); /* ThrottleTimeMs */
        all_err = rd_kafka_mock_next_request_error(mconn, resp);
        if (!all_err && !rd_kafka_mock_cluster_get_coord(mcluster, RD_KAFKA_COORD_GROUP, &GroupId))
                all_err = RD_KAFKA_RESP_ERR_NOT_COORDINATOR;

        if (!all_err)
                TAILQ_FOREACH(mtopic, &mcluster->topics, link)
                        if (committed_partition_count(mtopic, &GroupId) > 0)
                                topic_cnt++;
        rd_kafka_buf_write_arraycnt(resp, topic_cnt);
        if (!all_err) {
                TAILQ_FOREACH(mtopic, &mcluster->topics, link) {
                        const int partition_cnt = committed_partition_count(mtopic, &GroupId);
                        if (partition_cnt == 0)
                                continue;
                        rd_kafka_buf_write_str(resp, mtopic->name, -1);
                        rd_kafka_buf_write_arraycnt(resp, partition_cnt);
                        for (i = 0; i < mtopic->partition_cnt; i++) {
                                const rd_kafka_mock_partition_t *mpart = &mtopic->partitions[i];
                                const rd_kafka_mock_committed_offset_t *coff =
                                    rd_kafka_mock_committed_offset_find(mpart, &GroupId);
                                if (!coff)
                                        continue;
                                rd_kafka_buf_write_i32(resp, mpart->id);
                                rd_kafka_buf_write_i64(resp, coff->offset);
                                if (version >= 5)
                                        rd_kafka_buf_write_i32(resp, mpart->leader_epoch);
                                rd_kafka_buf_write_kstr(resp, coff->metadata);
                                rd_kafka_buf_write_i16(resp, RD_KAFKA_RESP_ERR_NO_ERROR);
                                rd_kafka_buf_write_tags_empty(resp);
                        }
                        rd_kafka_buf_write_tags_empty(resp);
                }
        }
        rd_kafka_buf_write_i16(resp, all_err); /* group-level ErrorCode (v2+) */
        rd_kafka_mock_connection_send_response(mconn, resp);
        return 0;

err_parse:
        return -1;
}

static int create_topic(rd_kafka_mock_cluster_t *mcluster, const char *name, long partitions, long rf,
                        char *why, size_t why_size) {
        rd_kafka_resp_err_t err;
        if (partitions < 1 || rf < 1) {
                snprintf(why, why_size, "topic %s: partitions and replication factor must be >= 1", name);
                return 0;
        }
        err = rd_kafka_mock_topic_create(mcluster, name, (int)partitions, (int)rf);
        if (err) {
                snprintf(why, why_size, "topic %s: %s", name, rd_kafka_err2str(err));
                return 0;
        }
        return 1;
}

/* Answers "requests count": tracked requests summed per broker and ApiKey. */
static void reply_request_counts(rd_kafka_mock_cluster_t *mcluster) {
        size_t cnt = 0, i;
        rd_kafka_mock_request_t **reqs = rd_kafka_mock_get_requests(mcluster, &cnt);
        static long counts[MAX_BROKER_ID + 1][MAX_API_KEY];
        int b, k, first_broker = 1;

        memset(counts, 0, sizeof(counts));
        for (i = 0; i < cnt; i++) {
                int32_t id = rd_kafka_mock_request_id(reqs[i]);
                int16_t key = rd_kafka_mock_request_api_key(reqs[i]);
                if (id >= 0 && id <= MAX_BROKER_ID && key >= 0 && key < MAX_API_KEY)
                        counts[id][key]++;
        }
        if (reqs)
                rd_kafka_mock_request_destroy_array(reqs, cnt);

        printf("{\"ok\":true,\"total\":%zu,\"brokers\":{", cnt);
        for (b = 0; b <= MAX_BROKER_ID; b++) {
                int first_key = 1;
                for (k = 0; k < MAX_API_KEY; k++) {
                        if (!counts[b][k])
                                continue;
                        if (first_key) {
                                printf("%s\"%d\":{", first_broker ? "" : ",", b);
                                first_broker = 0;
                        }
                        printf("%s\"%d\":%ld", first_key ? "" : ",", k, counts[b][k]);
                        first_key = 0;
                }
                if (!first_key)
                        putchar('}');
        }
        puts("}}");
        fflush(stdout);
}

static void handle(rd_kafka_mock_cluster_t *mcluster, char **w, int n) {
        long a, b, c;
        char why[512];
        const char *cmd = w[0];

        if (!strcmp(cmd, "broker-down") && n == 2 && parse_long(w[1], &a)) {
                reply_err(rd_kafka_mock_broker_set_down(mcluster, (int32_t)a));
        } else if (!strcmp(cmd, "broker-up") && n == 2 && parse_long(w[1], &a)) {
                reply_err(rd_kafka_mock_broker_set_up(mcluster, (int32_t)a));
        } else if (!strcmp(cmd, "rtt") && n == 3 && parse_long(w[1], &a) && parse_long(w[2], &b)) {
                reply_err(rd_kafka_mock_broker_set_rtt(mcluster, (int32_t)a, (int)b));
        } else if (!strcmp(cmd, "leader") && n == 4 && parse_long(w[2], &a) && parse_long(w[3], &b)) {
                reply_err(rd_kafka_mock_partition_set_leader(mcluster, w[1], (int32_t)a, (int32_t)b));
        } else if (!strcmp(cmd, "push-errors") && n >= 3 && parse_long(w[1], &a)) {
                rd_kafka_resp_err_t errs[MAX_WORDS];
                int i;
                for (i = 2; i < n; i++) {
                        if (!parse_long(w[i], &b)) {
                                reply_error("push-errors: error codes must be integers");
                                return;
                        }
                        errs[i - 2] = (rd_kafka_resp_err_t)b;
                }
                rd_kafka_mock_push_request_errors_array(mcluster, (int16_t)a, (size_t)(n - 2), errs);
                reply_ok();
        } else if (!strcmp(cmd, "broker-errors") && n >= 4 && parse_long(w[1], &a) && parse_long(w[2], &b)) {
                int i;
                for (i = 3; i < n; i++) {
                        char *colon = strchr(w[i], ':');
                        long rtt = 0;
                        rd_kafka_resp_err_t err;
                        if (colon) {
                                *colon = '\0';
                                if (!parse_long(colon + 1, &rtt)) {
                                        reply_error("broker-errors: expected <err>:<rtt_ms>");
                                        return;
                                }
                        }
                        if (!parse_long(w[i], &c)) {
                                reply_error("broker-errors: expected <err>:<rtt_ms>");
                                return;
                        }
                        /* One tuple per call keeps the stack in the order given. */
                        err = rd_kafka_mock_broker_push_request_error_rtts(mcluster, (int32_t)a, (int16_t)b, 1,
                                                                           (rd_kafka_resp_err_t)c, (int)rtt);
                        if (err) {
                                reply_err(err);
                                return;
                        }
                }
                reply_ok();
        } else if (!strcmp(cmd, "clear-errors") && n == 2 && parse_long(w[1], &a)) {
                rd_kafka_mock_clear_request_errors(mcluster, (int16_t)a);
                reply_ok();
        } else if (!strcmp(cmd, "topic") && n == 4 && parse_long(w[2], &a) && parse_long(w[3], &b)) {
                if (create_topic(mcluster, w[1], a, b, why, sizeof(why)))
                        reply_ok();
                else
                        reply_error(why);
        } else if (!strcmp(cmd, "coordinator") && n == 4 && (!strcmp(w[1], "group") || !strcmp(w[1], "transaction")) &&
                   parse_long(w[3], &a)) {
                reply_err(rd_kafka_mock_coordinator_set(mcluster, w[1], w[2], (int32_t)a));
        } else if (!strcmp(cmd, "rack") && n == 3 && parse_long(w[1], &a)) {
                reply_err(rd_kafka_mock_broker_set_rack(mcluster, (int32_t)a, w[2]));
        } else if (!strcmp(cmd, "requests") && n == 2) {
                if (!strcmp(w[1], "start")) {
                        rd_kafka_mock_start_request_tracking(mcluster);
                        reply_ok();
                } else if (!strcmp(w[1], "stop")) {
                        rd_kafka_mock_stop_request_tracking(mcluster);
                        reply_ok();
                } else if (!strcmp(w[1], "clear")) {
                        rd_kafka_mock_clear_requests(mcluster);
                        reply_ok();
                } else if (!strcmp(w[1], "count")) {
                        reply_request_counts(mcluster);
                } else {
                        reply_error("requests: expected start, stop, clear or count");
                }
        } else {
                snprintf(why, sizeof(why), "unknown command or wrong arguments: %s", cmd);
                reply_error(why);
        }
}

/* Reads stdin line by line until EOF, "quit" or a signal. */
static void command_loop(rd_kafka_mock_cluster_t *mcluster) {
        static char buf[MAX_LINE];
        size_t used = 0;

        while (!stop_requested) {
                struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
                ssize_t got;
                char *nl;
                int r = poll(&pfd, 1, 200);
                if (r < 0 && errno == EINTR)
                        continue;
                if (r <= 0)
                        continue;
                got = read(STDIN_FILENO, buf + used, sizeof(buf) - 1 - used);
                if (got < 0 && errno == EINTR)
                        continue;
                if (got <= 0)
                        return; /* EOF: our parent is gone */
                used += (size_t)got;
                buf[used] = '\0';
                while ((nl = strchr(buf, '\n'))) {
                        char *words[MAX_WORDS], *save = NULL, *tok;
                        int n = 0;
                        *nl = '\0';
                        for (tok = strtok_r(buf, " \t\r", &save); tok && n < MAX_WORDS;
                             tok = strtok_r(NULL, " \t\r", &save))
                                words[n++] = tok;
                        if (n > 0) {
                                if (!strcmp(words[0], "quit")) {
                                        reply_ok();
                                        return;
                                }
                                handle(mcluster, words, n);
                        }
                        used -= (size_t)(nl + 1 - buf);
                        memmove(buf, nl + 1, used + 1);
                }
                if (used == sizeof(buf) - 1) {
                        reply_error("command line too long");
                        used = 0;
                }
        }
}

static void usage_exit(const char *why) {
        fprintf(stderr, "kafka-mock-broker: %s\n", why);
        fprintf(stderr,
                "usage: kafka-mock-broker [--brokers N] [--topic name:partitions[:rf]]... "
                "[--rebalance-delay-ms MS]\n");
        exit(2);
}

int main(int argc, char **argv) {
        long brokers = 3, rebalance_delay_ms = 0;
        const char *topics[MAX_WORDS];
        int topic_cnt = 0, i;
        char errstr[512];
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *mcluster;
        struct sigaction sa;

        for (i = 1; i < argc; i++) {
                if (!strcmp(argv[i], "--brokers") && i + 1 < argc) {
                        if (!parse_long(argv[++i], &brokers) || brokers < 1 || brokers > MAX_BROKER_ID)
                                usage_exit("--brokers must be an integer from 1 to 1024");
                } else if (!strcmp(argv[i], "--topic") && i + 1 < argc) {
                        if (topic_cnt == MAX_WORDS)
                                usage_exit("too many --topic");
                        topics[topic_cnt++] = argv[++i];
                } else if (!strcmp(argv[i], "--rebalance-delay-ms") && i + 1 < argc) {
                        if (!parse_long(argv[++i], &rebalance_delay_ms) || rebalance_delay_ms < 0)
                                usage_exit("--rebalance-delay-ms must be a non-negative integer");
                } else {
                        usage_exit("unknown argument");
                }
        }

        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal;
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        signal(SIGPIPE, SIG_IGN);

        /* The mock cluster needs a client handle for its bookkeeping; this one never produces. */
        conf = rd_kafka_conf_new();
        if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
                usage_exit(errstr);
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "kafka-mock-broker: %s\n", errstr);
                return 1;
        }
        mcluster = rd_kafka_mock_cluster_new(rk, (int)brokers);
        if (!mcluster) {
                fprintf(stderr, "kafka-mock-broker: could not create the mock cluster\n");
                rd_kafka_destroy(rk);
                return 1;
        }
        /* Without this the mock names a controller that does not exist (id 0), and clients that
         * look the controller up (kafkajs admin, idempotent producer init) fail. */
        rd_kafka_mock_set_controller_id(mcluster, 1);
        rd_kafka_mock_group_initial_rebalance_delay_ms(mcluster, (int32_t)rebalance_delay_ms);
        /* Set before any client can connect: the cluster's thread reads its handlers per request. */
        mock_offset_fetch = mcluster->api_handlers[RD_KAFKAP_OffsetFetch].cb;
        mcluster->api_handlers[RD_KAFKAP_OffsetFetch].cb = offset_fetch;

        for (i = 0; i < topic_cnt; i++) {
                char name[256];
                long partitions = 1, rf = brokers < 3 ? brokers : 3;
                char *p1, *p2;
                snprintf(name, sizeof(name), "%s", topics[i]);
                p1 = strchr(name, ':');
                if (p1) {
                        *p1++ = '\0';
                        p2 = strchr(p1, ':');
                        if (p2)
                                *p2++ = '\0';
                        if (!parse_long(p1, &partitions) || (p2 && !parse_long(p2, &rf)))
                                usage_exit("--topic must be name:partitions[:rf]");
                }
                if (!*name || !create_topic(mcluster, name, partitions, rf, errstr, sizeof(errstr))) {
                        fprintf(stderr, "kafka-mock-broker: %s\n", *name ? errstr : "empty topic name");
                        rd_kafka_mock_cluster_destroy(mcluster);
                        rd_kafka_destroy(rk);
                        return 2;
                }
        }

        fputs("{\"ready\":true,\"bootstrap\":", stdout);
        put_json_string(rd_kafka_mock_cluster_bootstraps(mcluster));
        printf(",\"brokers\":%ld}\n", brokers);
        fflush(stdout);

        command_loop(mcluster);

        rd_kafka_mock_cluster_destroy(mcluster);
        rd_kafka_destroy(rk);
        return 0;
}
