// Throughput of `schema check`: a realistic 60-field event schema checked against 20 earlier
// versions in FULL_TRANSITIVE mode (40 reader/writer pair checks per run). Target: >= 5,000 pair
// checks per second. Prints figures; asserts nothing.
import './footer.mjs';
import { checkCompatibility, parseSchemaValue } from '../dist/index.js';

const enumOf = (name, symbols) => ({ type: 'enum', name, symbols: ['UNKNOWN', ...symbols], default: 'UNKNOWN' });
const optional = (name, type) => ({ name, type: ['null', type], default: null, doc: `${name}, null when unknown` });
const required = (name, type) => ({ name, type, doc: name });

/** 40 fields every version has: envelope, a nested address record, enums, arrays, maps, decimals. */
const core = [
  required('event_id', { type: 'string', logicalType: 'uuid' }),
  required('event_type', enumOf('OrderEventType', ['CREATED', 'PAID', 'SHIPPED', 'CANCELLED'])),
  required('occurred_at', { type: 'long', logicalType: 'timestamp-millis' }),
  optional('correlation_id', 'string'),
  optional('causation_id', 'string'),
  required('producer', 'string'),
  { name: 'schema_version', type: 'int', default: 1 },
  required('order_id', 'string'),
  required('customer_id', 'string'),
  required('currency', enumOf('Currency', ['EUR', 'USD', 'GBP', 'JPY'])),
  required('total', { type: 'bytes', logicalType: 'decimal', precision: 18, scale: 2 }),
  required('tax', { type: 'bytes', logicalType: 'decimal', precision: 18, scale: 2 }),
  optional('discount', { type: 'bytes', logicalType: 'decimal', precision: 18, scale: 2 }),
  required('item_count', 'int'),
  required('lines', {
    type: 'array',
    items: {
      type: 'record',
      name: 'OrderLine',
      fields: [
        required('sku', 'string'),
        required('quantity', 'int'),
        required('unit_price', 'double'),
        optional('note', 'string'),
        { name: 'tags', type: { type: 'array', items: 'string' }, default: [] },
      ],
    },
  }),
  required('shipping_address', {
    type: 'record',
    name: 'Address',
    fields: [required('line1', 'string'), optional('line2', 'string'), required('city', 'string'), required('postcode', 'string'), required('country', 'string'), optional('region', 'string')],
  }),
  optional('billing_address', 'Address'),
  { name: 'attributes', type: { type: 'map', values: 'string' }, default: {} },
  required('channel', enumOf('Channel', ['WEB', 'APP', 'STORE', 'PHONE'])),
  optional('coupon', 'string'),
  required('paid', 'boolean'),
  optional('paid_at', { type: 'long', logicalType: 'timestamp-millis' }),
  optional('shipped_at', { type: 'long', logicalType: 'timestamp-millis' }),
  optional('delivered_at', { type: 'long', logicalType: 'timestamp-millis' }),
  optional('carrier', 'string'),
  optional('tracking_number', 'string'),
  required('weight_grams', 'long'),
  optional('gift_message', 'string'),
  required('priority', enumOf('Priority', ['LOW', 'NORMAL', 'HIGH'])),
  optional('sales_rep', 'string'),
  { name: 'metrics', type: { type: 'map', values: 'double' }, default: {} },
  required('fingerprint', { type: 'fixed', name: 'Fingerprint', size: 16 }),
  optional('ip_address', 'string'),
  optional('user_agent', 'string'),
  required('locale', 'string'),
  optional('referrer', 'string'),
  { name: 'experiment_ids', type: { type: 'array', items: 'long' }, default: [] },
  optional('loyalty_points', 'int'),
  optional('warehouse', 'string'),
  optional('notes', 'string'),
];

/** Version v (1..21): the core plus v-1 optional fields added over time; v21 has 60 fields. */
function version(v) {
  const added = Array.from({ length: v - 1 }, (_, i) => optional(`added_${i + 1}`, i % 3 === 0 ? 'long' : 'string'));
  return { type: 'record', name: 'OrderEvent', namespace: 'com.acme.orders', doc: 'An order event', fields: [...core, ...added] };
}

const previous = Array.from({ length: 20 }, (_, i) => parseSchemaValue(version(i + 1)));
const next = parseSchemaValue(version(21));
if (next.fields.length !== 60) throw new Error(`expected 60 fields, got ${next.fields.length}`);

const first = checkCompatibility(next, previous, 'FULL_TRANSITIVE');
if (!first.compatible || first.checks.length !== 40) throw new Error('bench schemas should be compatible with 40 checks');

function measure(label, body, pairsPerRun) {
  for (let i = 0; i < 50; i++) body(); // warm up
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (let i = 0; i < 20; i++) body();
    runs += 20;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSecond = Math.round((runs * pairsPerRun) / (elapsed / 1000));
  console.log(`${label}: ${runs} runs in ${elapsed.toFixed(0)} ms = ${perSecond.toLocaleString('en-US')} pair checks/s (${(elapsed / runs).toFixed(3)} ms per FULL_TRANSITIVE check of 20 versions)`);
  return perSecond;
}

console.log('schema check: 60-field schema, 20 previous versions, FULL_TRANSITIVE (40 pair checks per run)');
const checkOnly = measure('check (schemas parsed once)', () => checkCompatibility(next, previous, 'FULL_TRANSITIVE'), 40);
const texts = [...Array.from({ length: 20 }, (_, i) => JSON.stringify(version(i + 1))), JSON.stringify(version(21))];
measure(
  'parse 21 schemas + check',
  () => {
    const parsed = texts.map((t) => parseSchemaValue(JSON.parse(t)));
    checkCompatibility(parsed[20], parsed.slice(0, 20), 'FULL_TRANSITIVE');
  },
  40,
);
console.log(`target >= 5,000 pair checks/s: ${checkOnly >= 5000 ? 'met' : 'NOT met'}`);
