package org.festserver.tools.reliability;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server ({@code org.festserver.server.Main}) in a child JVM on loopback and a free port, started with this
 * JVM's class path. Its output is read on a thread: the port from the {@code listening on} line, the last lines kept
 * for error messages.
 */
final class ServerProcess implements Closeable {
  private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
  private static final int KEPT_LINES = 40;

  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final Deque<String> lastLines = new ArrayDeque<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "server-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a server on {@code dataDir} with the admin token and the extra JVM options (e.g. {@code -Xmx256m}). */
  static ServerProcess start(Path dataDir, String adminToken, List<String> jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(absoluteClassPath());
    command.add("org.festserver.server.Main");
    command.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString(),
        "--admin-token", adminToken));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // no fest-server.properties of the caller's directory: the child starts where the data directory is
    builder.directory(dataDir.toAbsolutePath().getParent().toFile());
    return new ServerProcess(builder.start());
  }

  /** This JVM's class path with absolute entries: the child runs in another directory. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        synchronized (lastLines) {
          lastLines.addLast(line);
          if (lastLines.size() > KEPT_LINES) {
            lastLines.removeFirst();
          }
        }
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      // the process was killed
    }
    port.completeExceptionally(new IOException("the server exited before listening: " + output()));
  }

  /** Waits until the server listens; returns its port. */
  int awaitListening(long seconds) throws IOException, InterruptedException {
    try {
      return port.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("the server did not listen within " + seconds + " s: " + output());
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** kill -9 (SIGKILL): no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** The last lines the server printed. */
  String output() {
    synchronized (lastLines) {
      return String.join("\n", lastLines);
    }
  }

  @Override
  public void close() {
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
