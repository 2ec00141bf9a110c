package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AudienceTest {
  private static final String SYSTEM = "2.16.578.1.12.4.1.1.7442";

  @Test
  @DisplayName("R-8.1.6: the API audiences map to Visningsregel codes 1–5 of code system 7442")
  void parametersMapToVisningsregelCodes() {
    assertThat(Audience.ofParameter("gp").map(Audience::code)).contains("1");
    assertThat(Audience.ofParameter("specialist").map(Audience::code)).contains("2");
    assertThat(Audience.ofParameter("hospital").map(Audience::code)).contains("3");
    assertThat(Audience.ofParameter("pharmacy").map(Audience::code)).contains("4");
    assertThat(Audience.ofParameter("vet").map(Audience::code)).contains("5");
    assertThat(Audience.ofParameter("doctor")).isEmpty();
    assertThat(Audience.ofCode("4")).contains(Audience.PHARMACY);
  }

  @Test
  @DisplayName("R-8.1.6: an interaction with Visningsregel is shown only to the audiences it names")
  void displayRulesLimitTheAudience() {
    List<Coded> rules = List.of(new Coded("1", SYSTEM, "Allmennlege", null), new Coded("4", SYSTEM, "Apotek", null));
    assertThat(Audience.GP.sees(rules)).isTrue();
    assertThat(Audience.PHARMACY.sees(rules)).isTrue();
    assertThat(Audience.HOSPITAL.sees(rules)).isFalse();
    assertThat(Audience.VET.sees(rules)).isFalse();
  }

  @Test
  @DisplayName("R-8.1.6: an interaction without Visningsregel is shown to everyone")
  void noDisplayRulesMeansEveryone() {
    for (Audience audience : Audience.values()) {
      assertThat(audience.sees(List.of())).isTrue();
    }
  }
}
