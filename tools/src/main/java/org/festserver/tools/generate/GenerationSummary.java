package org.festserver.tools.generate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a generator run wrote.
 *
 * @param file the output file
 * @param entriesPerCatalog number of {@code Oppf*} entries per catalog element name ({@code KatLegemiddelpakning})
 * @param totalEntries sum of all entries
 * @param xmlBytes size of the XML (uncompressed)
 * @param fileBytes size of the file on disk
 * @param elapsed wall-clock time of the run
 */
public record GenerationSummary(Path file, Map<String, Integer> entriesPerCatalog, long totalEntries, long xmlBytes,
    long fileBytes, Duration elapsed) {

  /** Prints the summary table. */
  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "wrote %s%n", file);
    entriesPerCatalog.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %,9d%n", k, v));
    out.printf(Locale.ROOT, "  %-24s %,9d%n", "total entries", totalEntries);
    out.printf(Locale.ROOT, "  XML %,d bytes (%.1f MB), file %,d bytes, %.1f s%n", xmlBytes, xmlBytes / 1e6,
        fileBytes, elapsed.toMillis() / 1000.0);
  }
}
