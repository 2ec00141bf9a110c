package org.festserver.server.observe;

import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineStatsCounter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.festserver.indexer.dataset.Dataset;

/**
 * Hit, miss, load and eviction counters of the per-dataset answer caches, one set per cache name
 * ({@code cache_gets_total{cache="search",result="hit"}}, …). The caches of every dataset count into the same
 * meters, so the counters survive dataset switches and no meter is left behind when a dataset retires.
 */
public final class CacheMetrics {
  /*
   * Implementation notes. A cache is created inside a structure derived from its dataset and cannot reach the
   * server's registry. The server registers attach() as a dataset preparer, which runs before the warmers that create
   * the caches: it stores this object among the dataset's derived structures, where statsFor() finds it. A dataset
   * used without a server (tests) gets a disabled counter.
   */
  private static final CacheMetrics NONE = new CacheMetrics(null);

  private final MeterRegistry registry;
  private final Map<String, StatsCounter> counters = new ConcurrentHashMap<>();

  CacheMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Dataset preparer: the caches this dataset creates from now on count into the server's meters. */
  public void attach(Dataset dataset) {
    dataset.derived(CacheMetrics.class, d -> this);
  }

  /**
   * The stats counter for the cache {@code name} of {@code dataset}, for {@code Caffeine.recordStats(…)}.
   *
   * @param name a short, fixed cache name (a label value), e.g. {@code search}
   */
  public static Supplier<StatsCounter> statsFor(Dataset dataset, String name) {
    StatsCounter counter = dataset.derived(CacheMetrics.class, d -> NONE).counter(name);
    return () -> counter;
  }

  private StatsCounter counter(String name) {
    if (registry == null) {
      return StatsCounter.disabledStatsCounter();
    }
    return counters.computeIfAbsent(name, n -> new CaffeineStatsCounter(registry, n));
  }
}
