package org.festserver.indexer.jobs;

import java.util.List;

/** A job's work was refused or failed for a known reason; becomes the job's {@link JobError}. */
final class JobFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient JobError error;

  JobFailure(String code, String detail, List<String> problems, Throwable cause) {
    super(detail, cause);
    this.error = new JobError(code, detail, problems);
  }

  JobError error() {
    return error;
  }
}
