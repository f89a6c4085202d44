// Runs ../shared/avro-compat/cases.jsonl through Apache Avro Java in one JVM, for
// bench/avro.bench.mjs: every schema parsed from its text with its own Schema.Parser, then
// SchemaCompatibility.checkReaderWriterCompatibility per pair, and per mode case the checks a
// Schema Registry runs (BACKWARD: new reads the previous; FORWARD: the previous reads new; the
// transitive modes against every previous version, latest first). Prints one JSON line: the
// milliseconds of the first pass, the median of the later passes, the verdicts' count and the
// process's peak resident memory.
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;

public class CorpusRun {
  record Case(String mode, String reader, String writer, String next, List<String> previous) {}

  static Schema parse(String text) { return new Schema.Parser().parse(text); }

  static boolean compatible(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
  }

  /** 1 compatible, 0 incompatible, -1 rejected. */
  static int answer(Case c) {
    try {
      if (c.mode == null) return compatible(parse(c.reader), parse(c.writer)) ? 1 : 0;
      Schema next = parse(c.next);
      List<Schema> previous = new ArrayList<>();
      for (String p : c.previous) previous.add(parse(p));
      boolean backward = c.mode.startsWith("BACKWARD") || c.mode.startsWith("FULL");
      boolean forward = c.mode.startsWith("FORWARD") || c.mode.startsWith("FULL");
      if (c.mode.equals("NONE")) return 1;
      if (!backward && !forward) return -1;
      int from = c.mode.endsWith("_TRANSITIVE") ? 0 : Math.max(0, previous.size() - 1);
      boolean ok = true;
      for (int i = previous.size() - 1; i >= from; i--) {
        if (backward) ok &= compatible(next, previous.get(i));
        if (forward) ok &= compatible(previous.get(i), next);
      }
      return ok ? 1 : 0;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.get(args[0]))) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      List<String> previous = new ArrayList<>();
      if (n.has("previous")) for (JsonNode p : n.get("previous")) previous.add(p.toString());
      cases.add(new Case(n.has("mode") ? n.get("mode").asText() : null,
          n.has("reader") ? n.get("reader").toString() : null, n.has("writer") ? n.get("writer").toString() : null,
          n.has("new") ? n.get("new").toString() : null, previous));
    }
    int passes = Integer.parseInt(args[1]);
    double[] ms = new double[passes];
    int[] counts = new int[3];
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      Arrays.fill(counts, 0);
      for (Case c : cases) counts[answer(c) + 1]++;
      ms[pass] = (System.nanoTime() - start) / 1e6;
    }
    double first = ms[0];
    double[] later = Arrays.copyOfRange(ms, passes > 1 ? 1 : 0, passes);
    Arrays.sort(later);
    System.out.printf("{\"cases\":%d,\"firstPassMs\":%.1f,\"warmPassMs\":%.2f,\"compatible\":%d,\"incompatible\":%d,\"rejected\":%d,\"peakMiB\":%d}%n",
        cases.size(), first, later[later.length / 2], counts[2], counts[1], counts[0], peakMiB());
  }

  /** Peak resident memory (Linux's VmHWM, what getrusage reports as maxRSS to Node), or -1. */
  static long peakMiB() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    } catch (java.io.IOException e) {
      // not Linux: no figure
    }
    return -1;
  }
}
