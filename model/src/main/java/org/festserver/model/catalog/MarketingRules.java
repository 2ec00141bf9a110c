package org.festserver.model.catalog;

import java.time.LocalDate;
import org.festserver.model.medicine.Marketing;

/**
 * The marketing rules of a pack: a future Markedsføringsdato means not yet available; after
 * Avregistreringsdato or Midlertidig utgått dato the pack may be sold for 3 more months.
 */
public final class MarketingRules {
  /** How long a deregistered or withdrawn pack may still be sold. */
  public static final int GRACE_MONTHS = 3;

  private MarketingRules() {}

  /** The state of a pack with this marketing information on a date; null marketing counts as marketed. */
  public static MarketingState state(Marketing marketing, LocalDate date) {
    if (marketing == null) {
      return MarketingState.MARKETED;
    }
    LocalDate lastSaleDay = lastSaleDay(marketing);
    if (lastSaleDay != null && date.isAfter(lastSaleDay)) {
      return MarketingState.NO_LONGER_SOLD;
    }
    if (marketing.marketedFrom() != null && marketing.marketedFrom().isAfter(date)) {
      return MarketingState.NOT_YET_MARKETED;
    }
    LocalDate off = offMarket(marketing);
    if (off != null && !off.isAfter(date)) {
      return off.equals(marketing.deregistered()) ? MarketingState.DEREGISTERED : MarketingState.TEMPORARILY_WITHDRAWN;
    }
    return MarketingState.MARKETED;
  }

  /**
   * The last day the pack may be sold: 3 months after the earlier of deregistration and temporary withdrawal, less
   * one day; null when neither is set (no limit).
   */
  public static LocalDate lastSaleDay(Marketing marketing) {
    LocalDate off = marketing == null ? null : offMarket(marketing);
    return off == null ? null : off.plusMonths(GRACE_MONTHS).minusDays(1);
  }

  /** The earlier of Avregistreringsdato and Midlertidig utgått dato, or null. */
  public static LocalDate offMarket(Marketing marketing) {
    LocalDate deregistered = marketing.deregistered();
    LocalDate withdrawn = marketing.temporarilyWithdrawn();
    if (deregistered == null) {
      return withdrawn;
    }
    return withdrawn == null || !withdrawn.isBefore(deregistered) ? deregistered : withdrawn;
  }
}
