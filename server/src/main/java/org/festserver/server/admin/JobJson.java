package org.festserver.server.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.jobs.Job;
import org.festserver.indexer.jobs.JobError;
import org.festserver.indexer.jobs.JobStep;
import org.festserver.server.problem.FieldError;
import org.festserver.server.problem.Problem;
import org.festserver.server.problem.ProblemBody;

/** The JSON of a job (API.md {@code GET /admin/jobs/{id}}); a failed job's {@code error} is a problem body. */
public final class JobJson {
  private JobJson() {}

  /** The path of a job resource. */
  public static String location(Job job) {
    return "/api/v1/admin/jobs/" + job.id();
  }

  public static Map<String, Object> of(Job job) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", String.valueOf(job.id()));
    json.put("kind", job.kind().label());
    json.put("mode", job.mode());
    json.put("state", job.state().label());
    json.put("source", job.source());
    json.put("fileName", job.fileName());
    json.put("force", job.force());
    json.put("createdAt", job.createdAt());
    json.put("startedAt", job.startedAt());
    json.put("finishedAt", job.finishedAt());
    json.put("attempts", job.attempts());
    json.put("step", job.runningStep());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (JobStep step : job.steps()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", step.name());
      s.put("state", step.state());
      s.put("startedAt", step.startedAt());
      s.put("finishedAt", step.finishedAt());
      s.put("detail", step.detail());
      steps.add(s);
    }
    json.put("steps", steps);
    json.put("result", job.result());
    json.put("error", job.error() == null ? null : problem(job, job.error()));
    json.put("errorReason", job.error() == null ? null : job.error().code());
    json.put("links", Map.of("self", location(job)));
    return json;
  }

  /** A short form for lists and {@code /status}. */
  public static Map<String, Object> summary(Job job) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", String.valueOf(job.id()));
    json.put("kind", job.kind().label());
    json.put("mode", job.mode());
    json.put("state", job.state().label());
    json.put("fileName", job.fileName());
    json.put("createdAt", job.createdAt());
    json.put("finishedAt", job.finishedAt());
    json.put("errorCode", job.error() == null ? null : job.error().code());
    json.put("links", Map.of("self", location(job)));
    return json;
  }

  static ProblemBody problem(Job job, JobError error) {
    Problem problem = problemFor(error.code());
    List<FieldError> errors = new ArrayList<>();
    error.problems().forEach(p -> errors.add(new FieldError("file", p)));
    return new ProblemBody(problem.type(), problem.title(), problem.status(), error.detail(), location(job),
        problem.code(), errors);
  }

  /** The problem a job error code stands for; rejection reasons without their own problem are dataset-rejected. */
  static Problem problemFor(String code) {
    switch (code) {
      case "invalid-fest-file":
        return Problem.INVALID_FEST_FILE;
      case "stale-extract":
        return Problem.STALE_EXTRACT;
      case "catalog-shrunk":
        return Problem.CATALOG_SHRUNK;
      case "no-base-dataset":
        return Problem.NO_BASE_DATASET;
      case "invalid-pharmacy-list":
        return Problem.INVALID_PHARMACY_LIST;
      case "outdated-pharmacy-list":
        return Problem.OUTDATED_PHARMACY_LIST;
      case "unsupported-file":
        return Problem.UNSUPPORTED_FILE;
      case "internal-error":
      case "interrupted":
        return Problem.INTERNAL_ERROR;
      default:
        return Problem.DATASET_REJECTED;
    }
  }
}
