package org.festserver.indexer.ingest;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.festserver.model.entry.Entry;

/**
 * Reads a file's entries on a thread of its own, handing them over in batches through a small bounded queue, so that
 * parsing and binding overlap with storing and indexing on a second core. Memory stays bounded by the queue.
 * Consume with {@link #next()} on one thread; errors of the reading thread are rethrown there.
 */
public final class EntryPipeline implements Closeable {
  private static final int BATCH = 256;
  private static final int QUEUED_BATCHES = 8;
  private static final List<Prepared> END = List.of();

  /** An entry and what the reading thread prepared for it (e.g. its encoded record), or null. */
  public record Prepared(Entry entry, byte[] encoded) {}

  private final FestReader reader;
  private final Function<Entry, byte[]> prepare;
  private final BlockingQueue<List<Prepared>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread thread;
  private volatile Throwable failure;
  private volatile boolean closed;
  private List<Prepared> current = List.of();
  private int position;
  private boolean ended;

  public EntryPipeline(FestReader reader) {
    this(reader, entry -> null);
  }

  /**
   * @param prepare work done on the reading thread for each entry, e.g. encoding its record for storage, to balance
   *     the two cores; its result travels with the entry
   */
  public EntryPipeline(FestReader reader, Function<Entry, byte[]> prepare) {
    this.reader = reader;
    this.prepare = prepare;
    this.thread = new Thread(this::read, "fest-reader");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void read() {
    try {
      List<Prepared> batch = new ArrayList<>(BATCH);
      Entry entry;
      while (!closed && (entry = reader.next()) != null) {
        batch.add(new Prepared(entry, prepare.apply(entry)));
        if (batch.size() == BATCH) {
          put(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        put(batch);
      }
    } catch (Throwable t) {
      failure = t;
    } finally {
      try {
        put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void put(List<Prepared> batch) throws InterruptedException {
    while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      // wait for the consumer, or stop when it has gone
    }
  }

  /**
   * The next entry, or null at the end.
   *
   * @throws FestFormatException as thrown by the reader
   */
  public Prepared next() throws FestFormatException, InterruptedException {
    while (position == current.size()) {
      if (ended) {
        return null;
      }
      current = queue.take();
      position = 0;
      if (current == END) {
        ended = true;
        rethrow();
        return null;
      }
    }
    return current.get(position++);
  }

  private void rethrow() throws FestFormatException {
    Throwable t = failure;
    if (t instanceof FestFormatException) {
      throw (FestFormatException) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new IllegalStateException("reading failed", t);
    }
  }

  /** Stops the reading thread (when the consumer gives up early) and waits for it. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
