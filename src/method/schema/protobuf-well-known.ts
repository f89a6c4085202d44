// Files a Confluent Schema Registry resolves by import path without a reference: Google's
// well-known types, a few google/type messages and Confluent's decimal. Only what decoding needs:
// package, messages, field numbers and types (https://protobuf.dev/reference/protobuf/google.protobuf/).

const file = (pkg: string, body: string) => `syntax = "proto3"; package ${pkg}; ${body}`;
const wrapper = (name: string, type: string) => `message ${name} { ${type} value = 1; }`;
const seconds = 'int64 seconds = 1; int32 nanos = 2;';

export const WELL_KNOWN_PROTOS: Readonly<Record<string, string>> = {
  'google/protobuf/any.proto': file('google.protobuf', 'message Any { string type_url = 1; bytes value = 2; }'),
  'google/protobuf/duration.proto': file('google.protobuf', `message Duration { ${seconds} }`),
  'google/protobuf/empty.proto': file('google.protobuf', 'message Empty {}'),
  'google/protobuf/field_mask.proto': file('google.protobuf', 'message FieldMask { repeated string paths = 1; }'),
  'google/protobuf/struct.proto': file(
    'google.protobuf',
    `message Struct { map<string, Value> fields = 1; }
     message Value { oneof kind { NullValue null_value = 1; double number_value = 2; string string_value = 3; bool bool_value = 4; Struct struct_value = 5; ListValue list_value = 6; } }
     enum NullValue { NULL_VALUE = 0; }
     message ListValue { repeated Value values = 1; }`,
  ),
  'google/protobuf/timestamp.proto': file('google.protobuf', `message Timestamp { ${seconds} }`),
  'google/protobuf/wrappers.proto': file(
    'google.protobuf',
    [
      ['DoubleValue', 'double'],
      ['FloatValue', 'float'],
      ['Int64Value', 'int64'],
      ['UInt64Value', 'uint64'],
      ['Int32Value', 'int32'],
      ['UInt32Value', 'uint32'],
      ['BoolValue', 'bool'],
      ['StringValue', 'string'],
      ['BytesValue', 'bytes'],
    ]
      .map(([name, type]) => wrapper(name!, type!))
      .join('\n'),
  ),
  'google/type/date.proto': file('google.type', 'message Date { int32 year = 1; int32 month = 2; int32 day = 3; }'),
  'google/type/timeofday.proto': file('google.type', 'message TimeOfDay { int32 hours = 1; int32 minutes = 2; int32 seconds = 3; int32 nanos = 4; }'),
  'google/type/money.proto': file('google.type', 'message Money { string currency_code = 1; int64 units = 2; int32 nanos = 3; }'),
  'google/type/latlng.proto': file('google.type', 'message LatLng { double latitude = 1; double longitude = 2; }'),
  'confluent/type/decimal.proto': file('confluent.type', 'message Decimal { bytes value = 1; uint32 precision = 2; int32 scale = 3; }'),
};
