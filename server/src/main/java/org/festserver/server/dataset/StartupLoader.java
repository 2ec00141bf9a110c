package org.festserver.server.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.dataset.DatasetRejectedException;
import org.festserver.indexer.dataset.LoadPolicy;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.model.entry.ExtractTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what to load when the server starts (API.md "Running"): the given file when the data directory has no
 * dataset or the file's HentetDato is newer than the live one; the bundled sample when nothing is given and nothing
 * is live; otherwise nothing, serving the dataset that was live when the process stopped. A newer file is still
 * refused when a catalog shrank below 80% of the live dataset ({@link LoadPolicy}); {@code load --force} loads it.
 */
public final class StartupLoader {
  private static final Logger LOG = LoggerFactory.getLogger(StartupLoader.class);

  private final DatasetManager manager;
  private final DatasetBuilder builder;
  private final BuildProgress.Listener progress;

  public StartupLoader(DatasetManager manager, DatasetBuilder builder, BuildProgress.Listener progress) {
    this.manager = manager;
    this.builder = builder;
    this.progress = progress;
  }

  /**
   * Loads what the start needs.
   *
   * @param fest the file given with {@code --fest}, if any
   * @param bundled the bundled sample, used only when nothing is given and nothing is live
   * @return the manifest of a dataset loaded now, or empty when the live one was kept
   * @throws FestFormatException when the given file is not a readable M30 message (the live dataset is untouched)
   * @throws DatasetRejectedException when the given file is not a valid dataset
   */
  public Optional<DatasetManifest> load(Optional<Path> fest, Optional<Path> bundled)
      throws IOException, FestFormatException, DatasetRejectedException {
    Optional<DatasetManifest> live = manager.liveManifest();
    if (fest.isPresent()) {
      Path file = fest.get();
      if (live.isPresent()) {
        String candidate = hentetDato(file);
        if (!ExtractTime.isNewer(candidate, live.get().hentetDato())) {
          LOG.info("{} (HentetDato {}) is not newer than the live dataset (HentetDato {}); keeping the live dataset",
              file, candidate, live.get().hentetDato());
          return Optional.empty();
        }
      }
      return Optional.of(loadAndActivate(file));
    }
    if (live.isEmpty() && bundled.isPresent()) {
      LOG.info("no dataset yet: loading the bundled sample {}", bundled.get().getFileName());
      return Optional.of(loadAndActivate(bundled.get()));
    }
    return Optional.empty();
  }

  private DatasetManifest loadAndActivate(Path file) throws IOException, FestFormatException, DatasetRejectedException {
    DatasetManifest manifest = builder.buildFull(file, progress, LoadPolicy.against(manager.liveManifest(), false));
    manager.activate(manifest.id());
    return manifest;
  }

  private static String hentetDato(Path file) throws IOException, FestFormatException {
    try (FestReader reader = FestReader.open(file)) {
      return reader.hentetDato();
    }
  }
}
