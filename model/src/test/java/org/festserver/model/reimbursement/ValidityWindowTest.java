package org.festserver.model.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.festserver.model.condition.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ValidityWindowTest {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate PRESCRIBE_UNTIL = LocalDate.of(2025, 6, 30);
  private static final LocalDate DISPENSE_UNTIL = LocalDate.of(2025, 9, 30);
  private static final ValidityWindow WINDOW = new ValidityWindow(FROM, PRESCRIBE_UNTIL, DISPENSE_UNTIL);

  // ---------------------------------------------------------------- validOn

  @Test
  @DisplayName("R-6.4.1 GyldigFraDato is inclusive: not valid the day before, valid on the day")
  void validFromIsInclusive() {
    for (Role role : Role.values()) {
      assertThat(WINDOW.validOn(FROM.minusDays(1), role)).as(role.name()).isFalse();
      assertThat(WINDOW.validOn(FROM, role)).as(role.name()).isTrue();
      assertThat(WINDOW.validOn(FROM.plusDays(1), role)).as(role.name()).isTrue();
    }
  }

  @Test
  @DisplayName("R-6.4.1 ForskrivesTilDato bounds prescribing: shown on the date, gone the day after")
  void prescribeUntilBoundsPrescribers() {
    assertThat(WINDOW.validOn(PRESCRIBE_UNTIL.minusDays(1), Role.PRESCRIBER)).isTrue();
    assertThat(WINDOW.validOn(PRESCRIBE_UNTIL, Role.PRESCRIBER)).isTrue();
    assertThat(WINDOW.validOn(PRESCRIBE_UNTIL.plusDays(1), Role.PRESCRIBER)).isFalse();
  }

  @Test
  @DisplayName("R-6.4.1 UtleveresTilDato bounds dispensing, which outlives ForskrivesTilDato")
  void dispenseUntilBoundsDispensers() {
    assertThat(WINDOW.validOn(PRESCRIBE_UNTIL.plusDays(1), Role.DISPENSER)).isTrue();
    assertThat(WINDOW.validOn(DISPENSE_UNTIL, Role.DISPENSER)).isTrue();
    assertThat(WINDOW.validOn(DISPENSE_UNTIL.plusDays(1), Role.DISPENSER)).isFalse();
    assertThat(WINDOW.validOn(DISPENSE_UNTIL, Role.PRESCRIBER)).isFalse();
  }

  @Test
  @DisplayName("R-6.4.1 a prescriber is never shown a code past UtleveresTilDato, even without ForskrivesTilDato")
  void prescriberIsAlsoBoundByDispenseUntil() {
    ValidityWindow window = new ValidityWindow(FROM, null, DISPENSE_UNTIL);
    assertThat(window.validOn(DISPENSE_UNTIL, Role.PRESCRIBER)).isTrue();
    assertThat(window.validOn(DISPENSE_UNTIL.plusDays(1), Role.PRESCRIBER)).isFalse();
  }

  @Test
  @DisplayName("R-6.4.1 missing end dates are open")
  void missingEndDatesAreOpen() {
    ValidityWindow window = new ValidityWindow(FROM, null, null);
    assertThat(window.validOn(LocalDate.of(2099, 1, 1), Role.PRESCRIBER)).isTrue();
    assertThat(window.validOn(LocalDate.of(2099, 1, 1), Role.DISPENSER)).isTrue();
    assertThat(ValidityWindow.OPEN.validOn(LocalDate.of(1900, 1, 1), Role.PRESCRIBER)).isTrue();
  }

  // ---------------------------------------------------------------- intersect

  @Test
  @DisplayName("R-6.4.2 valid on both the code and the link: the later start and the earlier ends")
  void intersectTakesTheNarrowerDates() {
    ValidityWindow link = new ValidityWindow(LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 8, 1));
    ValidityWindow both = WINDOW.intersect(link);
    assertThat(both).isEqualTo(new ValidityWindow(LocalDate.of(2025, 3, 1), PRESCRIBE_UNTIL, LocalDate.of(2025, 8, 1)));
    assertThat(link.intersect(WINDOW)).isEqualTo(both);
    assertThat(WINDOW.intersect(ValidityWindow.OPEN)).isEqualTo(WINDOW);
  }
}
