// Reads reader/writer schema pairs (one pair per line: reader JSON, a tab, writer JSON) from
// standard input and prints, per line, Avro Java's verdict: C (compatible), I (incompatible) or
// E <message> (Avro rejected a schema or the check threw). Avro 1.9+ also lists each
// incompatibility after the verdict as tab-separated TYPE|location|message; 1.8.2 has no list.
// Each schema gets its own parser, so named types are never shared between schemas.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

public final class AvroCompatCheck {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    Method getResult = null;
    try {
      getResult = SchemaCompatibility.SchemaPairCompatibility.class.getMethod("getResult");
    } catch (NoSuchMethodException e) {
      // Avro 1.8: verdicts only.
    }
    String line;
    while ((line = in.readLine()) != null) {
      int tab = line.indexOf('\t');
      try {
        Schema reader = new Schema.Parser().parse(line.substring(0, tab));
        Schema writer = new Schema.Parser().parse(line.substring(tab + 1));
        SchemaCompatibility.SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        StringBuilder verdict = new StringBuilder(pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE ? "C" : "I");
        if (getResult != null) {
          Object result = getResult.invoke(pair);
          for (Object i : (List<?>) result.getClass().getMethod("getIncompatibilities").invoke(result)) {
            Class<?> c = i.getClass();
            verdict.append('\t').append(c.getMethod("getType").invoke(i)).append('|')
                .append(c.getMethod("getLocation").invoke(i)).append('|').append(c.getMethod("getMessage").invoke(i));
          }
        }
        out.println(verdict);
      } catch (Exception e) {
        Throwable cause = e.getCause() != null && e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
        out.println("E " + String.valueOf(cause.getMessage()).replace('\n', ' '));
      }
    }
    out.flush();
  }
}
