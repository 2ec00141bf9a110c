package org.festserver.indexer.pharmacy;

import java.util.List;
import org.festserver.model.pharmacy.Pharmacy;

/**
 * One page of a pharmacy search.
 *
 * @param total how many pharmacies match, regardless of the limit
 * @param pharmacies the first {@code limit} matches, sorted by name (Swedish collation), then GLN
 */
public record PharmacySearchResult(int total, List<Pharmacy> pharmacies) {

  public PharmacySearchResult {
    pharmacies = List.copyOf(pharmacies);
  }
}
