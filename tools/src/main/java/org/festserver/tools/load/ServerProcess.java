package org.festserver.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.festserver.tools.bench.IngestBenchmark;

/**
 * The server in a child JVM on an existing data directory (its main class from this jar's class path), output to a
 * log file; ready once it prints {@code listening on URL}.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String url;
  private final double secondsToReady;

  private ServerProcess(Process process, String url, double secondsToReady) {
    this.process = process;
    this.url = url;
    this.secondsToReady = secondsToReady;
  }

  static ServerProcess start(List<String> jvm, Path dataDir, Path log) throws IOException, InterruptedException {
    List<String> command = IngestBenchmark.serverCommand(jvm,
        List.of("--data-dir", dataDir.toString(), "--port", "0", "--host", "127.0.0.1"));
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = started + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("listening on ")) {
          return new ServerProcess(process, line.substring("listening on ".length()).strip(),
              (System.nanoTime() - started) / 1e9);
        }
      }
      if (!process.isAlive()) {
        throw new IOException("the server stopped with exit code " + process.exitValue() + "; see " + log);
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new IOException("the server did not get ready in 3 minutes; see " + log);
  }

  String url() {
    return url;
  }

  long pid() {
    return process.pid();
  }

  double secondsToReady() {
    return secondsToReady;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
