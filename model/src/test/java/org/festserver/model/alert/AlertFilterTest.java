package org.festserver.model.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AlertFilterTest {
  private static final LocalDate FROM = LocalDate.of(2025, 2, 20);

  private static Alert alert(String id, String type, LocalDate from, String... audienceCodes) {
    List<Coded> audience = new ArrayList<>();
    for (String code : audienceCodes) {
      audience.add(new Coded(code, "2.16.578.1.12.4.1.1.7442", null, null));
    }
    return new Alert(id, Coded.of(type, null), "h " + id, "t", audience, List.of(), from, null, List.of());
  }

  @Test
  @DisplayName("R-9.3.1 an alert is shown from its FraDato on: not the day before, on the day and after")
  void fromDate() {
    Alert alert = alert("A", "2", FROM, "1");
    assertThat(AlertFilter.visible(alert, FROM.minusDays(1), Set.of(), Set.of())).isFalse();
    assertThat(AlertFilter.visible(alert, FROM, Set.of(), Set.of())).isTrue();
    assertThat(AlertFilter.visible(alert, FROM.plusYears(3), Set.of(), Set.of())).isTrue();
  }

  @Test
  @DisplayName("R-9.2.1 Visningsregel filters by audience; no audience asked means everyone")
  void audience() {
    Alert gpAndPharmacy = alert("A", "2", FROM, "1", "4");
    assertThat(AlertFilter.visible(gpAndPharmacy, FROM, Set.of(AlertAudience.PHARMACY), Set.of())).isTrue();
    assertThat(AlertFilter.visible(gpAndPharmacy, FROM, Set.of(AlertAudience.HOSPITAL), Set.of())).isFalse();
    assertThat(AlertFilter.visible(gpAndPharmacy, FROM, Set.of(AlertAudience.HOSPITAL, AlertAudience.GP), Set.of())).isTrue();
    assertThat(AlertFilter.visible(gpAndPharmacy, FROM, Set.of(), Set.of())).isTrue();
    assertThat(AlertFilter.visible(alert("B", "2", FROM), FROM, Set.of(AlertAudience.VET), Set.of())).isTrue();
  }

  @Test
  @DisplayName("R-9.1.1 the type filter keeps the listed 7441 codes")
  void types() {
    Alert shortage = alert("A", "2", FROM, "1");
    assertThat(AlertFilter.visible(shortage, FROM, Set.of(), Set.of("2", "3"))).isTrue();
    assertThat(AlertFilter.visible(shortage, FROM, Set.of(), Set.of("1"))).isFalse();
  }

  @Test
  @DisplayName("R-9.6.1 newest FraDato first")
  void newestFirst() {
    List<Alert> alerts = new ArrayList<>(List.of(
        alert("old", "1", FROM.minusYears(1)), alert("new", "1", FROM), alert("mid", "1", FROM.minusMonths(1))));
    alerts.sort(AlertFilter.NEWEST_FIRST);
    assertThat(alerts).extracting(Alert::entryId).containsExactly("new", "mid", "old");
  }

  @Test
  @DisplayName("R-9.2.1 audiences parse from API names and 7442 codes, and Visningsregel by code or name")
  void audienceNames() {
    assertThat(AlertAudience.fromParameter("Pharmacy")).contains(AlertAudience.PHARMACY);
    assertThat(AlertAudience.fromParameter("3")).contains(AlertAudience.HOSPITAL);
    assertThat(AlertAudience.fromParameter("nurse")).isEmpty();
    assertThat(AlertAudience.of(new Coded(null, null, "Veterinær", null))).contains(AlertAudience.VET);
  }
}
