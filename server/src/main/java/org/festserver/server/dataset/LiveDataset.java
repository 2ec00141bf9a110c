package org.festserver.server.dataset;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.Problem;

/**
 * Gives handlers the live dataset for the length of one piece of work: the dataset cannot close underneath a request
 * even when another goes live meanwhile, and every answer comes from one dataset only.
 */
public final class LiveDataset {
  /** Header on every API response naming the HentetDato of the dataset that answered. */
  public static final String HENTET_DATO_HEADER = "FEST-Hentet-Dato";

  private final DatasetManager manager;

  public LiveDataset(DatasetManager manager) {
    this.manager = manager;
  }

  /**
   * Runs work against the live dataset.
   *
   * @throws ApiException 503 {@code no-dataset} when nothing is loaded yet
   */
  public <T> T read(Function<Dataset, T> work) {
    try (DatasetLease lease = manager.acquire().orElseThrow(
        () -> new ApiException(Problem.NO_DATASET, "no FEST dataset is loaded yet"))) {
      return work.apply(lease.dataset());
    }
  }

  /**
   * Runs a request's work against the live dataset and names that dataset's HentetDato in the response header, so
   * that the header always matches the data of the answer, even when a switch happens during the request.
   *
   * @throws ApiException 503 {@code no-dataset} when nothing is loaded yet
   */
  public <T> T read(Context ctx, Function<Dataset, T> work) {
    return read(dataset -> {
      ctx.header(HENTET_DATO_HEADER, dataset.manifest().hentetDato());
      return work.apply(dataset);
    });
  }

  /** The live dataset's manifest, if any. */
  public Optional<DatasetManifest> manifest() {
    return manager.liveManifest();
  }

  public DatasetManager manager() {
    return manager;
  }
}
