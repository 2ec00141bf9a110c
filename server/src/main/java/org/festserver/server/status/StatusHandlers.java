package org.festserver.server.status;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.jobs.UpdateService;
import org.festserver.indexer.pharmacy.PharmacyDirectory;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.festserver.model.entry.ExtractTime;
import org.festserver.server.admin.JobJson;
import org.festserver.server.dataset.LiveDataset;

/**
 * {@code GET /status} (what is loaded and how old it is, the pharmacy list, the update jobs), {@code GET /health}
 * (the process answers) and {@code GET /health/ready} (a dataset is live, 503 otherwise).
 */
public final class StatusHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final Instant startedAt;
  private final PharmacyStore pharmacies;
  private final UpdateService updates;

  public StatusHandlers(LiveDataset live, Clock clock, PharmacyStore pharmacies, UpdateService updates) {
    this.live = live;
    this.clock = clock;
    this.startedAt = clock.instant();
    this.pharmacies = pharmacies;
    this.updates = updates;
  }

  public void status(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    Optional<DatasetManifest> manifest = live.manifest();
    body.put("status", manifest.isPresent() ? "ready" : "no-dataset");
    body.put("dataset", manifest.map(this::dataset).orElse(null));
    body.put("pharmacies", pharmacies());
    body.put("jobs", jobs());
    body.put("server", Map.of("startedAt", startedAt.toString()));
    ctx.json(body);
  }

  private Map<String, Object> dataset(DatasetManifest m) {
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("id", m.id());
    dataset.put("hentetDato", m.hentetDato());
    dataset.put("festVersion", m.festVersion());
    dataset.put("loadedAt", m.loadedAt().toString());
    dataset.put("ageSeconds", Duration.between(m.loadedAt(), clock.instant()).toSeconds());
    dataset.put("extractAgeSeconds", extractAgeSeconds(m.hentetDato()));
    dataset.put("source", Map.of("name", m.sourceName(), "size", m.sourceSize(), "mode", m.mode()));
    dataset.put("counts", m.counts());
    dataset.put("totalEntities", m.totalEntities());
    dataset.put("searchDocuments", m.luceneDocuments());
    dataset.put("unknownElements", m.unknownElements());
    dataset.put("skippedEntries", m.skippedEntries());
    dataset.put("unresolvedReferences", m.unresolvedReferences());
    dataset.put("referenceProblems", m.referenceProblems());
    dataset.put("buildMillis", m.buildMillis());
    return dataset;
  }

  /** Seconds since the extract was made (HentetDato, R-13.3), or null when it cannot be read. */
  private Long extractAgeSeconds(String hentetDato) {
    try {
      return Duration.between(ExtractTime.parse(hentetDato), clock.instant()).toSeconds();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Map<String, Object> pharmacies() {
    Map<String, Object> body = new LinkedHashMap<>();
    Optional<PharmacyDirectory> list = pharmacies.current();
    body.put("exportedAt", list.map(d -> d.exportedAt().toString()).orElse(null));
    body.put("count", list.map(PharmacyDirectory::size).orElse(0));
    body.put("sourceFileName", list.map(PharmacyDirectory::sourceFileName).orElse(null));
    return body;
  }

  private Map<String, Object> jobs() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("queued", updates.queued());
    body.put("running", updates.running().map(JobJson::summary).orElse(null));
    body.put("last", updates.lastFinished().map(JobJson::summary).orElse(null));
    return body;
  }

  public void health(Context ctx) {
    ctx.json(Map.of("status", "up"));
  }

  public void ready(Context ctx) {
    boolean ready = live.manifest().isPresent();
    ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "no-dataset"));
  }
}
