package org.festserver.model.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class MagistralRuleTest {

  @Test
  @DisplayName("R-6.4.6 a magistral group's ATC covers itself and every code below it, nothing beside it")
  void atcCoversCodesBelowIt() {
    assertThat(MagistralRule.covers("N02A", "N02AA01")).isTrue();
    assertThat(MagistralRule.covers("N02AA01", "N02AA01")).isTrue();
    assertThat(MagistralRule.covers("N02AA01", "N02AA")).isFalse();
    assertThat(MagistralRule.covers("N02B", "N02AA01")).isFalse();
    assertThat(MagistralRule.covers("N02A", null)).isFalse();
    assertThat(MagistralRule.covers("", "N02AA01")).isFalse();
  }

  @Test
  @DisplayName("R-6.4.6 only groups under a basis without product links (KreverVarekobling=false) are reached by ATC")
  void onlyGroupsWithoutItemLinkAreReachedByAtc() {
    ReimbursementGroup withAtc = new ReimbursementGroup(
        "G", Coded.of("N02A_M", null), Coded.of("N02A", "Opioider"), true, null, List.of(), List.of());
    ReimbursementGroup withoutAtc = new ReimbursementGroup("G", Coded.of("X", null), null, true, null, List.of(), List.of());
    ReimbursementBasis magistral = new ReimbursementBasis("E", Coded.of("200", "§2"), false, false, List.of());
    ReimbursementBasis linked = new ReimbursementBasis("E", Coded.of("200", "§2"), true, false, List.of());
    assertThat(MagistralRule.isReachedByAtc(magistral, withAtc)).isTrue();
    assertThat(MagistralRule.isReachedByAtc(linked, withAtc)).isFalse();
    assertThat(MagistralRule.isReachedByAtc(magistral, withoutAtc)).isFalse();
  }
}
