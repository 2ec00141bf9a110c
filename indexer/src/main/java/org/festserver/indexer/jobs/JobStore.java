package org.festserver.indexer.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import org.mapdb.Atomic;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs, in a MapDB file with a write-ahead log ({@code data-dir/jobs/jobs.mapdb}), so that a job and its state
 * survive a crash; read from an in-memory copy. Each state change is committed; progress details are committed at
 * most once a second. The newest {@value #KEEP_FINISHED} finished jobs are kept.
 */
public final class JobStore implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);
  static final int KEEP_FINISHED = 500;
  private static final long PROGRESS_COMMIT_NANOS = 1_000_000_000L;

  private final DB db;
  private final BTreeMap<Long, String> stored;
  private final Atomic.Long sequence;
  private final NavigableMap<Long, Job> jobs = new ConcurrentSkipListMap<>();
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private long lastCommit;

  private JobStore(DB db) {
    this.db = db;
    this.stored = db.treeMap("jobs", Serializer.LONG, Serializer.STRING).createOrOpen();
    this.sequence = db.atomicLong("sequence").createOrOpen();
  }

  /**
   * Opens (creating) the job file in {@code directory}, which one process may have open at a time.
   *
   * @throws IOException when the directory cannot be created
   */
  public static JobStore open(Path directory) throws IOException {
    Files.createDirectories(directory);
    DB db = DBMaker.fileDB(directory.resolve("jobs.mapdb").toFile()).transactionEnable().make();
    JobStore store = new JobStore(db);
    try {
      store.load();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return store;
  }

  private void load() {
    for (Map.Entry<Long, String> entry : stored.entrySet()) {
      try {
        jobs.put(entry.getKey(), json.readValue(entry.getValue(), Job.class));
      } catch (JsonProcessingException e) {
        LOG.warn("job {} cannot be read and is dropped: {}", entry.getKey(), e.getOriginalMessage());
        stored.remove(entry.getKey());
      }
    }
    List<Long> finished = new ArrayList<>();
    for (Job job : jobs.descendingMap().values()) {
      if (job.state().finished()) {
        finished.add(job.id());
      }
    }
    for (Long id : finished.subList(Math.min(KEEP_FINISHED, finished.size()), finished.size())) {
      jobs.remove(id);
      stored.remove(id);
    }
    db.commit();
  }

  /** Creates a job with the next id. */
  public synchronized Job create(LongFunction<Job> factory) {
    Job job = factory.apply(sequence.incrementAndGet());
    write(job);
    return job;
  }

  /** Stores a changed job and commits. */
  synchronized void update(Job job) {
    write(job);
  }

  /** Keeps a progress change; it is committed with the next state change, or when a second has passed. */
  synchronized void progress(Job job) {
    jobs.put(job.id(), job);
    if (System.nanoTime() - lastCommit >= PROGRESS_COMMIT_NANOS) {
      write(job);
    }
  }

  private void write(Job job) {
    jobs.put(job.id(), job);
    try {
      stored.put(job.id(), json.writeValueAsString(job));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot store job " + job.id(), e);
    }
    db.commit();
    lastCommit = System.nanoTime();
  }

  public Optional<Job> get(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The newest jobs first. */
  public List<Job> newest(int limit) {
    List<Job> newest = new ArrayList<>(limit);
    for (Job job : jobs.descendingMap().values()) {
      if (newest.size() == limit) {
        break;
      }
      newest.add(job);
    }
    return newest;
  }

  /** Every job in id order. */
  public List<Job> all() {
    return new ArrayList<>(jobs.values());
  }

  /** The oldest queued job. */
  Optional<Job> nextQueued() {
    for (Job job : jobs.values()) {
      if (job.state() == JobState.QUEUED) {
        return Optional.of(job);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized void close() {
    if (!db.isClosed()) {
      db.close();
    }
  }
}
