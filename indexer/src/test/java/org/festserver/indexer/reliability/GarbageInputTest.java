package org.festserver.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 1: garbage of every kind is refused by a full load in bounded memory — each kind is loaded in a child
 * JVM with a 64 MB heap that exits on OutOfMemoryError, from a file at least as large as that heap (64 MB here;
 * {@code -Dfest.garbage.bytes=1073741824} for the 1 GB run recorded in {@code docs/reliability.md}).
 */
final class GarbageInputTest {
  private static final long BYTES = Long.getLong("fest.garbage.bytes", 64L << 20);

  /** The refusal each kind must get (a FestFormatException or DatasetRejectedException code). */
  private static final Map<Garbage, Set<String>> EXPECTED = Map.ofEntries(
      Map.entry(Garbage.RANDOM, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.ZEROS, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.PROLOG_WHITESPACE, Set.of("xml-truncated")),
      Map.entry(Garbage.ENDLESS_COMMENT, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.ENDLESS_PI, Set.of("xml-not-well-formed", "xml-truncated")),
      Map.entry(Garbage.ENDLESS_NAME, Set.of("input-refused")),
      Map.entry(Garbage.ENDLESS_ATTRIBUTE, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.ENDLESS_TEXT, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.ENDLESS_ENTRY_TEXT, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.ENDLESS_CDATA, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.SAME_UNKNOWN_ELEMENTS, Set.of("xml-not-well-formed", "xml-truncated")),
      Map.entry(Garbage.DISTINCT_UNKNOWN_ELEMENTS, Set.of("too-many-unknown-elements")),
      Map.entry(Garbage.ENDLESS_NESTING, Set.of("xml-not-well-formed")),
      Map.entry(Garbage.EXPIRED_ENTRIES, Set.of("entry-errors")),
      Map.entry(Garbage.BROKEN_ENTRIES, Set.of("too-many-entry-errors")));

  @TempDir
  Path temp;

  @Test
  void everyKindOfGarbageIsRefusedInA64MegabyteHeap() throws Exception {
    List<String> table = new ArrayList<>();
    for (Garbage kind : Garbage.values()) {
      String result = runChild(kind);
      assertThat(result).as(kind + ": the child's result line").startsWith("RESULT " + kind + " ");
      String[] fields = result.split(" ");
      assertThat(fields[2]).as(kind + " outcome").isIn("refused", "rejected");
      assertThat(fields[3]).as(kind + " code").isIn(EXPECTED.get(kind));
      table.add(String.format(java.util.Locale.ROOT, "%-26s %-9s %-26s %6d ms  peak heap %5.1f MB", kind, fields[2],
          fields[3], Long.parseLong(fields[6]), Long.parseLong(fields[7]) / 1048576.0));
    }
    System.out.println("GarbageInputTest, " + BYTES + " bytes per kind, -Xmx64m:\n  " + String.join("\n  ", table));
  }

  private String runChild(Garbage kind) throws Exception {
    Path work = java.nio.file.Files.createDirectories(temp.resolve(kind.name()));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        GarbageInChildProcess.class.getName(), kind.name(), String.valueOf(BYTES), work.toString())
        .redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    String result = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        if (line.startsWith("RESULT ")) {
          result = line;
        }
      }
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).as(kind + " finished").isTrue();
    assertThat(child.exitValue()).as(kind + " exit code (3 = out of memory); output:\n" + String.join("\n", output)).isZero();
    return result == null ? String.join("\n", output) : result;
  }
}
