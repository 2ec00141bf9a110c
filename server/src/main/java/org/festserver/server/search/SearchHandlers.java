package org.festserver.server.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.search.CursorMismatchException;
import org.festserver.indexer.search.SearchCursor;
import org.festserver.indexer.search.SearchKind;
import org.festserver.indexer.search.SearchRequest;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.problem.ApiException;
import org.festserver.server.product.Params;

/** {@code GET /search?q=&kinds=&limit=&cursor=&date=&includeUnavailable=}; see docs/api.md and docs/search.md. */
public final class SearchHandlers {
  /** Longest accepted query text. */
  public static final int MAX_QUERY_LENGTH = 100;
  /** Page size bounds and default. */
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  private final LiveDataset live;
  private final Clock clock;
  private final ObjectMapper json;

  public SearchHandlers(LiveDataset live, Clock clock, ObjectMapper json) {
    this.live = live;
    this.clock = clock;
    this.json = json;
  }

  /** Opens the searcher of a dataset before it goes live. */
  public static void warm(Dataset dataset) {
    SearchCache.of(dataset);
  }

  public void search(Context ctx) {
    String text = text(ctx.queryParam("q"));
    Set<SearchKind> kinds = kinds(ctx.queryParam("kinds"));
    int limit = limit(ctx.queryParam("limit"));
    SearchCursor cursor = cursor(ctx.queryParam("cursor"));
    LocalDate date = Params.date(ctx, clock);
    boolean includeUnavailable = Params.bool(ctx, "includeUnavailable", false);
    SearchRequest request = new SearchRequest(text, kinds, limit, cursor, date, includeUnavailable);
    byte[] body = live.read(ctx, dataset -> {
      SearchCache cache = SearchCache.of(dataset);
      if (cache.searcher().tokens(text).isEmpty()) {
        throw ApiException.invalidParameter("q", "must contain at least one letter or digit");
      }
      try {
        return cache.answer(request, json);
      } catch (CursorMismatchException e) {
        throw ApiException.invalidParameter("cursor", e.getMessage());
      }
    });
    ctx.contentType("application/json").result(body);
  }

  private static String text(String q) {
    if (q == null || q.isBlank()) {
      throw ApiException.invalidParameter("q", "is required and must not be blank");
    }
    String text = q.strip();
    if (text.length() > MAX_QUERY_LENGTH) {
      throw ApiException.invalidParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters, got " + text.length());
    }
    return text;
  }

  private static Set<SearchKind> kinds(String list) {
    if (list == null || list.isBlank()) {
      return SearchRequest.DEFAULT_KINDS;
    }
    Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
    for (String code : list.split(",", -1)) {
      SearchKind kind = SearchKind.byCode(code);
      if (kind == null) {
        throw ApiException.invalidParameter("kinds", "unknown kind '" + Params.abbreviate(code.strip())
            + "'; expected a comma list of substance-group, brand, pack, unit-dose, substance, supply, atc");
      }
      kinds.add(kind);
    }
    return kinds;
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidParameter("limit", "expected a whole number from 1 to " + MAX_LIMIT + ", got '"
          + Params.abbreviate(text) + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  private static SearchCursor cursor(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    SearchCursor cursor = SearchCursor.decode(text);
    if (cursor == null) {
      throw ApiException.invalidParameter("cursor", "is not a cursor from a previous search page's 'next'");
    }
    return cursor;
  }
}
