// Is there a Kafka broker at the bootstrap address? One ApiVersions v0 request per address, with
// a short deadline, before any client library is let loose: kafkajs retries a port that accepts
// but never answers (or answers garbage, or speaks TLS to a plaintext client) for tens of seconds
// and then fails with a message that does not say why. This says it at once, per address.
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { UserError } from '../model/errors.js';
import type { ConnectionOptions } from './connection.js';

/** The longest wait for one address's answer: a broker answers ApiVersions in milliseconds. */
const PROBE_MS = 5000;
const API_VERSIONS = 18;
const CORRELATION_ID = 0x6b736b73;
/** An ApiVersions response is a few hundred bytes; anything claiming more is not a broker's answer. */
const MAX_RESPONSE_BYTES = 1 << 20;

function apiVersionsRequest(): Buffer {
  const clientId = Buffer.from('kafka-specialist-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
  body.writeInt16BE(API_VERSIONS, 0);
  body.writeInt16BE(0, 2);
  body.writeInt32BE(CORRELATION_ID, 4);
  body.writeInt16BE(clientId.length, 8);
  clientId.copy(body, 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

function splitAddress(address: string): { host: string; port: number } | undefined {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(address.trim());
  if (!m || Number(m[2]) > 65535) return undefined;
  return { host: m[1]!, port: Number(m[2]) };
}

/** Why `address` is not a reachable Kafka listener, or undefined when a broker answered. */
export function probeAddress(address: string, options: Pick<ConnectionOptions, 'ssl' | 'timeoutMs'>): Promise<string | undefined> {
  const at = splitAddress(address);
  if (!at) return Promise.resolve(`"${address}" is not host:port`);
  const deadline = Math.min(options.timeoutMs ?? PROBE_MS, PROBE_MS);
  return new Promise((resolve) => {
    let settled = false;
    let received = Buffer.alloc(0);
    let socket: Socket;
    const finish = (why: string | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(why);
    };
    const timer = setTimeout(
      () =>
        finish(
          `no answer within ${deadline} ms: the port accepts connections but does not answer as Kafka${options.ssl ? '' : ' (a TLS listener also stays silent to a plaintext client: try --ssl)'}`,
        ),
      deadline,
    );
    if (options.ssl) {
      const tls = typeof options.ssl === 'object' ? options.ssl : {};
      socket = tlsConnect(
        { host: at.host, port: at.port, servername: /^[\d.:]+$/.test(at.host) ? undefined : at.host, ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.rejectUnauthorized ?? true },
        () => socket.write(apiVersionsRequest()),
      );
    } else {
      socket = tcpConnect({ host: at.host, port: at.port }, () => socket.write(apiVersionsRequest()));
    }
    socket.on('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'ECONNREFUSED'
          ? 'connection refused (nothing listens there)'
          : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
            ? 'no such host'
            : e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH'
              ? 'host unreachable'
              : e.code === 'ECONNRESET'
                ? 'the connection was reset (a TLS or non-Kafka listener, or a firewall)'
                : options.ssl && /SSL|TLS|certificate|wrong version/i.test(e.message)
                  ? `the TLS handshake failed (${e.message}): a plaintext listener, or a certificate not trusted`
                  : e.message;
      finish(why);
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // A TLS record (alert or handshake) in answer to a plaintext request: the listener wants TLS.
      if ((!options.ssl && received[0] === 0x15) || (!options.ssl && received[0] === 0x16 && received[1] === 0x03)) {
        finish('the port speaks TLS: add --ssl (and --ssl-ca if the certificate is private)');
        return;
      }
      if (received.length < 8) return;
      const size = received.readInt32BE(0);
      if (size < 4 || size > MAX_RESPONSE_BYTES || received.readInt32BE(4) !== CORRELATION_ID) {
        finish('the port answers, but not in the Kafka protocol');
        return;
      }
      finish(undefined);
    });
    socket.on('end', () => finish('the connection was closed without an answer (not a Kafka listener, or one that wants TLS or SASL first)'));
  });
}

/**
 * Throws a user error naming each bootstrap address and why it is not a reachable Kafka broker,
 * unless at least one of them answered as Kafka.
 */
export async function ensureKafkaReachable(connection: ConnectionOptions): Promise<void> {
  const results = await Promise.all(connection.bootstrap.map(async (address) => ({ address, why: await probeAddress(address, connection) })));
  if (results.some((r) => r.why === undefined)) return;
  throw new UserError(
    results.map((r) => ({
      field: '--bootstrap',
      message: `cannot reach Kafka at ${r.address}: ${r.why}`,
      suggestion: 'check the address and port, the --ssl and SASL flags, and that the cluster is up and reachable from here',
    })),
  );
}
