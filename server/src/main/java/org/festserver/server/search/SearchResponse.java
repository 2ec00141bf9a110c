package org.festserver.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.search.SearchHit;
import org.festserver.indexer.search.SearchPage;
import org.festserver.indexer.search.SearchRequest;

/** The body of {@code GET /search}. */
record SearchResponse(String query, List<Hit> hits, long total, String next, boolean corrected) {

  /** A hit; {@code itemNumber}, {@code packSize} and {@code marketing} appear only where they apply. */
  record Hit(
      String kind, String id, String name, String atc,
      @JsonInclude(JsonInclude.Include.NON_NULL) String itemNumber,
      @JsonInclude(JsonInclude.Include.NON_NULL) String packSize,
      @JsonInclude(JsonInclude.Include.NON_NULL) String marketing) {}

  static SearchResponse of(SearchRequest request, SearchPage page) {
    List<Hit> hits = new ArrayList<>(page.hits().size());
    for (SearchHit hit : page.hits()) {
      hits.add(new Hit(hit.kind().code(), hit.id(), hit.name(), hit.atc(), hit.itemNumber(), hit.packSize(),
          hit.marketing() == null ? null : hit.marketing().code()));
    }
    return new SearchResponse(request.text(), hits, page.total(), page.next(), page.corrected());
  }
}
