package org.festserver.model.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.festserver.model.common.Coded;
import org.festserver.model.condition.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ReimbursementResolverTest {
  private static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate CODE_ENDS = LocalDate.of(2025, 6, 30);
  private static final LocalDate DISPENSE_ENDS = LocalDate.of(2025, 9, 30);
  private static final ReimbursementBasis SECTION_2 =
      new ReimbursementBasis("E1", new Coded("200", null, "§5-14 §2", null), true, false, List.of());

  private static final ReimbursementCode T93 = new ReimbursementCode(
      new Coded("T93", "2.16.578.1.12.4.1.1.7170", "Lipidforstyrrelse", null),
      "Familiær hyperkolesterolemi",
      D2024,
      null,
      null,
      List.of(
          new CodeCondition("V-AGE", D2024, null),
          new CodeCondition("V-LATER", LocalDate.of(2025, 3, 1), null),
          new CodeCondition("V-ENDED", D2024, LocalDate.of(2025, 2, 1))));
  private static final ReimbursementCode ENDING = new ReimbursementCode(
      new Coded("-26", "2.16.578.1.12.4.1.1.7435", "Etablert aterosklerotisk sykdom", null),
      null,
      D2024,
      CODE_ENDS,
      DISPENSE_ENDS,
      List.of(new CodeCondition("V-AGE", D2024, null)));
  private static final ReimbursementGroup GROUP =
      new ReimbursementGroup("G1", Coded.of("C10AA01_1", null), null, true, "Hyperkolesterolemi", List.of(), List.of(T93, ENDING));

  private static Optional<ResolvedGroup> resolve(ReimbursementGroup group, ValidityWindow link, LocalDate date, Role role) {
    return ReimbursementResolver.resolve(SECTION_2, group, ResolvedGroup.Reach.LINK, link, date, role);
  }

  @Test
  @DisplayName("R-6.4.2 the group applies only while the product's link is valid")
  void linkValidityGatesTheGroup() {
    ValidityWindow link = new ValidityWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31));
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 1, 31), Role.PRESCRIBER)).isEmpty();
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 2, 1), Role.PRESCRIBER)).isPresent();
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 4, 30), Role.PRESCRIBER)).isPresent();
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 5, 1), Role.PRESCRIBER)).isEmpty();
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 5, 31), Role.DISPENSER)).isPresent();
    assertThat(resolve(GROUP, link, LocalDate.of(2025, 6, 1), Role.DISPENSER)).isEmpty();
  }

  @Test
  @DisplayName("R-6.4.1 a code past ForskrivesTilDato is hidden from prescribers but still shown to dispensers")
  void codeDatesDependOnRole() {
    LocalDate after = CODE_ENDS.plusDays(1);
    assertThat(codes(resolve(GROUP, ValidityWindow.OPEN, CODE_ENDS, Role.PRESCRIBER))).containsExactly("T93", "-26");
    assertThat(codes(resolve(GROUP, ValidityWindow.OPEN, after, Role.PRESCRIBER))).containsExactly("T93");
    assertThat(codes(resolve(GROUP, ValidityWindow.OPEN, after, Role.DISPENSER))).containsExactly("T93", "-26");
    assertThat(codes(resolve(GROUP, ValidityWindow.OPEN, DISPENSE_ENDS.plusDays(1), Role.DISPENSER))).containsExactly("T93");
  }

  @Test
  @DisplayName("R-6.4.2 each code's dates are narrowed to the link's")
  void codeWindowIsNarrowedByTheLink() {
    ValidityWindow link = new ValidityWindow(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31), null);
    ResolvedGroup group = resolve(GROUP, link, LocalDate.of(2025, 1, 1), Role.PRESCRIBER).orElseThrow();
    assertThat(group.codes().get(1).window())
        .isEqualTo(new ValidityWindow(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31), DISPENSE_ENDS));
  }

  @Test
  @DisplayName("R-6.4.1 dispensers get the code without any text; prescribers the Underterm in place of DN")
  void textsByRole() {
    ResolvedGroup prescriber = resolve(GROUP, ValidityWindow.OPEN, D2024, Role.PRESCRIBER).orElseThrow();
    assertThat(prescriber.codes().get(0).text()).isEqualTo("Familiær hyperkolesterolemi");
    assertThat(prescriber.codes().get(0).diagnosisText()).isEqualTo("Lipidforstyrrelse");
    assertThat(prescriber.codes().get(1).text()).isEqualTo("Etablert aterosklerotisk sykdom");
    ResolvedGroup dispenser = resolve(GROUP, ValidityWindow.OPEN, D2024, Role.DISPENSER).orElseThrow();
    assertThat(dispenser.codes()).allSatisfy(code -> {
      assertThat(code.text()).isNull();
      assertThat(code.diagnosisText()).isNull();
    });
  }

  @Test
  @DisplayName("R-6.4.3 a code's conditions apply within their Refusjonsvilkar dates (TilDato exclusive), each once")
  void codeConditionsFollowTheirEntryDates() {
    assertThat(resolve(GROUP, ValidityWindow.OPEN, LocalDate.of(2025, 1, 31), Role.PRESCRIBER).orElseThrow().conditionRefs())
        .containsExactly("V-AGE", "V-ENDED");
    ResolvedGroup march = resolve(GROUP, ValidityWindow.OPEN, LocalDate.of(2025, 3, 1), Role.PRESCRIBER).orElseThrow();
    assertThat(march.conditionRefs()).containsExactly("V-AGE", "V-LATER");
    assertThat(march.codes().get(0).conditionRefs()).containsExactly("V-AGE", "V-LATER");
    assertThat(march.codes().get(1).conditionRefs()).containsExactly("V-AGE");
  }

  @Test
  @DisplayName("R-6.4.1 a group that requires a code but has no valid one is not shown")
  void groupWithoutValidCodeIsHidden() {
    assertThat(resolve(GROUP, ValidityWindow.OPEN, D2024.minusDays(1), Role.PRESCRIBER)).isEmpty();
  }

  @Test
  @DisplayName("R-6.4.8 a group without codes (H-resept, §4a) carries its conditions directly")
  void groupWithoutCodesCarriesItsConditions() {
    ReimbursementGroup hospital =
        new ReimbursementGroup("G2", Coded.of("L04AB_H", null), null, false, null, List.of("V-H1", "V-H2"), List.of());
    ResolvedGroup group = resolve(hospital, new ValidityWindow(D2024, null, null), D2024, Role.DISPENSER).orElseThrow();
    assertThat(group.codes()).isEmpty();
    assertThat(group.conditionRefs()).containsExactly("V-H1", "V-H2");
  }

  private static List<String> codes(Optional<ResolvedGroup> group) {
    return group.orElseThrow().codes().stream().map(code -> code.code().code().code()).toList();
  }
}
