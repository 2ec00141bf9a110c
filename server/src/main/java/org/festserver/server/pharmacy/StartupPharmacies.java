package org.festserver.server.pharmacy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.festserver.indexer.pharmacy.InstallResult;
import org.festserver.indexer.pharmacy.OutdatedPharmacyListException;
import org.festserver.indexer.pharmacy.PharmacyListRejectedException;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pharmacy list loaded at start (API.md "Running"): the {@code --pharmacies} file when it is newer than the live
 * list; the bundled sample when nothing is given and nothing is live; otherwise the list that was live.
 */
public final class StartupPharmacies {
  private static final Logger LOG = LoggerFactory.getLogger(StartupPharmacies.class);

  private StartupPharmacies() {}

  /**
   * Loads what the start needs.
   *
   * @return the result when a list was installed now
   * @throws PharmacyListRejectedException when the given file is unusable (not when it is only older)
   * @throws IOException when the file cannot be read or the store written
   */
  public static Optional<InstallResult> load(PharmacyStore store, Optional<Path> given, Optional<Path> bundled)
      throws IOException, PharmacyListRejectedException {
    if (given.isPresent()) {
      try {
        return Optional.of(store.install(given.get()));
      } catch (OutdatedPharmacyListException e) {
        LOG.info("{}; keeping the live pharmacy list", e.getMessage());
        return Optional.empty();
      }
    }
    if (store.current().isEmpty() && bundled.isPresent()) {
      LOG.info("no pharmacy list yet: loading the bundled sample {}", bundled.get().getFileName());
      return Optional.of(store.install(bundled.get()));
    }
    return Optional.empty();
  }
}
