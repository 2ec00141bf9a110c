package org.festserver.model.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AlertPropagationTest {
  /** SG1 → brands B1, B2 and pack P1; B1 → P1, P2; B2 → P3; B3 (not in SG1) → P4; group RG → P4. */
  private static final ProductGraph GRAPH = new ProductGraph() {
    @Override
    public List<String> brandsOfSubstanceGroup(String id) {
      return id.equals("SG1") ? List.of("B1", "B2") : List.of();
    }

    @Override
    public List<String> packsOfSubstanceGroup(String id) {
      return id.equals("SG1") ? List.of("P1") : List.of();
    }

    @Override
    public List<String> packsOfBrand(String id) {
      return Map.of("B1", List.of("P1", "P2"), "B2", List.of("P3"), "B3", List.of("P4")).getOrDefault(id, List.of());
    }

    @Override
    public List<AlertTarget> productsOfReimbursementGroup(String id) {
      return id.equals("RG") ? List.of(new AlertTarget(EntityKind.PACK, "P4")) : List.of();
    }

    @Override
    public Optional<EntityKind> kindOf(String id) {
      return id.startsWith("B") ? Optional.of(EntityKind.BRAND) : Optional.empty();
    }
  };

  private static List<AlertTarget> targets(String targetClass, String... ids) {
    return List.copyOf(AlertPropagation.targets(new AlertReference(Coded.of(targetClass, null), List.of(ids)), GRAPH));
  }

  private static AlertTarget pack(String id) {
    return new AlertTarget(EntityKind.PACK, id);
  }

  private static AlertTarget brand(String id) {
    return new AlertTarget(EntityKind.BRAND, id);
  }

  @Test
  @DisplayName("R-9.5.1 an alert on a substance group shows on it, all its brands and all their packs")
  void substanceGroupPropagatesDown() {
    assertThat(targets("3", "SG1")).containsExactly(
        new AlertTarget(EntityKind.SUBSTANCE_GROUP, "SG1"), brand("B1"), pack("P1"), pack("P2"), brand("B2"), pack("P3"));
  }

  @Test
  @DisplayName("R-9.5.1 an alert on a brand shows on the brand and its packs, not on its substance group")
  void brandPropagatesToItsPacksOnly() {
    assertThat(targets("1", "B2")).containsExactly(brand("B2"), pack("P3"));
  }

  @Test
  @DisplayName("R-9.5.1 an alert on a pack shows only on that pack")
  void packStaysOnThePack() {
    assertThat(targets("2", "P2", "P3")).containsExactly(pack("P2"), pack("P3"));
  }

  @Test
  @DisplayName("R-9.5.1 an alert on a reimbursement group shows on the products that link it")
  void reimbursementGroupReachesLinkedProducts() {
    assertThat(targets("4", "RG")).containsExactly(pack("P4"));
  }

  @Test
  @DisplayName("R-9.5.1 an unknown reference class is resolved by the id's kind; unresolvable ids are dropped")
  void unknownClassIsResolvedById() {
    assertThat(targets("9", "B3", "X")).containsExactly(brand("B3"), pack("P4"));
  }
}
