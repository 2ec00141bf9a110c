package org.festserver.indexer.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One update job, as stored. Immutable: each change gives a new value.
 *
 * @param id ascending in submission order; jobs run in this order
 * @param mode for FEST jobs {@code full}, {@code incremental}, or {@code auto} until the content decides; null for
 *     pharmacy lists
 * @param source {@code upload} or {@code inbox}
 * @param fileName the name the file arrived with
 * @param file where the file is kept until the job ends (under the data directory)
 * @param force for full FEST files: skip the HentetDato and 80% checks
 * @param attempts how many times the job was started (more than once after a restart interrupted it)
 * @param result what the job did, when it succeeded
 * @param error why it failed, when it failed
 */
public record Job(
    long id,
    JobKind kind,
    String mode,
    JobState state,
    String source,
    String fileName,
    String file,
    boolean force,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    int attempts,
    List<JobStep> steps,
    Map<String, Object> result,
    JobError error) {

  public Job {
    steps = steps == null ? List.of() : List.copyOf(steps);
    result = result == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(result));
  }

  Job withState(JobState newState) {
    return new Job(id, kind, mode, newState, source, fileName, file, force, createdAt, startedAt, finishedAt, attempts,
        steps, result, error);
  }

  Job withMode(String newMode) {
    return new Job(id, kind, newMode, state, source, fileName, file, force, createdAt, startedAt, finishedAt, attempts,
        steps, result, error);
  }

  Job started(Instant now) {
    return new Job(id, kind, mode, JobState.RUNNING, source, fileName, file, force, createdAt, now, null, attempts + 1,
        steps, null, null);
  }

  Job requeued() {
    List<JobStep> reset = new ArrayList<>();
    for (JobStep step : steps) {
      reset.add(JobStep.pending(step.name()));
    }
    return new Job(id, kind, mode, JobState.QUEUED, source, fileName, file, force, createdAt, null, null, attempts,
        reset, null, null);
  }

  Job succeeded(Instant now, Map<String, Object> what) {
    List<JobStep> done = new ArrayList<>();
    for (JobStep step : steps) {
      done.add(step.done(now));
    }
    return new Job(id, kind, mode, JobState.SUCCEEDED, source, fileName, file, force, createdAt, startedAt, now, attempts,
        done, what, null);
  }

  Job failed(Instant now, JobError why) {
    List<JobStep> marked = new ArrayList<>();
    for (JobStep step : steps) {
      marked.add("running".equals(step.state()) ? step.failed(now) : step);
    }
    return new Job(id, kind, mode, JobState.FAILED, source, fileName, file, force, createdAt, startedAt, now, attempts,
        marked, null, why);
  }

  /** This job with step {@code name} running (and the steps before it done), with a progress detail. */
  Job stepRunning(String name, Instant now, String detail) {
    List<JobStep> changed = new ArrayList<>();
    boolean before = true;
    for (JobStep step : steps) {
      if (step.name().equals(name)) {
        changed.add(step.running(now, detail));
        before = false;
      } else if (before) {
        changed.add("done".equals(step.state()) ? step : step.done(now));
      } else {
        changed.add(step);
      }
    }
    return new Job(id, kind, mode, state, source, fileName, file, force, createdAt, startedAt, finishedAt, attempts,
        changed, result, error);
  }

  /** This job with other steps (e.g. once the mode of an {@code auto} FEST job is known). */
  Job withSteps(List<JobStep> newSteps) {
    return new Job(id, kind, mode, state, source, fileName, file, force, createdAt, startedAt, finishedAt, attempts,
        newSteps, result, error);
  }

  /** The step now running, or null. */
  public String runningStep() {
    for (JobStep step : steps) {
      if ("running".equals(step.state())) {
        return step.name();
      }
    }
    return null;
  }

  static List<JobStep> pendingSteps(String... names) {
    List<JobStep> steps = new ArrayList<>();
    for (String name : names) {
      steps.add(JobStep.pending(name));
    }
    return steps;
  }
}
