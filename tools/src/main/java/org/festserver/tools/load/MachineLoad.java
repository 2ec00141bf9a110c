package org.festserver.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Readings from {@code /proc} (Linux): the 1-minute load average, and a process's resident set size and its peak. */
public final class MachineLoad {
  private MachineLoad() {}

  /** The 1-minute load average, empty where {@code /proc/loadavg} does not exist. */
  public static OptionalDouble loadAverage() {
    try {
      String text = Files.readString(Path.of("/proc/loadavg"));
      return OptionalDouble.of(Double.parseDouble(text.substring(0, text.indexOf(' '))));
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /** VmRSS of a process in bytes. */
  public static OptionalLong rss(long pid) {
    return statusKb(pid, "VmRSS:");
  }

  /** VmHWM (peak resident set size) of a process in bytes. */
  public static OptionalLong peakRss(long pid) {
    return statusKb(pid, "VmHWM:");
  }

  private static OptionalLong statusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field)) {
          String kb = line.substring(field.length()).strip().toLowerCase(Locale.ROOT).replace("kb", "").strip();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process has gone
    }
    return OptionalLong.empty();
  }

  static String loadAverageText() {
    OptionalDouble load = loadAverage();
    return load.isPresent() ? String.format(Locale.ROOT, "%.2f", load.getAsDouble()) : "?";
  }
}
