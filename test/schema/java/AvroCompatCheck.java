// Reads reader/writer schema pairs (one pair per line: reader JSON, a tab, writer JSON) from
// standard input and prints, per line, Avro Java's verdict: C (compatible), I (incompatible) or
// E <message> (Avro rejected a schema or the check threw). Each schema gets its own parser, so
// named types are never shared between schemas.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

public final class AvroCompatCheck {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    String line;
    while ((line = in.readLine()) != null) {
      int tab = line.indexOf('\t');
      try {
        Schema reader = new Schema.Parser().parse(line.substring(0, tab));
        Schema writer = new Schema.Parser().parse(line.substring(tab + 1));
        SchemaCompatibility.SchemaCompatibilityType type =
            SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
        out.println(type == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE ? "C" : "I");
      } catch (Exception e) {
        out.println("E " + String.valueOf(e.getMessage()).replace('\n', ' '));
      }
    }
    out.flush();
  }
}
