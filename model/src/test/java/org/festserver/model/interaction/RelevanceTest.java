package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class RelevanceTest {

  // ---- ordering ----

  @Test
  @DisplayName("R-8.4.2: Bør unngås sorts before Forholdsregler bør tas, before Ingen tiltak nødvendig")
  void avoidSortsBeforePrecautionsBeforeNoAction() {
    List<String> codes = new ArrayList<>(List.of("3", "2", "1", "2", "3", "1"));
    codes.sort(Comparator.comparingInt(Relevance::rank));
    assertThat(codes).containsExactly("1", "1", "2", "2", "3", "3");
  }

  @Test
  @DisplayName("R-8.1.5: an unknown relevance code ranks after precautions and before no action")
  void unknownCodeRanksBetweenPrecautionsAndNoAction() {
    assertThat(Relevance.rank("9")).isGreaterThan(Relevance.rank("2")).isLessThan(Relevance.rank("3"));
    assertThat(Relevance.rank(null)).isEqualTo(Relevance.rank("9"));
    assertThat(Relevance.ofCode("1")).isEqualTo(Relevance.AVOID);
    assertThat(Relevance.AVOID.text()).isEqualTo("Bør unngås");
  }

  // ---- minRelevance ----

  @Test
  @DisplayName("R-8.1.5: by default (precautions) Ingen tiltak nødvendig gives no alert")
  void precautionsAdmitsAvoidAndPrecautionsOnly() {
    assertThat(MinRelevance.PRECAUTIONS.admits("1")).isTrue();
    assertThat(MinRelevance.PRECAUTIONS.admits("2")).isTrue();
    assertThat(MinRelevance.PRECAUTIONS.admits("3")).isFalse();
    assertThat(MinRelevance.PRECAUTIONS.admits("9")).isTrue();
  }

  @Test
  @DisplayName("R-8.1.5: avoid keeps only Bør unngås; none keeps everything")
  void avoidAndNoneBoundTheLevels() {
    assertThat(MinRelevance.AVOID.admits("1")).isTrue();
    assertThat(MinRelevance.AVOID.admits("2")).isFalse();
    assertThat(MinRelevance.AVOID.admits("9")).isFalse();
    assertThat(MinRelevance.NONE.admits("3")).isTrue();
    assertThat(MinRelevance.NONE.admits("9")).isTrue();
  }

  @Test
  @DisplayName("API: minRelevance accepts exactly avoid, precautions and none")
  void parameterSpellingsAreExact() {
    assertThat(MinRelevance.ofParameter("avoid")).contains(MinRelevance.AVOID);
    assertThat(MinRelevance.ofParameter("none")).contains(MinRelevance.NONE);
    assertThat(MinRelevance.ofParameter("Avoid")).isEmpty();
    assertThat(MinRelevance.ofParameter("high")).isEmpty();
    assertThat(MinRelevance.ofParameter(null)).isEmpty();
  }
}
