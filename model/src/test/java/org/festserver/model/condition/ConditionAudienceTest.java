package org.festserver.model.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ConditionAudienceTest {

  private static Condition appliesTo(String code) {
    return new Condition("V", "1", Coded.of("3", "Refusjon"), code == null ? null : Coded.of(code, null), "t", null, null, List.of());
  }

  @Test
  @DisplayName("R-5.7 GjelderFor 1 is for prescribers, 2 for dispensers, 3 for both")
  void gjelderFor() {
    assertThat(ConditionAudience.appliesTo(appliesTo("1"), Role.PRESCRIBER)).isTrue();
    assertThat(ConditionAudience.appliesTo(appliesTo("1"), Role.DISPENSER)).isFalse();
    assertThat(ConditionAudience.appliesTo(appliesTo("2"), Role.PRESCRIBER)).isFalse();
    assertThat(ConditionAudience.appliesTo(appliesTo("2"), Role.DISPENSER)).isTrue();
    assertThat(ConditionAudience.appliesTo(appliesTo("3"), Role.PRESCRIBER)).isTrue();
    assertThat(ConditionAudience.appliesTo(appliesTo("3"), Role.DISPENSER)).isTrue();
  }

  @Test
  @DisplayName("R-5.7 a condition without a readable GjelderFor is shown to both roles")
  void missingGjelderForIsShownToBoth() {
    assertThat(ConditionAudience.appliesTo(appliesTo(null), Role.DISPENSER)).isTrue();
    assertThat(ConditionAudience.appliesTo(appliesTo("9"), Role.PRESCRIBER)).isTrue();
  }

  @Test
  @DisplayName("roles and sexes parse from their API values only")
  void parameters() {
    assertThat(Role.fromParameter("Dispenser")).contains(Role.DISPENSER);
    assertThat(Role.fromParameter("pharmacist")).isEmpty();
    assertThat(Sex.fromCode("1")).contains(Sex.MALE);
    assertThat(Sex.fromCode("2")).contains(Sex.FEMALE);
    assertThat(Sex.fromCode("3")).isEmpty();
    assertThat(Sex.fromCode("K")).isEmpty();
  }
}
