package org.festserver.server.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.search.ProductSearcher;
import org.festserver.indexer.search.SearchPage;
import org.festserver.indexer.search.SearchRequest;
import org.festserver.server.observe.CacheMetrics;

/**
 * The searcher of one dataset and a bounded cache of its recent answers as JSON bytes. Typeahead traffic repeats
 * the same short prefixes; an answer is a function of the dataset and the request, so the cache lives and dies with
 * the dataset and needs no invalidation.
 */
final class SearchCache {
  private static final int MAX_ENTRIES = 20_000;

  private final ProductSearcher searcher;
  private final Cache<SearchRequest, byte[]> answers;

  private SearchCache(ProductSearcher searcher, Cache<SearchRequest, byte[]> answers) {
    this.searcher = searcher;
    this.answers = answers;
  }

  static SearchCache of(Dataset dataset) {
    return dataset.derived(SearchCache.class, d -> new SearchCache(new ProductSearcher(d.search()),
        Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats(CacheMetrics.statsFor(d, "search")).build()));
  }

  ProductSearcher searcher() {
    return searcher;
  }

  /** The JSON answer of a request, from the cache or computed. */
  byte[] answer(SearchRequest request, ObjectMapper json) {
    return answers.get(request, r -> {
      SearchPage page = searcher.search(r);
      try {
        return json.writeValueAsBytes(SearchResponse.of(r, page));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
