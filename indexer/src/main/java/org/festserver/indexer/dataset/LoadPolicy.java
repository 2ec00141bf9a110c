package org.festserver.indexer.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.festserver.model.entry.ExtractTime;

/**
 * The checks a full file must pass to replace the live dataset, unless forced: its HentetDato is newer than the live
 * one's ({@code stale-extract}, R-13.3), and no kind of entity drops below {@link #MIN_SHARE} of its live count
 * ({@code catalog-shrunk}: protection against truncated or filtered extracts). Without a live dataset everything
 * passes.
 */
public final class LoadPolicy implements BuildCheck {
  /** The smallest share of the live count of any kind that a new full file may have. */
  public static final double MIN_SHARE = 0.8;

  private final DatasetManifest live;
  private final boolean force;

  private LoadPolicy(DatasetManifest live, boolean force) {
    this.live = live;
    this.force = force;
  }

  /** The policy against the live dataset's manifest, if any; {@code force} turns every check off. */
  public static LoadPolicy against(Optional<DatasetManifest> live, boolean force) {
    return new LoadPolicy(live.orElse(null), force);
  }

  @Override
  public void header(String hentetDato) throws DatasetRejectedException {
    if (live == null || force) {
      return;
    }
    boolean newer;
    try {
      newer = ExtractTime.isNewer(hentetDato, live.hentetDato());
    } catch (IllegalArgumentException e) {
      throw new DatasetRejectedException("invalid-hentet-dato", e.getMessage(), List.of());
    }
    if (!newer) {
      throw new DatasetRejectedException("stale-extract", "the file has HentetDato " + hentetDato
          + ", which is not newer than the live dataset's " + live.hentetDato() + " (" + live.id()
          + "); load it with force=true to replace the live dataset anyway (R-13.3)", List.of());
    }
  }

  @Override
  public void complete(DatasetManifest candidate) throws DatasetRejectedException {
    List<String> shrunk = shrunkKinds(candidate);
    if (!shrunk.isEmpty()) {
      throw new DatasetRejectedException("catalog-shrunk", candidate.sourceName() + " has fewer than "
          + Math.round(MIN_SHARE * 100) + "% of the live dataset's entities of " + shrunk.size()
          + (shrunk.size() == 1 ? " kind" : " kinds") + " (a truncated or filtered extract?); load it with force=true"
          + " if that is intended", shrunk);
    }
  }

  /** Kinds whose candidate count is below the minimum share of the live count, each described; empty when forced. */
  List<String> shrunkKinds(DatasetManifest candidate) {
    List<String> shrunk = new ArrayList<>();
    if (live == null || force) {
      return shrunk;
    }
    for (Map.Entry<String, Integer> count : live.counts().entrySet()) {
      int before = count.getValue();
      int after = candidate.counts().getOrDefault(count.getKey(), 0);
      if (before > 0 && after < MIN_SHARE * before) {
        shrunk.add(String.format(Locale.ROOT, "%s: %d in the file, %d live (%.0f%%)", count.getKey(), after, before,
            100.0 * after / before));
      }
    }
    return shrunk;
  }
}
