package org.festserver.tools.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed-loop engine: {@code connections} keep-alive HTTP/1.1 connections on plain non-blocking sockets, all
 * served by one selector thread; each connection sends its next request as soon as the previous answer is complete.
 * Answers completed during the warm-up are not counted; then, for the measured duration, each answer's latency (from
 * just before its request is written to the moment its last byte is read) goes to the histogram of its class. No new
 * request starts after the end; answers still outstanding 10 s later count as timed out.
 *
 * <p>Why one thread and NIO rather than the JDK {@code HttpClient} or a thread per connection: the load generator
 * shares the two cores with the server, so every cycle it spends is taken from what it measures. The JDK client adds
 * its own executor, futures, header maps and per-request objects; a thread per connection adds a context switch per
 * answer. One selector thread writes prebuilt request bytes and scans answers in place, with no allocation per
 * request beyond the request bytes; when several answers are ready one wake-up handles all of them. It only speaks
 * what the server speaks (HTTP/1.1, Content-Length or chunked, no pipelining).
 */
final class HttpLoad {
  private static final long DRAIN_NANOS = 10_000_000_000L;
  private static final int INCOMPLETE = 0;
  private static final int ANSWERED = 1;
  private static final int FAILED = 2;

  private final InetSocketAddress address;
  private final String hostHeader;

  HttpLoad(String baseUrl) {
    URI uri = URI.create(baseUrl);
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("--url must be http://HOST:PORT, got " + baseUrl);
    }
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    this.address = new InetSocketAddress(uri.getHost(), port);
    this.hostHeader = uri.getHost() + ":" + port;
  }

  String hostHeader() {
    return hostHeader;
  }

  /** Runs one phase: warm-up, then the measured duration, each on fresh connections. */
  PhaseResult run(Workload workload, CatalogSample sample) throws IOException {
    PhaseResult result = new PhaseResult(workload);
    List<Connection> connections = new ArrayList<>();
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < workload.connections(); i++) {
        Connection c = new Connection(new RequestSource(workload, sample, hostHeader, i));
        c.open(selector);
        connections.add(c);
      }
      long started = System.nanoTime();
      long measureFrom = started + workload.warmup().toNanos();
      long measureTo = measureFrom + workload.duration().toNanos();
      for (Connection c : connections) {
        c.send(selector, started);
      }
      int active = connections.size();
      long drainUntil = measureTo + DRAIN_NANOS;
      while (active > 0) {
        long now = System.nanoTime();
        if (now > drainUntil) {
          break;
        }
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          Connection c = (Connection) key.attachment();
          if (key.isWritable()) {
            c.flush(key);
          }
          if (key.isReadable()) {
            int state = c.read(result);
            long done = c.doneAt;
            if (state == ANSWERED) {
              if (done >= measureFrom && done < measureTo) {
                c.recordTo(result, done);
              }
              if (done < measureTo) {
                c.send(selector, done);
              } else {
                c.idle = true;
                active--;
              }
            } else if (state == FAILED) {
              // the server closed the connection (or sent garbage): count it, reconnect, go on
              result.error(c.inFlight, c.problem);
              c.reopen(selector);
              if (System.nanoTime() < measureTo) {
                c.send(selector, System.nanoTime());
              } else {
                c.idle = true;
                active--;
              }
            }
          }
        }
        selector.selectedKeys().clear();
      }
      result.finish(workload.duration().toNanos() / 1e9, active);
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
    return result;
  }

  /** One keep-alive connection with at most one request in flight. */
  private final class Connection {
    final RequestSource source;
    final ResponseParser parser = new ResponseParser();
    SocketChannel channel;
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    ByteBuffer out;
    EndpointClass inFlight;
    long sentAt;
    long doneAt;
    boolean failedStatus;
    boolean idle;
    String problem;

    Connection(RequestSource source) {
      this.source = source;
    }

    void open(Selector selector) throws IOException {
      channel = SocketChannel.open(address);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ, this);
    }

    void reopen(Selector selector) throws IOException {
      close();
      open(selector);
    }

    void send(Selector selector, long now) throws IOException {
      RequestSource.Request request = source.next();
      inFlight = request.endpoint();
      in.clear();
      parser.reset();
      out = ByteBuffer.wrap(request.bytes());
      sentAt = now;
      channel.write(out);
      if (out.hasRemaining()) {
        channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
      }
    }

    void flush(SelectionKey key) throws IOException {
      channel.write(out);
      if (!out.hasRemaining()) {
        key.interestOps(SelectionKey.OP_READ);
      }
    }

    /** Reads what has arrived: {@link #INCOMPLETE}, {@link #ANSWERED} (at {@link #doneAt}) or {@link #FAILED}. */
    int read(PhaseResult result) {
      try {
        if (!in.hasRemaining()) {
          ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
          in.flip();
          bigger.put(in);
          in = bigger;
        }
        int n = channel.read(in);
        if (n < 0) {
          problem = "connection closed by the server";
          return FAILED;
        }
        if (!parser.complete(in.array(), in.position())) {
          return INCOMPLETE;
        }
        doneAt = System.nanoTime();
        failedStatus = parser.status() < 200 || parser.status() > 299;
        if (failedStatus) {
          result.error(inFlight, "status " + parser.status() + ": "
              + new String(in.array(), 0, Math.min(in.position(), 300), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (parser.closes()) {
          problem = "Connection: close";
          return FAILED;
        }
        return ANSWERED;
      } catch (IOException | RuntimeException e) {
        problem = e.toString();
        return FAILED;
      }
    }

    void recordTo(PhaseResult result, long done) {
      if (!failedStatus) {
        result.record(inFlight, (done - sentAt) / 1000);
      }
    }

    void close() {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException e) {
        // closing after the run: nothing to do
      }
    }
  }
}
