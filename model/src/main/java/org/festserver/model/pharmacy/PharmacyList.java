package org.festserver.model.pharmacy;

import java.time.LocalDateTime;
import java.util.List;
import org.festserver.model.common.Lists;

/**
 * One accepted pharmacy-list export: its export time (from the file name), the file name it came in, and its
 * pharmacies in file order.
 */
public record PharmacyList(LocalDateTime exportedAt, String sourceFileName, List<Pharmacy> pharmacies) {

  public PharmacyList {
    pharmacies = Lists.copy(pharmacies);
  }

  /** Number of pharmacies. */
  public int size() {
    return pharmacies.size();
  }
}
