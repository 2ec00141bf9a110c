package org.festserver.model.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS1 GLN rule used to validate the pharmacy list (FORMAT.md §5 field 1; seed 001 §9.1: prescriptions go by GLN). */
final class GlnTest {

  // ---- isValid ----

  @Test
  @DisplayName("FORMAT §5 field 1: 13 digits with the GS1 check digit are valid")
  void thirteenDigitsWithCorrectCheckDigitAreValid() {
    assertThat(Gln.isValid("4006381333931")).isTrue(); // GS1 reference example
    assertThat(Gln.isValid("7350000000016")).isTrue();
    assertThat(Gln.isValid("0000000000000")).isTrue();
  }

  @Test
  @DisplayName("FORMAT §5 field 1: a wrong check digit is invalid")
  void wrongCheckDigitIsInvalid() {
    assertThat(Gln.isValid("4006381333932")).isFalse();
    assertThat(Gln.problem("4006381333932")).isEqualTo("GLN '4006381333932' has check digit 2, expected 1");
  }

  @Test
  @DisplayName("FORMAT §5 field 1: anything but exactly 13 ASCII digits is invalid")
  void otherLengthsAndNonDigitsAreInvalid() {
    assertThat(Gln.isValid(null)).isFalse();
    assertThat(Gln.isValid("")).isFalse();
    assertThat(Gln.isValid("400638133393")).isFalse();
    assertThat(Gln.isValid("40063813339310")).isFalse();
    assertThat(Gln.isValid("40063813339 1")).isFalse();
    assertThat(Gln.isValid("４００６３８１３３３９３１")).isFalse(); // full-width digits are not ASCII
    assertThat(Gln.problem("73500")).isEqualTo("GLN '73500' is not 13 digits");
    assertThat(Gln.problem("")).isEqualTo("GLN is empty");
    assertThat(Gln.problem("4006381333931")).isNull();
  }

  // ---- checkDigit ----

  @Test
  void checkDigitIsComputedWithWeightsOneAndThreeFromTheLeft() {
    assertThat(Gln.checkDigit("400638133393")).isEqualTo(1);
    assertThat(Gln.checkDigit("735000000001")).isEqualTo(6);
    assertThat(Gln.checkDigit("000000000000")).isZero();
  }

  @Test
  void checkDigitRejectsInputThatIsNotTwelveDigits() {
    assertThatThrownBy(() -> Gln.checkDigit("7350"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 12 digits to compute a GLN check digit, got '7350'");
  }
}
