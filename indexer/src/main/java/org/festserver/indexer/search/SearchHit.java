package org.festserver.indexer.search;

import org.festserver.model.catalog.MarketingState;

/**
 * One hit: its kind, entity key, display name (NavnFormStyrke or name) and ATC code; for packs also the item number,
 * pack size and marketing state on the request date (R-6.1.x); for trade goods the item number.
 */
public record SearchHit(
    SearchKind kind, String id, String name, String atc, String itemNumber, String packSize, MarketingState marketing) {}
