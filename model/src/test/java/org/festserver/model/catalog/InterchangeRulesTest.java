package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.festserver.model.common.Coded;
import org.festserver.model.interchange.InterchangeGroup;
import org.festserver.model.medicine.InterchangeLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** membership and group validity. */
final class InterchangeRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  @DisplayName("R-6.5.3: a membership applies from its GyldigFraDato inclusive")
  void membershipStartsOnItsDate() {
    assertThat(InterchangeRules.memberOn(new InterchangeLink("g", DAY, null), DAY)).isTrue();
    assertThat(InterchangeRules.memberOn(new InterchangeLink("g", DAY.plusDays(1), null), DAY)).isFalse();
    assertThat(InterchangeRules.memberOn(new InterchangeLink("g", null, null), DAY)).isTrue();
    assertThat(InterchangeRules.memberOn(null, DAY)).isFalse();
  }

  @Test
  @DisplayName("R-6.5.3: a group's GyldigTilDato ends it on that day")
  void groupEndsOnItsValidTo() {
    InterchangeGroup group = new InterchangeGroup("g", Coded.of("000123", "X"), false, null, DAY.minusYears(1), DAY);
    assertThat(InterchangeRules.groupValidOn(group, DAY.minusDays(1))).isTrue();
    assertThat(InterchangeRules.groupValidOn(group, DAY)).isFalse();
  }
}
