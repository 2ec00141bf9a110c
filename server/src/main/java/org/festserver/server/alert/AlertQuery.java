package org.festserver.server.alert;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.festserver.model.alert.AlertAudience;

/** What a caller asks of alerts: the date, the audiences (empty = everyone) and the 7441 types (empty = all). */
public record AlertQuery(LocalDate date, Set<AlertAudience> audiences, Set<String> types) {

  public AlertQuery {
    Objects.requireNonNull(date, "date");
    audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    types = types == null ? Set.of() : Set.copyOf(types);
  }
}
