package org.festserver.server.interaction;

import java.util.List;
import java.util.Optional;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.interaction.MinRelevance;

/**
 * A validated check request: the items as given (a non-string JSON item is given as its JSON text and will be
 * unresolved), the audience (empty: everyone) and the least relevance to report.
 */
public record CheckRequest(List<String> items, Optional<AlertAudience> audience, MinRelevance minRelevance) {

  /** Most items in one check. */
  public static final int MAX_ITEMS = 200;

  /** @throws IllegalArgumentException with more than {@link #MAX_ITEMS} items */
  public CheckRequest {
    if (items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("at most " + MAX_ITEMS + " items, got " + items.size());
    }
    items = List.copyOf(items);
  }
}
