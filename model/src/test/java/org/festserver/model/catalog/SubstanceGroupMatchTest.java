package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** brands of a substance group. */
final class SubstanceGroupMatchTest {

  private static MedicineInfo medicine(String atc, String form) {
    return new MedicineInfo(Coded.of(atc, atc), "x", Coded.of("C", "C"), Coded.of(form, form), List.of(), null, null,
        false, List.of(), null, null, null);
  }

  private static SubstanceGroup group(List<String> brandRefs, SortedRef... refs) {
    return new SubstanceGroup("G", medicine("C09DA06", "53"), List.of(refs), List.of(), brandRefs, List.of(), List.of());
  }

  private static Brand brand(String id, String atc, String form, SortedRef... refs) {
    return new Brand(id, medicine(atc, form), id, null, List.of(refs), List.of(), null, null, List.of(), List.of());
  }

  @Test
  @DisplayName("R-3.3.1: same substance set in any Sortering, same form and ATC matches")
  void sameSetInAnyOrderMatches() {
    SubstanceGroup group = group(List.of(), new SortedRef(1, "A"), new SortedRef(2, "B"));
    assertThat(SubstanceGroupMatch.belongs(group, brand("b", "C09DA06", "53", new SortedRef(0, "B"), new SortedRef(1, "A")))).isTrue();
  }

  @Test
  @DisplayName("R-3.3.1: a different set, form or ATC does not match")
  void differencesDoNotMatch() {
    SubstanceGroup group = group(List.of(), new SortedRef(1, "A"), new SortedRef(2, "B"));
    assertThat(SubstanceGroupMatch.belongs(group, brand("b", "C09DA06", "53", new SortedRef(1, "A")))).isFalse();
    assertThat(SubstanceGroupMatch.belongs(group, brand("b", "C09DA06", "54", new SortedRef(1, "A"), new SortedRef(2, "B")))).isFalse();
    assertThat(SubstanceGroupMatch.belongs(group, brand("b", "C09CA06", "53", new SortedRef(1, "A"), new SortedRef(2, "B")))).isFalse();
  }

  @Test
  @DisplayName("R-3.3.2: direct references win over substance matching")
  void directReferencesDecide() {
    SubstanceGroup group = group(List.of("listed"), new SortedRef(1, "A"));
    assertThat(SubstanceGroupMatch.belongs(group, brand("listed", "X", "1"))).isTrue();
    assertThat(SubstanceGroupMatch.belongs(group, brand("other", "C09DA06", "53", new SortedRef(1, "A")))).isFalse();
  }
}
