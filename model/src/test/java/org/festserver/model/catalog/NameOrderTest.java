package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "alphabetically" in Norwegian, numbers by value. */
final class NameOrderTest {

  @Test
  @DisplayName("R-4.3.1: æ, ø and å sort after z; case does not decide before letters do")
  void norwegianLettersSortAfterZ() {
    List<String> names = new ArrayList<>(List.of("Østradiol", "Zocorex", "Ærovent", "Ålesund", "abc", "Abd", "Décorin", "Diclocil"));
    names.sort(NameOrder.COMPARATOR);
    assertThat(names).containsExactly("abc", "Abd", "Décorin", "Diclocil", "Zocorex", "Ærovent", "Østradiol", "Ålesund");
  }

  @Test
  @DisplayName("R-4.3.1: strengths sort by value, and 2,5 equals 2.5")
  void numbersSortByValue() {
    List<String> names = new ArrayList<>(List.of("Simvastatin Tab 40 mg", "Simvastatin Tab 5 mg", "Simvastatin Tab 10 mg",
        "Zomig Tab 2,5 mg", "Zomig Tab 12 mg", "Zomig Tab 2 mg"));
    names.sort(NameOrder.COMPARATOR);
    assertThat(names).containsExactly("Simvastatin Tab 5 mg", "Simvastatin Tab 10 mg", "Simvastatin Tab 40 mg",
        "Zomig Tab 2 mg", "Zomig Tab 2,5 mg", "Zomig Tab 12 mg");
    assertThat(NameOrder.sortKey("Tab 2,5 mg")).isEqualTo(NameOrder.sortKey("Tab 2.5 mg"));
  }
}
