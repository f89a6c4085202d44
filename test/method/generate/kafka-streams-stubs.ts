// Compile-only stand-ins for the Kafka Streams, test-utils, Jackson and JUnit types the generated
// Streams application uses (the jars cannot be fetched here: npm and Debian only). Each stub has
// the real library's package, generics and parameter types (Kafka Streams 3.x signatures, with the 2.x window builders that 3.x still has), so javac
// checks the generated DSL's types, lambdas and overloads; the bodies do nothing.
const S = 'org/apache/kafka/streams';
const K = `${S}/kstream`;
const stub = (pkg: string, body: string) => `package ${pkg.replace(/\//g, '.')};\n${body}\n`;

export const KAFKA_STREAMS_STUBS: Record<string, string> = {
  'org/apache/kafka/common/serialization/Serde.java': stub('org/apache/kafka/common/serialization', 'public interface Serde<T> {}'),
  'org/apache/kafka/common/serialization/Serializer.java': stub('org/apache/kafka/common/serialization', 'public interface Serializer<T> {}'),
  'org/apache/kafka/common/serialization/Deserializer.java': stub('org/apache/kafka/common/serialization', 'public interface Deserializer<T> {}'),
  'org/apache/kafka/common/serialization/StringSerializer.java': stub('org/apache/kafka/common/serialization', 'public class StringSerializer implements Serializer<String> {}'),
  'org/apache/kafka/common/serialization/StringDeserializer.java': stub('org/apache/kafka/common/serialization', 'public class StringDeserializer implements Deserializer<String> {}'),
  'org/apache/kafka/common/serialization/LongDeserializer.java': stub('org/apache/kafka/common/serialization', 'public class LongDeserializer implements Deserializer<Long> {}'),
  'org/apache/kafka/common/serialization/Serdes.java': stub(
    'org/apache/kafka/common/serialization',
    'public class Serdes { public static Serde<String> String() { return null; } public static Serde<Long> Long() { return null; } }',
  ),
  'org/apache/kafka/common/utils/Bytes.java': stub('org/apache/kafka/common/utils', 'public class Bytes {}'),
  [`${S}/KeyValue.java`]: stub(S, 'public class KeyValue<K, V> { public final K key = null; public final V value = null; public static <K, V> KeyValue<K, V> pair(K key, V value) { return null; } }'),
  [`${S}/Topology.java`]: stub(S, 'public class Topology {}'),
  [`${S}/KafkaStreams.java`]: stub(
    S,
    'public class KafkaStreams { public KafkaStreams(Topology t, java.util.Properties p) {} public void start() {} public boolean close(java.time.Duration d) { return true; } }',
  ),
  [`${S}/StreamsBuilder.java`]: stub(
    S,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.kstream.*; import org.apache.kafka.streams.state.KeyValueStore;
public class StreamsBuilder {
  public <K, V> KStream<K, V> stream(String topic, Consumed<K, V> consumed) { return null; }
  public <K, V> KTable<K, V> table(String topic, Consumed<K, V> consumed, Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized) { return null; }
  public <K, V> GlobalKTable<K, V> globalTable(String topic, Consumed<K, V> consumed, Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized) { return null; }
  public Topology build(java.util.Properties props) { return null; }
}`,
  ),
  [`${S}/TopologyTestDriver.java`]: stub(
    S,
    `import org.apache.kafka.common.serialization.*;
public class TopologyTestDriver implements AutoCloseable {
  public TopologyTestDriver(Topology topology, java.util.Properties config) {}
  public <K, V> TestInputTopic<K, V> createInputTopic(String topic, Serializer<K> k, Serializer<V> v) { return null; }
  public <K, V> TestOutputTopic<K, V> createOutputTopic(String topic, Deserializer<K> k, Deserializer<V> v) { return null; }
  public void close() {}
}`,
  ),
  [`${S}/TestInputTopic.java`]: stub(S, 'public class TestInputTopic<K, V> { public void pipeInput(K key, V value, java.time.Instant timestamp) {} }'),
  [`${S}/TestOutputTopic.java`]: stub(S, 'public class TestOutputTopic<K, V> { public java.util.List<KeyValue<K, V>> readKeyValuesToList() { return null; } }'),
  [`${S}/state/StateStore.java`]: stub(`${S}/state`, 'public interface StateStore {}'),
  [`${S}/state/KeyValueStore.java`]: stub(`${S}/state`, 'public interface KeyValueStore<K, V> extends StateStore {}'),
  [`${S}/state/WindowStore.java`]: stub(`${S}/state`, 'public interface WindowStore<K, V> extends StateStore {}'),
  [`${S}/state/SessionStore.java`]: stub(`${S}/state`, 'public interface SessionStore<K, V> extends StateStore {}'),
  [`${K}/Predicate.java`]: stub(K, 'public interface Predicate<K, V> { boolean test(K key, V value); }'),
  [`${K}/ValueMapper.java`]: stub(K, 'public interface ValueMapper<V, VR> { VR apply(V value); }'),
  [`${K}/KeyValueMapper.java`]: stub(K, 'public interface KeyValueMapper<K, V, VR> { VR apply(K key, V value); }'),
  [`${K}/ValueJoiner.java`]: stub(K, 'public interface ValueJoiner<V1, V2, VR> { VR apply(V1 value1, V2 value2); }'),
  [`${K}/Initializer.java`]: stub(K, 'public interface Initializer<VA> { VA apply(); }'),
  [`${K}/Aggregator.java`]: stub(K, 'public interface Aggregator<K, V, VA> { VA apply(K key, V value, VA aggregate); }'),
  [`${K}/Reducer.java`]: stub(K, 'public interface Reducer<V> { V apply(V value1, V value2); }'),
  [`${K}/Merger.java`]: stub(K, 'public interface Merger<K, V> { V apply(K aggKey, V aggOne, V aggTwo); }'),
  [`${K}/Window.java`]: stub(K, 'public abstract class Window {}'),
  [`${K}/Windows.java`]: stub(K, 'public abstract class Windows<W extends Window> {}'),
  [`${K}/Windowed.java`]: stub(K, 'public class Windowed<K> { public K key() { return null; } }'),
  [`${K}/TimeWindows.java`]: stub(
    K,
    'import java.time.Duration; public final class TimeWindows extends Windows<Window> { public static TimeWindows ofSizeAndGrace(Duration size, Duration grace) { return null; } public static TimeWindows of(Duration size) { return null; } public TimeWindows grace(Duration grace) { return this; } public TimeWindows advanceBy(Duration advance) { return this; } }',
  ),
  [`${K}/SessionWindows.java`]: stub(
    K,
    'import java.time.Duration; public final class SessionWindows { public static SessionWindows ofInactivityGapAndGrace(Duration gap, Duration grace) { return null; } public static SessionWindows with(Duration gap) { return null; } public SessionWindows grace(Duration grace) { return this; } }',
  ),
  [`${K}/SlidingWindows.java`]: stub(
    K,
    'import java.time.Duration; public final class SlidingWindows { public static SlidingWindows ofTimeDifferenceAndGrace(Duration difference, Duration grace) { return null; } public static SlidingWindows withTimeDifferenceAndGrace(Duration difference, Duration grace) { return null; } }',
  ),
  [`${K}/JoinWindows.java`]: stub(
    K,
    'import java.time.Duration; public class JoinWindows { public static JoinWindows ofTimeDifferenceAndGrace(Duration difference, Duration grace) { return null; } public static JoinWindows of(Duration difference) { return null; } public JoinWindows grace(Duration grace) { return this; } }',
  ),
  [`${K}/Named.java`]: stub(K, 'public class Named { public static Named as(String name) { return null; } }'),
  [`${K}/Consumed.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class Consumed<K, V> { public static <K, V> Consumed<K, V> with(Serde<K> k, Serde<V> v) { return null; } public Consumed<K, V> withName(String name) { return this; } }',
  ),
  [`${K}/Produced.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class Produced<K, V> { public static <K, V> Produced<K, V> with(Serde<K> k, Serde<V> v) { return null; } public Produced<K, V> withName(String name) { return this; } }',
  ),
  [`${K}/Grouped.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class Grouped<K, V> { public static <K, V> Grouped<K, V> with(String name, Serde<K> k, Serde<V> v) { return null; } }',
  ),
  [`${K}/Repartitioned.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class Repartitioned<K, V> { public static <K, V> Repartitioned<K, V> as(String name) { return null; } public Repartitioned<K, V> withKeySerde(Serde<K> k) { return this; } public Repartitioned<K, V> withValueSerde(Serde<V> v) { return this; } public Repartitioned<K, V> withNumberOfPartitions(int n) { return this; } }',
  ),
  [`${K}/Joined.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class Joined<K, V, VO> { public static <K, V, VO> Joined<K, V, VO> with(Serde<K> k, Serde<V> v, Serde<VO> o) { return null; } public Joined<K, V, VO> withName(String name) { return this; } }',
  ),
  [`${K}/StreamJoined.java`]: stub(
    K,
    'import org.apache.kafka.common.serialization.Serde; public class StreamJoined<K, V1, V2> { public static <K, V1, V2> StreamJoined<K, V1, V2> with(Serde<K> k, Serde<V1> v, Serde<V2> o) { return null; } public StreamJoined<K, V1, V2> withName(String name) { return this; } public StreamJoined<K, V1, V2> withStoreName(String name) { return this; } }',
  ),
  [`${K}/TableJoined.java`]: stub(K, 'public class TableJoined<K, KO> { public static <K, KO> TableJoined<K, KO> as(String name) { return null; } }'),
  [`${K}/Materialized.java`]: stub(
    K,
    `import org.apache.kafka.common.serialization.Serde; import org.apache.kafka.streams.state.StateStore;
public class Materialized<K, V, S extends StateStore> {
  public static <K, V, S extends StateStore> Materialized<K, V, S> as(String storeName) { return null; }
  public Materialized<K, V, S> withKeySerde(Serde<K> k) { return this; }
  public Materialized<K, V, S> withValueSerde(Serde<V> v) { return this; }
}`,
  ),
  [`${K}/Suppressed.java`]: stub(
    K,
    `import java.time.Duration;
public interface Suppressed<K> {
  interface BufferConfig<BC extends BufferConfig<BC>> {
    static EagerBufferConfig maxBytes(long byteLimit) { return null; }
    static StrictBufferConfig unbounded() { return null; }
    StrictBufferConfig shutDownWhenFull();
    EagerBufferConfig emitEarlyWhenFull();
  }
  interface StrictBufferConfig extends BufferConfig<StrictBufferConfig> {}
  interface EagerBufferConfig extends BufferConfig<EagerBufferConfig> {}
  static <K extends Windowed> Suppressed<K> untilWindowCloses(StrictBufferConfig bufferConfig) { return null; }
  static <K> Suppressed<K> untilTimeLimit(Duration timeToWaitForMoreEvents, BufferConfig<?> bufferConfig) { return null; }
  Suppressed<K> withName(String name);
}`,
  ),
  [`${K}/GlobalKTable.java`]: stub(K, 'public interface GlobalKTable<K, V> {}'),
  [`${K}/KStream.java`]: stub(
    K,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.KeyValue; import org.apache.kafka.streams.state.KeyValueStore;
public interface KStream<K, V> {
  KStream<K, V> filter(Predicate<? super K, ? super V> predicate, Named named);
  <KR> KStream<KR, V> selectKey(KeyValueMapper<? super K, ? super V, ? extends KR> mapper, Named named);
  <KR, VR> KStream<KR, VR> map(KeyValueMapper<? super K, ? super V, ? extends KeyValue<? extends KR, ? extends VR>> mapper, Named named);
  <VR> KStream<K, VR> mapValues(ValueMapper<? super V, ? extends VR> mapper, Named named);
  KStream<K, V> repartition(Repartitioned<K, V> repartitioned);
  void to(String topic, Produced<K, V> produced);
  KTable<K, V> toTable(Named named, Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized);
  <KR> KGroupedStream<KR, V> groupBy(KeyValueMapper<? super K, ? super V, KR> keySelector, Grouped<KR, V> grouped);
  KGroupedStream<K, V> groupByKey(Grouped<K, V> grouped);
  <VO, VR> KStream<K, VR> join(KStream<K, VO> other, ValueJoiner<? super V, ? super VO, ? extends VR> joiner, JoinWindows windows, StreamJoined<K, V, VO> streamJoined);
  <VT, VR> KStream<K, VR> join(KTable<K, VT> table, ValueJoiner<? super V, ? super VT, ? extends VR> joiner, Joined<K, V, VT> joined);
  <GK, GV, RV> KStream<K, RV> join(GlobalKTable<GK, GV> table, KeyValueMapper<? super K, ? super V, ? extends GK> keySelector, ValueJoiner<? super V, ? super GV, ? extends RV> joiner, Named named);
}`,
  ),
  [`${K}/KTable.java`]: stub(
    K,
    `import java.util.function.Function; import org.apache.kafka.streams.KeyValue;
public interface KTable<K, V> {
  KTable<K, V> filter(Predicate<? super K, ? super V> predicate, Named named);
  <VR> KTable<K, VR> mapValues(ValueMapper<? super V, ? extends VR> mapper, Named named);
  KStream<K, V> toStream(Named named);
  KTable<K, V> suppress(Suppressed<? super K> suppressed);
  <KR, VR> KGroupedTable<KR, VR> groupBy(KeyValueMapper<? super K, ? super V, KeyValue<KR, VR>> selector, Grouped<KR, VR> grouped);
  <VO, VR> KTable<K, VR> join(KTable<K, VO> other, ValueJoiner<? super V, ? super VO, ? extends VR> joiner, Named named);
  <VR, KO, VO> KTable<K, VR> join(KTable<KO, VO> other, Function<V, KO> foreignKeyExtractor, ValueJoiner<V, VO, VR> joiner, TableJoined<K, KO> tableJoined);
  <VR, KO, VO> KTable<K, VR> join(KTable<KO, VO> other, Function<V, KO> foreignKeyExtractor, ValueJoiner<V, VO, VR> joiner, Named named);
}`,
  ),
  [`${K}/KGroupedStream.java`]: stub(
    K,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.state.KeyValueStore;
public interface KGroupedStream<K, V> {
  <W extends Window> TimeWindowedKStream<K, V> windowedBy(Windows<W> windows);
  TimeWindowedKStream<K, V> windowedBy(SlidingWindows windows);
  SessionWindowedKStream<K, V> windowedBy(SessionWindows windows);
  KTable<K, Long> count(Named named, Materialized<K, Long, KeyValueStore<Bytes, byte[]>> materialized);
  KTable<K, V> reduce(Reducer<V> reducer, Named named, Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized);
  <VR> KTable<K, VR> aggregate(Initializer<VR> initializer, Aggregator<? super K, ? super V, VR> aggregator, Named named, Materialized<K, VR, KeyValueStore<Bytes, byte[]>> materialized);
}`,
  ),
  [`${K}/TimeWindowedKStream.java`]: stub(
    K,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.state.WindowStore;
public interface TimeWindowedKStream<K, V> {
  KTable<Windowed<K>, Long> count(Named named, Materialized<K, Long, WindowStore<Bytes, byte[]>> materialized);
  KTable<Windowed<K>, V> reduce(Reducer<V> reducer, Named named, Materialized<K, V, WindowStore<Bytes, byte[]>> materialized);
  <VR> KTable<Windowed<K>, VR> aggregate(Initializer<VR> initializer, Aggregator<? super K, ? super V, VR> aggregator, Named named, Materialized<K, VR, WindowStore<Bytes, byte[]>> materialized);
}`,
  ),
  [`${K}/SessionWindowedKStream.java`]: stub(
    K,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.state.SessionStore;
public interface SessionWindowedKStream<K, V> {
  KTable<Windowed<K>, Long> count(Named named, Materialized<K, Long, SessionStore<Bytes, byte[]>> materialized);
  KTable<Windowed<K>, V> reduce(Reducer<V> reducer, Named named, Materialized<K, V, SessionStore<Bytes, byte[]>> materialized);
  <VR> KTable<Windowed<K>, VR> aggregate(Initializer<VR> initializer, Aggregator<? super K, ? super V, VR> aggregator, Merger<? super K, VR> sessionMerger, Named named, Materialized<K, VR, SessionStore<Bytes, byte[]>> materialized);
}`,
  ),
  [`${K}/KGroupedTable.java`]: stub(
    K,
    `import org.apache.kafka.common.utils.Bytes; import org.apache.kafka.streams.state.KeyValueStore;
public interface KGroupedTable<K, V> {
  KTable<K, Long> count(Named named, Materialized<K, Long, KeyValueStore<Bytes, byte[]>> materialized);
  KTable<K, V> reduce(Reducer<V> adder, Reducer<V> subtractor, Named named, Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized);
  <VR> KTable<K, VR> aggregate(Initializer<VR> initializer, Aggregator<? super K, ? super V, VR> adder, Aggregator<? super K, ? super V, VR> subtractor, Named named, Materialized<K, VR, KeyValueStore<Bytes, byte[]>> materialized);
}`,
  ),
  'com/fasterxml/jackson/core/JsonProcessingException.java': stub('com/fasterxml/jackson/core', 'public class JsonProcessingException extends java.io.IOException {}'),
  'com/fasterxml/jackson/databind/JsonNode.java': stub(
    'com/fasterxml/jackson/databind',
    'public abstract class JsonNode { public abstract JsonNode path(String field); public boolean isMissingNode() { return false; } public boolean isNull() { return false; } public abstract String asText(); }',
  ),
  'com/fasterxml/jackson/databind/ObjectMapper.java': stub(
    'com/fasterxml/jackson/databind',
    'public class ObjectMapper { public JsonNode readTree(String content) throws com.fasterxml.jackson.core.JsonProcessingException { return null; } }',
  ),
  'org/junit/jupiter/api/Test.java': stub('org/junit/jupiter/api', 'public @interface Test {}'),
  'org/junit/jupiter/api/io/TempDir.java': stub('org/junit/jupiter/api/io', 'public @interface TempDir {}'),
  'org/junit/jupiter/api/Assertions.java': stub(
    'org/junit/jupiter/api',
    'public class Assertions { public static void assertEquals(int e, int a, String m) {} public static void assertEquals(Object e, Object a) {} public static void assertFalse(boolean c, String m) {} }',
  ),
};
