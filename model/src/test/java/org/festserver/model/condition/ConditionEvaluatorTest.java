package org.festserver.model.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ConditionEvaluatorTest {
  private static final StructuredCondition AGE_AT_LEAST_6 = text("1", "6");
  private static final StructuredCondition AGE_BELOW_18 = text("2", "18");
  private static final StructuredCondition FEMALE_ONLY = new StructuredCondition(
      new Coded("3", "2.16.578.1.12.4.1.1.7439", "Kjønn", null),
      List.of(),
      List.of(new Coded("2", "2.16.578.1.12.4.1.1.8459", "Kvinne", null)));

  private static StructuredCondition text(String type, String value) {
    return new StructuredCondition(new Coded(type, "2.16.578.1.12.4.1.1.7439", null, null), List.of(value), List.of());
  }

  private static Boolean eval(StructuredCondition condition, Integer age, Sex sex) {
    return ConditionEvaluator.evaluate(condition, new PatientFacts(age, sex));
  }

  // ---------------------------------------------------------------- age

  @Test
  @DisplayName("R-5.8 type 1 age ≥ N: unmet below, met at and above the limit")
  void ageAtLeast() {
    assertThat(eval(AGE_AT_LEAST_6, 5, null)).isFalse();
    assertThat(eval(AGE_AT_LEAST_6, 6, null)).isTrue();
    assertThat(eval(AGE_AT_LEAST_6, 7, null)).isTrue();
  }

  @Test
  @DisplayName("R-5.8 type 2 age < N: met below, unmet at and above the limit")
  void ageBelow() {
    assertThat(eval(AGE_BELOW_18, 17, null)).isTrue();
    assertThat(eval(AGE_BELOW_18, 18, null)).isFalse();
    assertThat(eval(AGE_BELOW_18, 19, null)).isFalse();
  }

  @Test
  @DisplayName("R-5.8 an age condition cannot be told without an age or with an unreadable limit")
  void ageUnknown() {
    assertThat(eval(AGE_AT_LEAST_6, null, Sex.FEMALE)).isNull();
    assertThat(eval(text("1", "seks"), 30, null)).isNull();
  }

  // ---------------------------------------------------------------- sex

  @Test
  @DisplayName("R-5.8 type 3 sex (code system 8459): met for the named sex, unmet for the other, null when unknown")
  void sex() {
    assertThat(eval(FEMALE_ONLY, null, Sex.FEMALE)).isTrue();
    assertThat(eval(FEMALE_ONLY, null, Sex.MALE)).isFalse();
    assertThat(eval(FEMALE_ONLY, 40, null)).isNull();
  }

  @Test
  @DisplayName("R-5.8 a sex value is read by its display name before its code")
  void sexValueReadByNameFirst() {
    StructuredCondition maleByName = new StructuredCondition(
        Coded.of("3", null), List.of(), List.of(new Coded("K", "2.16.578.1.12.4.1.1.8459", "Mann", null)));
    assertThat(eval(maleByName, null, Sex.MALE)).isTrue();
    assertThat(eval(maleByName, null, Sex.FEMALE)).isFalse();
    assertThat(eval(text("3", "Kvinne"), null, Sex.FEMALE)).isTrue();
    assertThat(eval(text("3", "ukjent"), null, Sex.FEMALE)).isNull();
  }

  // ---------------------------------------------------------------- other types and combining

  @Test
  @DisplayName("R-5.8.2 conditions other than age and sex are not evaluated")
  void otherTypesAreNull() {
    StructuredCondition specialist =
        new StructuredCondition(Coded.of("10", null), List.of(), List.of(new Coded("41", null, "Revmatologi", null)));
    assertThat(eval(specialist, 50, Sex.MALE)).isNull();
    assertThat(ConditionEvaluator.isAgeOrSex(specialist)).isFalse();
    assertThat(ConditionEvaluator.isAgeOrSex(AGE_BELOW_18)).isTrue();
  }

  @Test
  @DisplayName("R-5.8 a condition is unmet when any part is, met only when every part is known and met")
  void combine() {
    assertThat(ConditionEvaluator.combine(List.of(true, true))).isTrue();
    assertThat(ConditionEvaluator.combine(Arrays.asList(true, null))).isNull();
    assertThat(ConditionEvaluator.combine(Arrays.asList(null, false))).isFalse();
    assertThat(ConditionEvaluator.combine(List.of())).isNull();
  }

  @Test
  @DisplayName("ages outside 0–150 are rejected")
  void ageRange() {
    assertThat(new PatientFacts(0, null).age()).isZero();
    assertThat(new PatientFacts(150, null).age()).isEqualTo(150);
    assertThatThrownBy(() -> new PatientFacts(-1, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PatientFacts(151, null)).hasMessageContaining("got 151");
  }
}
