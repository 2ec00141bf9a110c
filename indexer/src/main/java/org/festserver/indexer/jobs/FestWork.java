package org.festserver.indexer.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.dataset.DatasetRejectedException;
import org.festserver.indexer.dataset.FestLoader;
import org.festserver.indexer.dataset.IncrementResult;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;

/**
 * A FEST job: loads a full file or applies an increment through {@link FestLoader}. An {@code auto} job (a file from
 * the inbox) takes its mode from its name — {@code incr}, {@code inkr} or {@code delta} mean incremental, {@code full}
 * means full — or else from its content (an expired entry means incremental).
 */
final class FestWork implements JobWork {
  static final String FULL = "full";
  static final String INCREMENTAL = "incremental";
  static final String AUTO = "auto";
  private static final int MAX_WARNINGS = 20;

  private final FestLoader loader;
  private final DatasetManager datasets;

  FestWork(FestLoader loader, DatasetManager datasets) {
    this.loader = loader;
    this.datasets = datasets;
  }

  @Override
  public List<JobStep> steps(String mode) {
    return AUTO.equals(mode)
        ? Job.pendingSteps("detecting", "reading", "indexing", "validating", "switching")
        : Job.pendingSteps("reading", "indexing", "validating", "switching");
  }

  /** The mode a file name states, if any. */
  static Optional<String> modeFromName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.contains("incr") || name.contains("inkr") || name.contains("delta")) {
      return Optional.of(INCREMENTAL);
    }
    if (name.contains("full")) {
      return Optional.of(FULL);
    }
    return Optional.empty();
  }

  @Override
  public Map<String, Object> run(Job job, Progress progress) throws Exception {
    Path file = Path.of(job.file());
    String mode = job.mode();
    try {
      if (AUTO.equals(mode)) {
        progress.step("detecting", null);
        Optional<String> named = modeFromName(job.fileName());
        mode = named.orElse(FestLoader.Mode.detect(file) == FestLoader.Mode.INCREMENTAL ? INCREMENTAL : FULL);
        progress.mode(mode, Job.pendingSteps("reading", "indexing", "validating", "switching"));
      }
      BuildProgress.Listener listener = p -> progress.step(step(p.phase()), detail(p));
      if (INCREMENTAL.equals(mode)) {
        IncrementResult result = loader.applyIncrement(file, listener);
        return result(result.manifest(), result);
      }
      return result(loader.loadFull(file, job.force(), listener), null);
    } catch (FestFormatException e) {
      throw new JobFailure("invalid-fest-file", e.getMessage(), List.of(), e);
    } catch (DatasetRejectedException e) {
      throw new JobFailure(e.code(), e.getMessage(), e.problems(), e);
    }
  }

  private static String step(String phase) {
    return "validated".equals(phase) ? "validating" : phase;
  }

  private static String detail(BuildProgress p) {
    return String.format(Locale.ROOT, "%.0f%% of the file, %d entries", p.percent(), p.entries());
  }

  private static Map<String, Object> result(DatasetManifest manifest, IncrementResult increment) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("datasetId", manifest.id());
    result.put("mode", manifest.mode());
    result.put("basedOn", manifest.basedOn());
    result.put("hentetDato", manifest.hentetDato());
    result.put("festVersion", manifest.festVersion());
    result.put("counts", manifest.counts());
    result.put("buildMillis", manifest.buildMillis());
    result.put("unresolvedReferences", manifest.unresolvedReferences());
    if (increment != null) {
      result.put("added", increment.added());
      result.put("replaced", increment.replaced());
      result.put("expired", increment.expired());
      result.put("unmatchedExpirations", increment.unmatchedExpirations());
      result.put("warnings", increment.warnings().subList(0, Math.min(MAX_WARNINGS, increment.warnings().size())));
    }
    return result;
  }

  /** The live dataset came from this job's file: same (unique) stored name and the same HentetDato. */
  @Override
  public boolean alreadyApplied(Job job) {
    Path file = Path.of(job.file());
    String name = file.getFileName().toString();
    Optional<DatasetManifest> live = datasets.liveManifest()
        .filter(m -> m.sourceName().equals(name) || m.sourceName().startsWith(name + "!"));
    if (live.isEmpty()) {
      return false;
    }
    try (FestReader reader = FestReader.open(file)) {
      return reader.hentetDato().equals(live.get().hentetDato());
    } catch (IOException | FestFormatException e) {
      return false;
    }
  }
}
