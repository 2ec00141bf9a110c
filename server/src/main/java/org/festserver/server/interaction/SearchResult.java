package org.festserver.server.interaction;

import java.util.List;

/**
 * The answer to {@code GET /interactions?q=}: how {@code q} was read ({@code atc} or {@code name}), the number of
 * interactions found, and the page {@code offset}…{@code offset+limit} of them in relevance order.
 */
public record SearchResult(String q, String matchedAs, int total, int offset, int limit,
    List<InteractionJson> interactions) {}
