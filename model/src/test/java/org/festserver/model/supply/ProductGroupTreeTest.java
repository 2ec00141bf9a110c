package org.festserver.model.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.festserver.model.common.Coded;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.StructuredCondition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ProductGroupTreeTest {

  @Test
  @DisplayName("R-12.1.1 3-digit groups under the main group, 5-digit under their 3-digit prefix, 7-digit under the 5-digit one")
  void buildsTheLevels() {
    Map<String, String> names = new TreeMap<>(Map.of(
        "5", "Medisinsk forbruksmateriell",
        "502", "Urinretensjon",
        "50201", "Kateter",
        "5020101", "Engangskateter",
        "5020102", "Permanent kateter",
        "501", "Stomi",
        "6", "Næringsmidler",
        "601", "Næringsmidler ved sykdom"));
    List<ProductGroupNode> trees = ProductGroupTree.build(names, Map.of("5020101", List.of("812345", "812346")));
    assertThat(trees).extracting(ProductGroupNode::code).containsExactly("5", "6");
    ProductGroupNode consumables = trees.get(0);
    assertThat(consumables.level()).isZero();
    assertThat(consumables.children()).extracting(ProductGroupNode::code).containsExactly("501", "502");
    ProductGroupNode urine = consumables.children().get(1);
    assertThat(urine.level()).isEqualTo(1);
    assertThat(urine.children()).singleElement().satisfies(node -> {
      assertThat(node.code()).isEqualTo("50201");
      assertThat(node.level()).isEqualTo(2);
      assertThat(node.children()).extracting(ProductGroupNode::code).containsExactly("5020101", "5020102");
    });
    ProductGroupNode disposable = urine.children().get(0).children().get(0);
    assertThat(disposable.name()).isEqualTo("Engangskateter");
    assertThat(disposable.goods()).containsExactly("812345", "812346");
    assertThat(urine.children().get(0).children().get(1).goods()).isEmpty();
  }

  @Test
  @DisplayName("R-12.1.1 goods under a code missing from 7403 still get their node and its ancestors")
  void goodsCreateMissingNodes() {
    List<ProductGroupNode> trees = ProductGroupTree.build(Map.of(), Map.of("6010203", List.of("1")));
    assertThat(trees).singleElement().satisfies(root -> {
      assertThat(root.code()).isEqualTo("6");
      assertThat(root.name()).isNull();
      assertThat(root.children().get(0).children().get(0).children().get(0).goods()).containsExactly("1");
    });
  }

  @Test
  @DisplayName("R-12.1.1 codes that are not 1, 3, 5 or 7 digits are left out")
  void oddCodesAreLeftOut() {
    assertThat(ProductGroupTree.level("50")).isEqualTo(-1);
    assertThat(ProductGroupTree.level("50A")).isEqualTo(-1);
    assertThat(ProductGroupTree.parent("5020101")).isEqualTo("50201");
    assertThat(ProductGroupTree.parent("502")).isEqualTo("5");
    assertThat(ProductGroupTree.build(Map.of("50", "x", "ABC", "y"), Map.of())).isEmpty();
  }

  // ---------------------------------------------------------------- prescribable

  private static Condition condition(String type, String... values) {
    return new Condition("V", "1", Coded.of("2", "Handelsvare"), Coded.of("3", null), "t", null, null,
        List.of(new StructuredCondition(Coded.of(type, null), List.of(values), List.of())));
  }

  @Test
  @DisplayName("R-12.1.2 every 3-digit group is prescribable; a 7-digit one only with structured condition 11")
  void prescribable() {
    assertThat(ProductGroupRules.prescribable("502", List.of())).isTrue();
    assertThat(ProductGroupRules.prescribable("50201", List.of(condition("11")))).isFalse();
    assertThat(ProductGroupRules.prescribable("5020101", List.of())).isFalse();
    assertThat(ProductGroupRules.prescribable("5020101", List.of(condition("15", "100")))).isFalse();
    assertThat(ProductGroupRules.prescribable("5020101", List.of(condition("11")))).isTrue();
    Condition coded = new Condition("V", "1", null, null, "t", null, null, List.of(new StructuredCondition(
        Coded.of("11", null), List.of(), List.of(new Coded("1", "2.16.578.1.12.4.1.1.1101", "Ja", null)))));
    assertThat(ProductGroupRules.prescribable("5020101", List.of(coded))).isTrue();
    assertThat(ProductGroupRules.prescribable("5020101", List.of(condition("11", "Nei")))).isFalse();
  }

  @Test
  @DisplayName("R-12.1.2 an age condition that is not met blocks the group")
  void ageBlocks() {
    List<Condition> adults = List.of(condition("1", "18"));
    assertThat(ProductGroupRules.blocked(adults, new PatientFacts(17, null))).isTrue();
    assertThat(ProductGroupRules.blocked(adults, new PatientFacts(18, null))).isFalse();
    assertThat(ProductGroupRules.blocked(adults, PatientFacts.UNKNOWN)).isFalse();
  }
}
