package org.festserver.indexer.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer: a thread that takes queued jobs in id order and runs them one at a time, so that loads never
 * overlap and each goes live in submission order.
 */
final class JobRunner {
  /*
   * Implementation notes. After a crash, a job found `running` is queued again (and keeps its place: ids are the
   * order) unless its file is already what is live — the crash came after the switch — in which case it is marked
   * succeeded; after MAX_ATTEMPTS starts it is marked failed (`interrupted`), so that a file that kills the process
   * cannot do so forever. A half-built dataset of the interrupted run is deleted by DatasetManager on start.
   * Stopping lets the running job finish (bounded wait); a job still running then is left `running`, to be redone.
   */
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  static final int MAX_ATTEMPTS = 3;

  private final JobStore store;
  private final Map<JobKind, JobWork> work;
  private final Clock clock;
  private final Consumer<Job> onFinished;
  private final Object signal = new Object();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile Job current;

  JobRunner(JobStore store, Map<JobKind, JobWork> work, Clock clock, Consumer<Job> onFinished) {
    this.store = store;
    this.work = work;
    this.clock = clock;
    this.onFinished = onFinished;
    this.thread = new Thread(this::loop, "fest-writer");
    this.thread.setDaemon(true);
  }

  /** Puts jobs interrupted by a crash back in the queue, or settles them. Call before {@link #start()}. */
  void recover() {
    for (Job job : store.all()) {
      if (job.state() != JobState.RUNNING) {
        continue;
      }
      JobWork jobWork = work.get(job.kind());
      if (jobWork.alreadyApplied(job)) {
        LOG.info("job {} was interrupted after its file went live; marking it succeeded", job.id());
        finish(job.succeeded(clock.instant(), Map.of("recovered", true,
            "note", "the process stopped after the file went live; details of the run were lost")));
      } else if (job.attempts() >= MAX_ATTEMPTS) {
        LOG.warn("job {} was interrupted {} times; giving up", job.id(), job.attempts());
        finish(job.failed(clock.instant(), new JobError("interrupted", "the server stopped during this job "
            + job.attempts() + " times; it is not retried again", List.of())));
      } else {
        LOG.info("job {} was interrupted by a restart; running it again", job.id());
        store.update(job.requeued());
      }
    }
  }

  void start() {
    thread.start();
  }

  /** Wakes the writer after a job was queued. */
  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** The job running now, if any. */
  Optional<Job> current() {
    return Optional.ofNullable(current);
  }

  /** Stops taking jobs and waits up to {@code waitMillis} for the running one; true when the writer stopped. */
  boolean stop(long waitMillis) {
    stopping = true;
    wake();
    try {
      thread.join(waitMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("job {} is still running at shutdown; it will run again at the next start",
          current == null ? "?" : current.id());
      return false;
    }
    return true;
  }

  private void loop() {
    while (!stopping) {
      Optional<Job> next = store.nextQueued();
      if (next.isEmpty()) {
        synchronized (signal) {
          try {
            signal.wait(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
        continue;
      }
      run(next.get());
    }
  }

  private void run(Job queued) {
    JobWork jobWork = work.get(queued.kind());
    Job running = queued.started(clock.instant());
    current = running;
    store.update(running);
    LOG.info("job {} started: {} {} {}", running.id(), running.kind().label(),
        running.mode() == null ? "" : running.mode(), running.fileName());
    try {
      Map<String, Object> result = jobWork.run(running, progress(running.id()));
      finish(currentOr(running).succeeded(clock.instant(), result));
      LOG.info("job {} succeeded", running.id());
    } catch (JobFailure e) {
      finish(currentOr(running).failed(clock.instant(), e.error()));
      LOG.warn("job {} failed ({}): {}", running.id(), e.error().code(), e.getMessage());
    } catch (Exception | Error e) {
      LOG.error("job {} failed unexpectedly", running.id(), e);
      finish(currentOr(running).failed(clock.instant(), new JobError("internal-error",
          "the job failed unexpectedly (" + e.getClass().getSimpleName() + "); the error is logged and the live data"
              + " is unchanged", List.of())));
    } finally {
      current = null;
    }
  }

  private Job currentOr(Job fallback) {
    Job latest = current;
    return latest != null && latest.id() == fallback.id() ? latest : fallback;
  }

  private void finish(Job job) {
    store.update(job);
    try {
      onFinished.accept(job);
    } catch (RuntimeException e) {
      LOG.warn("cleaning up after job {} failed", job.id(), e);
    }
  }

  private JobWork.Progress progress(long id) {
    return new JobWork.Progress() {
      @Override
      public void step(String name, String detail) {
        Job before = current;
        if (before == null || before.id() != id) {
          return;
        }
        boolean changedStep = !name.equals(before.runningStep());
        Job after = before.stepRunning(name, clock.instant(), detail);
        current = after;
        if (changedStep) {
          store.update(after);
        } else {
          store.progress(after);
        }
      }

      @Override
      public void mode(String mode, List<JobStep> steps) {
        Job before = current;
        if (before == null || before.id() != id) {
          return;
        }
        List<JobStep> merged = new java.util.ArrayList<>();
        for (JobStep step : before.steps()) {
          if ("running".equals(step.state()) || "done".equals(step.state())) {
            merged.add(step.done(clock.instant()));
          }
        }
        merged.addAll(steps);
        Job after = before.withMode(mode).withSteps(merged);
        current = after;
        store.update(after);
      }
    };
  }
}
