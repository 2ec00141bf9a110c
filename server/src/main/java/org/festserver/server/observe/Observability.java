package org.festserver.server.observe;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.jobs.Job;
import org.festserver.indexer.jobs.JobKind;
import org.festserver.model.entry.ExtractTime;
import org.festserver.server.dataset.LiveDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's metrics registry and request accounting: a latency histogram per route, method and status
 * ({@code http_server_requests_seconds}), the live dataset's HentetDato and age, JVM metrics, and the access log.
 */
public final class Observability {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final CacheMetrics caches = new CacheMetrics(registry);

  public Observability(LiveDataset live, Clock clock) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("fest_dataset_hentet_dato_seconds", live, l -> hentetDato(l.manifest()))
        .description("HentetDato of the live dataset, as seconds since the epoch (NaN when none)")
        .register(registry);
    Gauge.builder("fest_dataset_age_seconds", live, l -> l.manifest()
            .map(m -> (double) Duration.between(ExtractTime.parse(m.hentetDato()), clock.instant()).toSeconds())
            .orElse(Double.NaN))
        .description("Age of the live dataset's data: now minus its HentetDato")
        .register(registry);
    Gauge.builder("fest_dataset_loaded_seconds", live, l -> l.manifest()
            .map(m -> (double) m.loadedAt().getEpochSecond()).orElse(Double.NaN))
        .description("When the live dataset was loaded, as seconds since the epoch")
        .register(registry);
    Gauge.builder("fest_dataset_entities", live, l -> l.manifest().map(m -> (double) m.totalEntities()).orElse(0.0))
        .description("Entities in the live dataset")
        .register(registry);
  }

  private static double hentetDato(Optional<DatasetManifest> manifest) {
    return manifest.map(m -> (double) ExtractTime.parse(m.hentetDato()).getEpochSecond()).orElse(Double.NaN);
  }

  /** Counters of the per-dataset answer caches; {@link CacheMetrics#attach} must be a dataset preparer. */
  public CacheMetrics caches() {
    return caches;
  }

  /** The registry, for other parts of the server to add their meters (jobs, caches). */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Times an update job that ended: {@code fest_job_seconds{type,outcome}}, type {@code fest-full},
   * {@code fest-incremental} or {@code pharmacies}, outcome {@code succeeded} or {@code failed}.
   */
  public void jobFinished(Job job) {
    boolean settledAfterCrash = (job.result() != null && job.result().containsKey("recovered"))
        || (job.error() != null && "interrupted".equals(job.error().code()));
    if (job.startedAt() == null || job.finishedAt() == null || settledAfterCrash) {
      return; // not a run of this process: nothing to time
    }
    String type = job.kind() == JobKind.FEST ? "fest-" + (job.mode() == null ? "auto" : job.mode()) : "pharmacies";
    Timer.builder("fest_job")
        .description("Update jobs by type and outcome, from start to end")
        .tag("type", type)
        .tag("outcome", job.state().label())
        .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15))
        .register(registry)
        .record(Duration.between(job.startedAt(), job.finishedAt()));
  }

  /** Called once per request after it is answered: times it and writes the access-log line. */
  public void requestDone(Context ctx, Float millis) {
    String route = route(ctx);
    int status = ctx.status().getCode();
    long nanos = (long) (millis * 1_000_000L);
    Timer.builder("http_server_requests")
        .description("HTTP requests by route, method and status")
        .tag("route", route)
        .tag("method", ctx.method().name())
        .tag("status", Integer.toString(status))
        .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
        .publishPercentileHistogram()
        .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (ACCESS.isInfoEnabled()) {
      // The path only: query strings may carry personal data (age, sex) and are never logged.
      ACCESS.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), status, String.format(java.util.Locale.ROOT, "%.2f", millis));
    }
  }

  private static String route(Context ctx) {
    try {
      io.javalin.router.Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  /** {@code GET /metrics}: the Prometheus text format. */
  public void scrape(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }
}
