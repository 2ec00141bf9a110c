package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class InteractionMatchingTest {

  private static InteractionSubstance atc(String code) {
    return new InteractionSubstance(code, Coded.of(code, code), List.of());
  }

  private static InteractionSubstance substance(String... ids) {
    return new InteractionSubstance("uten ATC", null, List.of(ids));
  }

  // ---- members ----

  @Test
  @DisplayName("R-8.1.2: a member with ATC matches an input whose code it covers")
  void memberWithAtcMatchesCoveredCodes() {
    assertThat(InteractionMatching.memberMatches(atc("C10AA"), List.of("C10AA01"), Set.of())).isTrue();
    assertThat(InteractionMatching.memberMatches(atc("C10AA01"), List.of("N06AB04", "C10AA01"), Set.of())).isTrue();
    assertThat(InteractionMatching.memberMatches(atc("C10AA01"), List.of("C10AA"), Set.of())).isFalse();
  }

  @Test
  @DisplayName("R-8.1.1: a member with ATC does not match by substance id, even when it also lists one")
  void memberWithAtcIgnoresSubstanceIds() {
    InteractionSubstance both = new InteractionSubstance("Perikum", Coded.of("N06AX25", "Prikkperikum"), List.of("ID_P"));
    assertThat(InteractionMatching.memberMatches(both, List.of(), Set.of("ID_P"))).isFalse();
  }

  @Test
  @DisplayName("R-8.1.1: a member without ATC matches an input containing a substance it refers to")
  void memberWithoutAtcMatchesBySubstance() {
    assertThat(InteractionMatching.memberMatches(substance("ID_PERIKUM"), List.of("N06AX25"), Set.of("ID_A", "ID_PERIKUM")))
        .isTrue();
    assertThat(InteractionMatching.memberMatches(substance("ID_PERIKUM"), List.of("N06AX25"), Set.of("ID_A"))).isFalse();
    InteractionSubstance blankAtc = new InteractionSubstance("Perikum", Coded.of(" ", null), List.of("ID_PERIKUM"));
    assertThat(InteractionMatching.memberMatches(blankAtc, List.of(), Set.of("ID_PERIKUM"))).isTrue();
  }

  @Test
  @DisplayName("R-8.1.2: a substance listed under two ATC codes matches through either")
  void groupWithSubstanceUnderTwoCodesMatchesEither() {
    InteractionGroup efedrin = new InteractionGroup("Efedrin", List.of(atc("C01CA26"), atc("R03CA02")));
    assertThat(InteractionMatching.groupMatches(efedrin, List.of("C01CA26"), Set.of())).isTrue();
    assertThat(InteractionMatching.groupMatches(efedrin, List.of("R03CA02"), Set.of())).isTrue();
    assertThat(InteractionMatching.groupMatches(efedrin, List.of("R03CA01"), Set.of())).isFalse();
  }

  // ---- pairs ----

  @Test
  @DisplayName("R-8.1.1: two inputs that match only the same substansgruppe do not interact")
  void inputsInTheSameGroupOnlyDoNotInteract() {
    assertThat(InteractionMatching.pairGroups(new int[] {0}, new int[] {0})).isNull();
    assertThat(InteractionMatching.pairGroups(new int[] {1}, new int[] {1})).isNull();
  }

  @Test
  @DisplayName("R-8.1.1: inputs matching different substansgrupper interact, oriented by group")
  void inputsInDifferentGroupsInteract() {
    assertThat(InteractionMatching.pairGroups(new int[] {0}, new int[] {1})).containsExactly(0, 1);
    assertThat(InteractionMatching.pairGroups(new int[] {1}, new int[] {0})).containsExactly(1, 0);
  }

  @Test
  @DisplayName("R-8.1.1: an input matching both groups interacts with any other input matching either")
  void inputInBothGroupsPairsWithEitherSide() {
    assertThat(InteractionMatching.pairGroups(new int[] {0, 1}, new int[] {0})).containsExactly(1, 0);
    assertThat(InteractionMatching.pairGroups(new int[] {0}, new int[] {0, 1})).containsExactly(0, 1);
    assertThat(InteractionMatching.pairGroups(new int[] {0, 1}, new int[] {0, 1})).containsExactly(0, 1);
  }
}
