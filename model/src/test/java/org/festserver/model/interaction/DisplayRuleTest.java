package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who sees an interaction (Visningsregel, code system 7442). */
final class DisplayRuleTest {
  private static final String SYSTEM = "2.16.578.1.12.4.1.1.7442";

  @Test
  @DisplayName("R-8.1.6: the API audiences of the check are Visningsregel codes 1–5")
  void apiAudiencesAreVisningsregelCodes() {
    assertThat(AlertAudience.fromParameter("gp").map(AlertAudience::code)).contains("1");
    assertThat(AlertAudience.fromParameter("specialist").map(AlertAudience::code)).contains("2");
    assertThat(AlertAudience.fromParameter("hospital").map(AlertAudience::code)).contains("3");
    assertThat(AlertAudience.fromParameter("pharmacy").map(AlertAudience::code)).contains("4");
    assertThat(AlertAudience.fromParameter("vet").map(AlertAudience::code)).contains("5");
    assertThat(AlertAudience.fromParameter("doctor")).isEmpty();
  }

  @Test
  @DisplayName("R-8.1.6: an interaction with Visningsregel is shown only to the audiences it names")
  void displayRulesLimitTheAudience() {
    List<Coded> rules = List.of(new Coded("1", SYSTEM, "Allmennlege", null), new Coded("4", SYSTEM, "Apotek", null));
    assertThat(InteractionMatching.shownTo(rules, AlertAudience.GP)).isTrue();
    assertThat(InteractionMatching.shownTo(rules, AlertAudience.PHARMACY)).isTrue();
    assertThat(InteractionMatching.shownTo(rules, AlertAudience.HOSPITAL)).isFalse();
    assertThat(InteractionMatching.shownTo(rules, AlertAudience.VET)).isFalse();
  }

  @Test
  @DisplayName("R-8.1.6: an interaction without Visningsregel is shown to everyone")
  void noDisplayRulesMeansEveryone() {
    for (AlertAudience audience : AlertAudience.values()) {
      assertThat(InteractionMatching.shownTo(List.of(), audience)).isTrue();
    }
  }
}
