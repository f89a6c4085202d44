// The JSON forms the proto3 JSON mapping gives well-known types
// (https://protobuf.dev/programming-guides/json/): Timestamp as RFC 3339 UTC text, Duration as
// seconds with an "s", wrappers as their value, Struct/Value/ListValue as plain JSON, FieldMask as
// comma-joined camelCase paths, Any with "@type" and its message when the schema knows the type;
// plus Confluent's Decimal as exact decimal text. Anything out of range stays the plain object.
import { UserError } from '../../model/errors.js';
import type { ProtoMessage, ResolvedProto } from '../schema/protobuf-types.js';
import { decimalText } from './avro-binary.js';

/** Key of the fields a message holds that its schema does not name ("$" is in no Protobuf name). */
export const UNKNOWN_KEY = '$unknown';

type Fields = Record<string, unknown>;
type DecodeNested = (message: ProtoMessage, bytes: Uint8Array) => unknown;

const WRAPPER_ZERO: Record<string, unknown> = {
  DoubleValue: 0,
  FloatValue: 0,
  Int64Value: '0',
  UInt64Value: '0',
  Int32Value: 0,
  UInt32Value: 0,
  BoolValue: false,
  StringValue: '',
  BytesValue: '',
};

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range RFC 3339 text covers. */
const TIMESTAMP_SECONDS = { min: -62_135_596_800n, max: 253_402_300_799n };
/** About 10,000 years, Duration's documented range. */
const DURATION_SECONDS = 315_576_000_000n;

/** Nanoseconds as 0, 3, 6 or 9 fraction digits, as the mapping prints them. */
function fraction(nanos: number): string {
  if (nanos === 0) return '';
  const digits = String(nanos).padStart(9, '0');
  return `.${nanos % 1_000_000 === 0 ? digits.slice(0, 3) : nanos % 1000 === 0 ? digits.slice(0, 6) : digits}`;
}

/** The civil date of a day count since 1970-01-01 (proleptic Gregorian, Hinnant's algorithm). */
function civil(days: bigint): [bigint, bigint, bigint] {
  const z = days + 719_468n;
  const era = (z >= 0n ? z : z - 146_096n) / 146_097n;
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const day = doy - (153n * mp + 2n) / 5n + 1n;
  const month = mp < 10n ? mp + 3n : mp - 9n;
  return [yoe + era * 400n + (month <= 2n ? 1n : 0n), month, day];
}

const pad = (n: bigint, width: number) => n.toString().padStart(width, '0');

function timestamp(f: Fields): string | undefined {
  const seconds = BigInt((f.seconds as string | undefined) ?? '0');
  const nanos = (f.nanos as number | undefined) ?? 0;
  if (seconds < TIMESTAMP_SECONDS.min || seconds > TIMESTAMP_SECONDS.max || nanos < 0 || nanos > 999_999_999) return undefined;
  const days = (seconds >= 0n ? seconds : seconds - 86_399n) / 86_400n;
  const rest = seconds - days * 86_400n;
  const [y, m, d] = civil(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(rest / 3600n, 2)}:${pad((rest / 60n) % 60n, 2)}:${pad(rest % 60n, 2)}${fraction(nanos)}Z`;
}

function duration(f: Fields): string | undefined {
  const seconds = BigInt((f.seconds as string | undefined) ?? '0');
  const nanos = (f.nanos as number | undefined) ?? 0;
  const abs = seconds < 0n ? -seconds : seconds;
  if (abs > DURATION_SECONDS || Math.abs(nanos) > 999_999_999 || (seconds > 0n && nanos < 0) || (seconds < 0n && nanos > 0)) return undefined;
  return `${seconds < 0n || nanos < 0 ? '-' : ''}${abs}${fraction(Math.abs(nanos))}s`;
}

function value(f: Fields): unknown {
  if ('null_value' in f) return null;
  for (const k of ['number_value', 'string_value', 'bool_value', 'struct_value', 'list_value']) if (k in f) return f[k];
  return null;
}

function any(f: Fields, resolved: ResolvedProto, decodeNested: DecodeNested): unknown {
  const url = (f.type_url as string | undefined) ?? '';
  const bytes = Buffer.from((f.value as string | undefined) ?? '', 'base64');
  const message = resolved.byName.get(url.slice(url.lastIndexOf('/') + 1));
  if (message) {
    try {
      const inner = decodeNested(message, bytes);
      const plain = typeof inner === 'object' && inner !== null && !Array.isArray(inner) && !message.fullName.startsWith('google.protobuf.');
      return plain ? { '@type': url, ...inner } : { '@type': url, value: inner };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  }
  return { '@type': url, value: f.value ?? '' };
}

/** A decoded message in its JSON form: the well-known types' own, any other as it is. */
export function present(message: ProtoMessage, f: Fields, resolved: ResolvedProto, decodeNested: DecodeNested): unknown {
  if (UNKNOWN_KEY in f) return f;
  const [pkg, name] = [message.fullName.slice(0, message.fullName.lastIndexOf('.')), message.fullName.slice(message.fullName.lastIndexOf('.') + 1)];
  if (pkg === 'confluent.type' && name === 'Decimal') return decimalText(Buffer.from((f.value as string | undefined) ?? '', 'base64'), (f.scale as number | undefined) ?? 0);
  if (pkg !== 'google.protobuf') return f;
  if (name in WRAPPER_ZERO) return 'value' in f ? f.value : WRAPPER_ZERO[name];
  switch (name) {
    case 'Timestamp':
      return timestamp(f) ?? f;
    case 'Duration':
      return duration(f) ?? f;
    case 'Struct':
      return f.fields ?? {};
    case 'Value':
      return value(f);
    case 'ListValue':
      return f.values ?? [];
    case 'FieldMask':
      return ((f.paths as string[] | undefined) ?? []).map((p) => p.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())).join(',');
    case 'Any':
      return any(f, resolved, decodeNested);
    default:
      return f;
  }
}
