package org.festserver.server.status;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.server.dataset.LiveDataset;

/**
 * {@code GET /status} (what is loaded and how old it is), {@code GET /health} (the process answers) and
 * {@code GET /health/ready} (a dataset is live, 503 otherwise).
 */
public final class StatusHandlers {
  private final LiveDataset live;
  private final Clock clock;
  private final Instant startedAt;

  public StatusHandlers(LiveDataset live, Clock clock) {
    this.live = live;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  public void status(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    Optional<DatasetManifest> manifest = live.manifest();
    body.put("status", manifest.isPresent() ? "ready" : "no-dataset");
    body.put("dataset", manifest.map(this::dataset).orElse(null));
    body.put("pharmacies", pharmacies());
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

  private Map<String, Object> pharmacies() {
    Map<String, Object> pharmacies = new LinkedHashMap<>();
    pharmacies.put("exportedAt", null);
    pharmacies.put("count", 0);
    return pharmacies;
  }

  public void health(Context ctx) {
    ctx.json(Map.of("status", "up"));
  }

  public void ready(Context ctx) {
    boolean ready = live.manifest().isPresent();
    ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "no-dataset"));
  }
}
