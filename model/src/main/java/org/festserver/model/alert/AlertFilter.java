package org.festserver.model.alert;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * Which alerts a user sees on a date (R-9.x): those from FraDato on (an alert has no end date; it vanishes when an
 * increment expires it, R-9.3.1, so a stored alert is current), for the requested audiences (Visningsregel, R-9.2.1)
 * and types (code system 7441); newest first.
 */
public final class AlertFilter {
  /** Newest FraDato first; then by headline and entry id so the order is stable. */
  public static final Comparator<Alert> NEWEST_FIRST = Comparator
      .comparing(Alert::fromDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
      .thenComparing(Alert::headline, Comparator.nullsLast(Comparator.<String>naturalOrder()))
      .thenComparing(Alert::entryId, Comparator.nullsLast(Comparator.<String>naturalOrder()));

  private AlertFilter() {}

  /**
   * True when the alert is shown on {@code date} to one of {@code audiences} (empty = everyone) and is of one of
   * {@code types} (7441 codes; empty = all). An alert without a readable audience is shown to everyone.
   */
  public static boolean visible(Alert alert, LocalDate date, Set<AlertAudience> audiences, Set<String> types) {
    if (alert.fromDate() != null && alert.fromDate().isAfter(date)) {
      return false;
    }
    if (!types.isEmpty() && (alert.type() == null || !types.contains(alert.type().code()))) {
      return false;
    }
    return audiences.isEmpty() || matchesAudience(alert, audiences);
  }

  private static boolean matchesAudience(Alert alert, Set<AlertAudience> audiences) {
    boolean anyKnown = false;
    for (var rule : alert.audience()) {
      var audience = AlertAudience.of(rule);
      if (audience.isPresent()) {
        anyKnown = true;
        if (audiences.contains(audience.get())) {
          return true;
        }
      }
    }
    return !anyKnown;
  }
}
