package org.festserver.server.observe;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Where the server's human-readable start-up messages (load summaries, progress) go: stderr as they are, or, when
 * logs are JSON ({@code FEST_LOG_FORMAT=json} or {@code -Dfest.log.format=json}), one log event per line, so that
 * every line on stderr is a JSON object for log shippers.
 */
public final class LogConsole {
  private LogConsole() {
  }

  /** The stream for start-up messages under the given environment and system properties. */
  public static PrintStream forServer(Map<String, String> environment, Logger logger) {
    String format = System.getProperty("fest.log.format", environment.getOrDefault("FEST_LOG_FORMAT", "text"));
    return "json".equalsIgnoreCase(format.strip()) ? new PrintStream(new LineLogger(logger), true, StandardCharsets.UTF_8)
        : System.err;
  }

  /** Buffers bytes up to a line end, then logs the line at INFO. */
  private static final class LineLogger extends OutputStream {
    private final Logger logger;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineLogger(Logger logger) {
      this.logger = logger;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n' || b == '\r') {
        flushLine();
      } else {
        line.write(b);
      }
    }

    @Override
    public synchronized void flush() {
      // a line is logged when it ends; flushing a partial line would split it
    }

    @Override
    public synchronized void close() {
      flushLine();
    }

    private void flushLine() {
      if (line.size() > 0) {
        logger.info(line.toString(StandardCharsets.UTF_8));
        line.reset();
      }
    }
  }
}
