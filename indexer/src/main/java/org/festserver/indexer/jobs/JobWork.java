package org.festserver.indexer.jobs;

import java.util.List;
import java.util.Map;

/** What one kind of job does. Runs on the writer thread. */
interface JobWork {

  /** The steps a new job of this kind shows. */
  List<JobStep> steps(String mode);

  /**
   * Does the job.
   *
   * @return what it did, for the job's {@code result}
   * @throws JobFailure when the file is refused or cannot be applied; the live data is unchanged
   * @throws Exception for anything unexpected (reported as {@code internal-error})
   */
  Map<String, Object> run(Job job, Progress progress) throws Exception;

  /** True when the job's file is what is live already: an interrupted job that had in fact finished. */
  boolean alreadyApplied(Job job);

  /** Reports a running job's progress. */
  interface Progress {
    /** Step {@code name} is running (the steps before it are done); {@code detail} may be null. */
    void step(String name, String detail);

    /** The mode of an {@code auto} job is known; the job shows these steps from now on. */
    void mode(String mode, List<JobStep> steps);
  }
}
