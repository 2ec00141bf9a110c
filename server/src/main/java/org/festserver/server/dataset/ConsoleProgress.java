package org.festserver.server.dataset;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.festserver.indexer.dataset.BuildProgress;

/** Prints a load's progress as one line per second: phase, % of the file, entries, rate, and counts per catalog. */
public final class ConsoleProgress implements BuildProgress.Listener {
  private final PrintStream out;

  public ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onProgress(BuildProgress p) {
    out.println(String.format(Locale.ROOT, "%-9s %5.1f%%  %,9d entries  %,8.0f/s  %s", p.phase(), p.percent(), p.entries(),
        p.entriesPerSecond(), counts(p.counts())));
  }

  static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
