package org.festserver.tools.generate;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on stderr for large runs (at least 20,000 expected entries); silent otherwise. */
final class Progress {

  private final PrintWriter out;
  private final long expected;
  private final long step;
  private final long started = System.nanoTime();
  private long done;
  private long next;

  Progress(PrintWriter out, long expected) {
    this.out = expected >= 20_000 ? out : null;
    this.expected = Math.max(1, expected);
    this.step = Math.max(1, expected / 20);
    this.next = step;
  }

  static Progress silent() {
    return new Progress(null, 0);
  }

  void catalog(M30Catalog catalog) {
    if (out != null) {
      out.printf(Locale.ROOT, "  %-24s (%,d entries so far, %.1f s)%n", catalog.catalogElement(), done, seconds());
      out.flush();
    }
  }

  void entry() {
    done++;
    if (out != null && done >= next) {
      next += step;
      out.printf(Locale.ROOT, "  %3d%%  %,d of ~%,d entries%n", Math.min(100, done * 100 / expected), done,
          expected);
      out.flush();
    }
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
