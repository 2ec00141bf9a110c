package org.festserver.indexer.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.indexer.store.RecordCodec;
import org.festserver.indexer.store.StoreWriter;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.EntryHeader;
import org.festserver.model.entry.EntryStatus;
import org.festserver.model.entry.FestEntity;

/**
 * Feeds every entity of a dataset to contributors in one canonical order — ascending {@code KIND:key}, the order of
 * {@link org.festserver.indexer.store.Lookup#ENTRY_ID_BY_ENTITY} — whatever order the entities were read in. A full
 * load and an incremental update both derive their search index and reference report this way, so the same set of
 * entities gives the same derived data, document order included.
 */
final class EntityReplay {
  /*
   * Implementation notes. The stored bytes are decoded by a small pool while the calling thread feeds the
   * contributors: the caller reads a batch of raw values, hands it to the pool, and consumes finished batches in
   * submission order, with a bounded number in flight. Contributors are therefore called on one thread, in order.
   * Entries replayed from the store carry their current entry id and no registration time (Tidspunkt is not stored).
   */
  private static final int BATCH = 256;
  private static final int IN_FLIGHT = 8;
  private static final AtomicInteger POOL = new AtomicInteger();

  /** Where stored entities come from: their ids in order, and their bytes. */
  interface Source {
    /** Every entity as {@code KIND:key} → its entry ids, ascending. */
    Iterator<Map.Entry<String, List<String>>> entityRefs();

    /** The stored bytes of an entity. */
    byte[] raw(EntityKind kind, String key);

    /** The entities of a finished store. */
    static Source of(EntityStore store) {
      return of(() -> store.lookupEntries(Lookup.ENTRY_ID_BY_ENTITY), store::raw);
    }

    /** The entities of a store being written, once its lookups are. */
    static Source of(StoreWriter store) {
      return of(() -> store.lookupEntries(Lookup.ENTRY_ID_BY_ENTITY), store::raw);
    }

    private static Source of(Supplier<Iterator<Map.Entry<String, List<String>>>> refs,
        BiFunction<EntityKind, String, byte[]> bytes) {
      return new Source() {
        @Override
        public Iterator<Map.Entry<String, List<String>>> entityRefs() {
          return refs.get();
        }

        @Override
        public byte[] raw(EntityKind kind, String key) {
          return bytes.apply(kind, key);
        }
      };
    }
  }

  /** One entity to feed: decoded already ({@code entry}) or still as stored bytes. */
  private record Item(EntityKind kind, String entryId, byte[] bytes, Entry entry) {}

  private EntityReplay() {}

  /**
   * Feeds each entity of {@code source} changed by {@code overlay}: an overlay value replaces or adds the entity
   * with that {@code KIND:key}, a null value removes it.
   *
   * @return the number of entities fed
   */
  static int run(Source source, NavigableMap<String, Entry> overlay, RecordCodec codec,
      List<DatasetContributor> contributors, Progress progress) throws IOException {
    Iterator<Item> items = merged(source, overlay);
    ExecutorService pool = Executors.newFixedThreadPool(decoders(), runnable -> {
      Thread thread = new Thread(runnable, "fest-decode-" + POOL.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<List<Entry>>> pending = new ArrayDeque<>();
      int fed = 0;
      while (items.hasNext() || !pending.isEmpty()) {
        while (items.hasNext() && pending.size() < IN_FLIGHT) {
          List<Item> batch = new ArrayList<>(BATCH);
          while (items.hasNext() && batch.size() < BATCH) {
            batch.add(items.next());
          }
          pending.add(pool.submit(() -> decode(batch, codec)));
        }
        for (Entry entry : await(pending.poll())) {
          for (DatasetContributor contributor : contributors) {
            contributor.accept(entry);
          }
          fed++;
        }
        progress.fed(fed);
      }
      return fed;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Receives the running count of entities fed, about every batch. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = fed -> {};

    void fed(int entities);
  }

  private static int decoders() {
    return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
  }

  private static List<Entry> decode(List<Item> batch, RecordCodec codec) {
    List<Entry> entries = new ArrayList<>(batch.size());
    for (Item item : batch) {
      if (item.entry() != null) {
        entries.add(item.entry());
      } else {
        FestEntity entity = codec.decode(item.kind(), item.bytes());
        entries.add(new Entry(new EntryHeader(item.entryId(), null, EntryStatus.ACTIVE), item.kind().catalog(), entity));
      }
    }
    return entries;
  }

  /** The value of a finished task; its failure rethrown as it was (an unchecked or I/O exception, or an error). */
  static <T> T await(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building a dataset");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  /** The entity refs of {@code source} and {@code overlay} merged in ascending order. */
  private static Iterator<Item> merged(Source source, NavigableMap<String, Entry> overlay) {
    Iterator<Map.Entry<String, List<String>>> stored = source.entityRefs();
    Iterator<Map.Entry<String, Entry>> changed = overlay.entrySet().iterator();
    return new Iterator<>() {
      private Map.Entry<String, List<String>> nextStored = advance(stored);
      private Map.Entry<String, Entry> nextChanged = advance(changed);
      private Item next = find();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Item next() {
        Item current = next;
        if (current == null) {
          throw new java.util.NoSuchElementException();
        }
        next = find();
        return current;
      }

      private Item find() {
        while (nextStored != null || nextChanged != null) {
          int order = nextStored == null ? 1 : nextChanged == null ? -1 : nextStored.getKey().compareTo(nextChanged.getKey());
          if (order < 0) {
            Map.Entry<String, List<String>> ref = nextStored;
            nextStored = advance(stored);
            return stored(ref);
          }
          Entry replacement = nextChanged.getValue();
          if (order == 0) {
            nextStored = advance(stored);
          }
          nextChanged = advance(changed);
          if (replacement != null) {
            return new Item(replacement.entity().kind(), replacement.header().entryId(), null, replacement);
          }
        }
        return null;
      }

      private Item stored(Map.Entry<String, List<String>> ref) {
        String entityRef = ref.getKey();
        int colon = entityRef.indexOf(':');
        EntityKind kind = EntityKind.valueOf(entityRef.substring(0, colon));
        String key = entityRef.substring(colon + 1);
        byte[] bytes = source.raw(kind, key);
        if (bytes == null) {
          throw new IllegalStateException("the store lists entity " + entityRef + " in its entry ids but does not hold it");
        }
        return new Item(kind, ref.getValue().isEmpty() ? null : ref.getValue().get(0), bytes, null);
      }
    };
  }

  private static <T> T advance(Iterator<T> iterator) {
    return iterator.hasNext() ? iterator.next() : null;
  }
}
