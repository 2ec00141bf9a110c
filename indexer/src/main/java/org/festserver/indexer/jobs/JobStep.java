package org.festserver.indexer.jobs;

import java.time.Instant;

/**
 * One named step of a job ({@code reading}, {@code indexing}, {@code validating}, {@code switching}, …).
 *
 * @param state {@code pending}, {@code running}, {@code done} or {@code failed}
 * @param detail the latest progress of a running step, e.g. {@code 41% of the file, 51 200 entries}; or null
 */
public record JobStep(String name, String state, Instant startedAt, Instant finishedAt, String detail) {

  static JobStep pending(String name) {
    return new JobStep(name, "pending", null, null, null);
  }

  JobStep running(Instant now, String newDetail) {
    return new JobStep(name, "running", startedAt == null ? now : startedAt, null, newDetail);
  }

  JobStep done(Instant now) {
    return new JobStep(name, "done", startedAt == null ? now : startedAt, finishedAt == null ? now : finishedAt, detail);
  }

  JobStep failed(Instant now) {
    return new JobStep(name, "failed", startedAt == null ? now : startedAt, now, detail);
  }
}
