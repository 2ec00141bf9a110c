package org.festserver.indexer.jobs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues and applies updates: FEST files and pharmacy lists, submitted by upload or through the inbox, as persisted
 * jobs run in order by one writer thread.
 *
 * <pre>
 * data-dir/
 *   jobs/jobs.mapdb        the jobs (with a write-ahead log)
 *   uploads/               uploaded files, deleted when their job ends
 *   inbox/                 dropped files; processing/, done/, failed/
 * </pre>
 */
public final class UpdateService implements Closeable {
  private final java.util.List<java.util.function.Consumer<Job>> finishedListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private static final Logger LOG = LoggerFactory.getLogger(UpdateService.class);
  /** How long {@link #close()} waits for a running job. */
  private static final long STOP_WAIT_MILLIS = 10_000;
  private static final Set<String> FEST_MODES = Set.of(FestWork.FULL, FestWork.INCREMENTAL, FestWork.AUTO);
  public static final String UPLOAD = "upload";

  private final JobStore store;
  private final Map<JobKind, JobWork> work = new EnumMap<>(JobKind.class);
  private final JobRunner runner;
  private final Inbox inbox;
  private final Path uploads;
  private final Duration inboxPoll;
  private final Clock clock;
  private ScheduledExecutorService poller;

  private UpdateService(JobStore store, DatasetManager datasets, PharmacyStore pharmacies, Path dataDir, Clock clock,
      Duration inboxPoll) throws IOException {
    this.store = store;
    this.clock = clock;
    this.inboxPoll = inboxPoll;
    this.uploads = Files.createDirectories(dataDir.resolve("uploads"));
    work.put(JobKind.FEST, new FestWork(FestLoader.of(datasets), datasets));
    work.put(JobKind.PHARMACIES, new PharmacyWork(pharmacies));
    this.inbox = new Inbox(dataDir.resolve("inbox"), this);
    this.runner = new JobRunner(store, work, clock, this::finished);
  }

  /**
   * Opens the job store of a data directory. Nothing runs until {@link #start()}.
   *
   * @param inboxPoll how often the inbox is looked at
   * @throws IOException when the data directory cannot be written
   */
  public static UpdateService open(Path dataDir, DatasetManager datasets, PharmacyStore pharmacies, Clock clock,
      Duration inboxPoll) throws IOException {
    JobStore store = JobStore.open(dataDir.resolve("jobs"));
    try {
      return new UpdateService(store, datasets, pharmacies, dataDir, clock, inboxPoll);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Recovers jobs interrupted by a crash, then starts the writer and the inbox poller. */
  public synchronized void start() throws IOException {
    runner.recover();
    inbox.recover(store.all());
    removeStaleUploads();
    runner.start();
    poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "fest-inbox");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(inbox::poll, 0, inboxPoll.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("update jobs: writer started, watching {} every {} ms", inbox.directory(), inboxPoll.toMillis());
  }

  /** Where uploads are written before they are submitted (the same file system as the jobs' files). */
  public Path uploadsDirectory() {
    return uploads;
  }

  /** A fresh file name in {@link #uploadsDirectory()} for an upload named {@code originalName}. */
  public Path newUploadFile(String originalName) {
    String safe = originalName == null ? "upload" : originalName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.isEmpty() || safe.startsWith(".")) {
      safe = "upload" + safe;
    }
    return uploads.resolve(UUID.randomUUID().toString().substring(0, 8) + "-" + safe);
  }

  /**
   * Queues a FEST file.
   *
   * @param mode {@code full}, {@code incremental}, or {@code auto} (decided by name, then content)
   * @param force for a full file: skip the HentetDato and 80% checks
   * @param source {@code upload} (the file is deleted when the job ends) or {@code inbox}
   */
  public Job submitFest(Path file, String fileName, String mode, boolean force, String source) {
    if (!FEST_MODES.contains(mode)) {
      throw new IllegalArgumentException("mode must be full, incremental or auto, got " + mode);
    }
    return submit(JobKind.FEST, mode, file, fileName, force, source);
  }

  /** Queues a pharmacy list whose export name is {@code fileName}. */
  public Job submitPharmacies(Path file, String fileName, String source) {
    return submit(JobKind.PHARMACIES, null, file, fileName, false, source);
  }

  private Job submit(JobKind kind, String mode, Path file, String fileName, boolean force, String source) {
    Job job = store.create(id -> new Job(id, kind, mode, JobState.QUEUED, source, fileName, file.toAbsolutePath().toString(),
        force, clock.instant(), null, null, 0, work.get(kind).steps(mode), null, null));
    runner.wake();
    return job;
  }

  public Optional<Job> job(long id) {
    return store.get(id);
  }

  /** The newest jobs first. */
  public List<Job> jobs(int limit) {
    return store.newest(limit);
  }

  /** Jobs waiting to run. */
  public int queued() {
    return (int) store.all().stream().filter(j -> j.state() == JobState.QUEUED).count();
  }

  /** The job running now. */
  public Optional<Job> running() {
    return store.all().stream().filter(j -> j.state() == JobState.RUNNING).findFirst();
  }

  /** The most recently finished job. */
  public Optional<Job> lastFinished() {
    return store.all().stream().filter(j -> j.state().finished() && j.finishedAt() != null)
        .max(java.util.Comparator.comparing(Job::finishedAt).thenComparing(Job::id));
  }

  /** The job store (for tests in this package). */
  JobStore store() {
    return store;
  }

  /** Looks at the inbox now (besides the regular polls). */
  public void pollInbox() {
    inbox.poll();
  }

  public Path inboxDirectory() {
    return inbox.directory();
  }

  /** Calls {@code listener} with every job that ends (succeeded or failed), on the writer thread; e.g. for metrics. */
  public void onFinished(java.util.function.Consumer<Job> listener) {
    finishedListeners.add(listener);
  }

  private void finished(Job job) {
    for (java.util.function.Consumer<Job> listener : finishedListeners) {
      try {
        listener.accept(job);
      } catch (RuntimeException e) {
        LOG.warn("a listener failed on job {}: {}", job.id(), e.toString());
      }
    }
    if (Inbox.SOURCE.equals(job.source())) {
      inbox.finished(job);
    } else {
      try {
        Files.deleteIfExists(Path.of(job.file()));
      } catch (IOException e) {
        LOG.warn("cannot delete the upload of job {}: {}", job.id(), e.toString());
      }
    }
  }

  /** Deletes uploads no unfinished job needs (left by a crash during an upload, or after a job ended). */
  private void removeStaleUploads() throws IOException {
    Set<String> needed = new java.util.HashSet<>();
    for (Job job : store.all()) {
      if (!job.state().finished()) {
        needed.add(Path.of(job.file()).toAbsolutePath().toString());
      }
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(uploads)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && !needed.contains(file.toAbsolutePath().toString())) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Stops polling and the writer (letting a running job finish for a while) and closes the job store. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
    boolean stopped = runner.stop(STOP_WAIT_MILLIS);
    if (stopped) {
      store.close();
    }
  }
}
