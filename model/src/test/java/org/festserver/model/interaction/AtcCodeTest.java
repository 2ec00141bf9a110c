package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AtcCodeTest {

  // ---- covers ----

  @Test
  @DisplayName("R-8.1.2: a member at level 1–4 covers every code below it")
  void higherLevelMemberCoversEveryCodeBelowIt() {
    assertThat(AtcCode.covers("C", "C10AA01")).isTrue();
    assertThat(AtcCode.covers("C10", "C10AA01")).isTrue();
    assertThat(AtcCode.covers("C10A", "C10AA01")).isTrue();
    assertThat(AtcCode.covers("C10AA", "C10AA01")).isTrue();
    assertThat(AtcCode.covers("C10AA", "C10AA07")).isTrue();
  }

  @Test
  @DisplayName("R-8.1.2: a level-5 member covers only itself, never its siblings or its parents")
  void levelFiveMemberCoversOnlyItself() {
    assertThat(AtcCode.covers("C10AA01", "C10AA01")).isTrue();
    assertThat(AtcCode.covers("C10AA01", "C10AA07")).isFalse();
    assertThat(AtcCode.covers("C10AA01", "C10AA")).isFalse();
    assertThat(AtcCode.covers("C10AB", "C10AA01")).isFalse();
  }

  @Test
  @DisplayName("R-8.1.4: fictitious six-level codes such as ZV80AA01 match like any other code")
  void fictitiousCodesMatchLikeAnyCode() {
    assertThat(AtcCode.covers("ZV80AA", "ZV80AA01")).isTrue();
    assertThat(AtcCode.covers("ZV80AA01", "ZV80AA01")).isTrue();
    assertThat(AtcCode.covers("ZV80AA01", "ZV80AA02")).isFalse();
    assertThat(AtcCode.covers("ZV80AA01", "ZV80AA")).isFalse();
    assertThat(AtcCode.isWellFormed("ZV80AA01")).isTrue();
  }

  @Test
  @DisplayName("R-8.1.2: missing or empty codes cover nothing")
  void missingCodesCoverNothing() {
    assertThat(AtcCode.covers(null, "C10AA01")).isFalse();
    assertThat(AtcCode.covers("", "C10AA01")).isFalse();
    assertThat(AtcCode.covers("C10", null)).isFalse();
  }

  // ---- syntax ----

  @Test
  @DisplayName("ATC syntax: a letter then up to nine letters or digits, normalised to upper case")
  void normalizeAcceptsCodesInAnyCaseAndRejectsOthers() {
    assertThat(AtcCode.normalize(" c10aa01 ")).isEqualTo("C10AA01");
    assertThat(AtcCode.normalize("N")).isEqualTo("N");
    assertThat(AtcCode.normalize("")).isNull();
    assertThat(AtcCode.normalize("C10 AA01")).isNull();
    assertThat(AtcCode.normalize("1C10")).isNull();
    assertThat(AtcCode.normalize("C10AA01XXXXX")).isNull();
    assertThat(AtcCode.normalize("C10-AA")).isNull();
    assertThat(AtcCode.normalize(null)).isNull();
  }

  @Test
  @DisplayName("R-8.4.1: a search text is read as an ATC code when it is one letter or a code with a digit")
  void looksLikeCodeTellsCodesFromNames() {
    assertThat(AtcCode.looksLikeCode("C10AA01")).isTrue();
    assertThat(AtcCode.looksLikeCode("c10")).isTrue();
    assertThat(AtcCode.looksLikeCode("N")).isTrue();
    assertThat(AtcCode.looksLikeCode("ZV80AA")).isTrue();
    assertThat(AtcCode.looksLikeCode("Simvastatin")).isFalse();
    assertThat(AtcCode.looksLikeCode("Johannesurt")).isFalse();
    assertThat(AtcCode.looksLikeCode("Vitamin B12")).isFalse();
  }
}
