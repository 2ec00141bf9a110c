package org.festserver.model.catalog;

import java.time.LocalDate;
import org.festserver.model.interchange.InterchangeGroup;
import org.festserver.model.medicine.InterchangeLink;

/**
 * Interchange validity: a pack's membership (PakningByttegruppe) and the group itself are valid from their
 * GyldigFraDato inclusive; a GyldigTilDato, when present, ends validity on that day (exclusive).
 */
public final class InterchangeRules {
  private InterchangeRules() {}

  /** True when the pack's membership applies on the date. */
  public static boolean memberOn(InterchangeLink link, LocalDate date) {
    return link != null && within(link.validFrom(), link.validTo(), date);
  }

  /** True when the group itself applies on the date. */
  public static boolean groupValidOn(InterchangeGroup group, LocalDate date) {
    return group != null && within(group.validFrom(), group.validTo(), date);
  }

  private static boolean within(LocalDate from, LocalDate to, LocalDate date) {
    return (from == null || !from.isAfter(date)) && (to == null || date.isBefore(to));
  }
}
