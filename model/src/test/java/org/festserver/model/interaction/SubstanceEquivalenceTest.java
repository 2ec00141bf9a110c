package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SubstanceEquivalenceTest {
  // therapeutic part → complete substances (Virkestoff/RefVirkestoff), as in the 2017 file
  private static final Map<String, List<String>> COMPLETE = Map.of(
      "METFORMIN", List.of("METFORMIN_HCL"),
      "LISINOPRIL", List.of("LISINOPRIL_DIHYDRAT", "LISINOPRIL_ANHYDR"),
      "PART_A", List.of("DOUBLE_SALT"),
      "PART_B", List.of("DOUBLE_SALT"));
  private static final Map<String, List<String>> PARTS = Map.of(
      "METFORMIN_HCL", List.of("METFORMIN"),
      "LISINOPRIL_DIHYDRAT", List.of("LISINOPRIL"),
      "LISINOPRIL_ANHYDR", List.of("LISINOPRIL"),
      "DOUBLE_SALT", List.of("PART_A", "PART_B"));

  private static Set<String> expand(String... ids) {
    return SubstanceEquivalence.expand(List.of(ids), id -> COMPLETE.getOrDefault(id, List.of()),
        id -> PARTS.getOrDefault(id, List.of()));
  }

  @Test
  @DisplayName("R-8.1.1: a product holding a therapeutic part also holds its complete substances")
  void therapeuticPartStandsForItsCompleteSubstances() {
    assertThat(expand("METFORMIN")).containsExactlyInAnyOrder("METFORMIN", "METFORMIN_HCL");
    assertThat(expand("LISINOPRIL")).containsExactlyInAnyOrder("LISINOPRIL", "LISINOPRIL_DIHYDRAT", "LISINOPRIL_ANHYDR");
  }

  @Test
  @DisplayName("R-8.1.1: a complete substance (salt) contains its therapeutic part")
  void completeSubstanceContainsItsTherapeuticPart() {
    assertThat(expand("METFORMIN_HCL")).containsExactlyInAnyOrder("METFORMIN_HCL", "METFORMIN");
    assertThat(expand("DOUBLE_SALT")).containsExactlyInAnyOrder("DOUBLE_SALT", "PART_A", "PART_B");
  }

  @Test
  @DisplayName("R-8.1.1: two therapeutic parts of one complete substance are not the same substance")
  void neverForwardThenBack() {
    assertThat(expand("PART_A")).containsExactlyInAnyOrder("PART_A", "DOUBLE_SALT");
    assertThat(expand("LISINOPRIL_DIHYDRAT")).doesNotContain("LISINOPRIL_ANHYDR");
  }

  @Test
  @DisplayName("R-8.1.1: unrelated substances and cycles are left as they are")
  void unrelatedAndCyclicReferences() {
    assertThat(expand("SIMVASTATIN")).containsExactly("SIMVASTATIN");
    Set<String> cyclic = SubstanceEquivalence.expand(List.of("X"), id -> id.equals("X") ? List.of("Y") : List.of("X"),
        id -> List.of());
    assertThat(cyclic).containsExactlyInAnyOrder("X", "Y");
  }
}
