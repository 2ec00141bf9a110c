package org.festserver.server.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.server.observe.CacheMetrics;

/**
 * Recent pack answers of one dataset as JSON bytes, keyed by endpoint, varenummer and date. An answer is a function of
 * the dataset and the request, so the cache lives and dies with its dataset and is never invalidated. Errors (404)
 * are not cached.
 */
final class AnswerCache {
  private static final int MAX_ENTRIES = 50_000;

  record Key(String endpoint, String itemNumber, LocalDate date) {}

  private final Cache<Key, byte[]> answers;

  private AnswerCache(Dataset dataset) {
    answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats(CacheMetrics.statsFor(dataset, "product")).build();
  }

  static AnswerCache of(Dataset dataset) {
    return dataset.derived(AnswerCache.class, AnswerCache::new);
  }

  byte[] answer(Key key, Supplier<Object> view, ObjectMapper json) {
    return answers.get(key, k -> {
      try {
        return json.writeValueAsBytes(view.get());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
