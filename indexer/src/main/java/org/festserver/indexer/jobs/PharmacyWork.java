package org.festserver.indexer.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.pharmacy.InstallResult;
import org.festserver.indexer.pharmacy.InvalidPharmacyListException;
import org.festserver.indexer.pharmacy.LineProblem;
import org.festserver.indexer.pharmacy.OutdatedPharmacyListException;
import org.festserver.indexer.pharmacy.PharmacyStore;

/** A pharmacy-list job: installs the list in the {@link PharmacyStore} (the newest export wins). */
final class PharmacyWork implements JobWork {
  private static final int MAX_PROBLEMS = 100;

  private final PharmacyStore store;

  PharmacyWork(PharmacyStore store) {
    this.store = store;
  }

  @Override
  public List<JobStep> steps(String mode) {
    return Job.pendingSteps("reading", "switching");
  }

  @Override
  public Map<String, Object> run(Job job, Progress progress) throws Exception {
    progress.step("reading", null);
    InstallResult installed;
    try {
      installed = store.install(Path.of(job.file()), job.fileName());
    } catch (OutdatedPharmacyListException e) {
      throw new JobFailure("outdated-pharmacy-list", e.getMessage(), List.of(), e);
    } catch (InvalidPharmacyListException e) {
      throw new JobFailure("invalid-pharmacy-list", e.getMessage(), List.of(), e);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("exportedAt", installed.exportedAt().toString());
    result.put("count", installed.count());
    List<LineProblem> problems = installed.problems();
    result.put("problems", problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())).stream()
        .map(LineProblem::toString).toList());
    result.put("omittedProblems", installed.omittedProblems() + Math.max(0, problems.size() - MAX_PROBLEMS));
    return result;
  }

  @Override
  public boolean alreadyApplied(Job job) {
    return store.current().map(live -> live.sourceFileName().equals(job.fileName())).orElse(false);
  }
}
