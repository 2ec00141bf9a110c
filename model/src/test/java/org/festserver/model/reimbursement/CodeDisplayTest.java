package org.festserver.model.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.condition.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class CodeDisplayTest {
  private static ReimbursementCode code(String subterm) {
    return new ReimbursementCode(
        new Coded("K86", "2.16.578.1.12.4.1.1.7170", "Hypertensjon ukomplisert", null), subterm, LocalDate.MIN, null, null, List.of());
  }

  @Test
  @DisplayName("R-6.4.1 the prescriber sees the Underterm in place of DN, and DN when there is none")
  void prescriberText() {
    assertThat(CodeDisplay.text(code("Essensiell hypertensjon"), Role.PRESCRIBER)).isEqualTo("Essensiell hypertensjon");
    assertThat(CodeDisplay.text(code(null), Role.PRESCRIBER)).isEqualTo("Hypertensjon ukomplisert");
    assertThat(CodeDisplay.text(code("  "), Role.PRESCRIBER)).isEqualTo("Hypertensjon ukomplisert");
    assertThat(CodeDisplay.diagnosisText(code("Essensiell hypertensjon"), Role.PRESCRIBER)).isEqualTo("Hypertensjon ukomplisert");
  }

  @Test
  @DisplayName("R-6.4.1 the dispenser never sees DN nor Underterm")
  void dispenserSeesNoText() {
    assertThat(CodeDisplay.text(code("Essensiell hypertensjon"), Role.DISPENSER)).isNull();
    assertThat(CodeDisplay.diagnosisText(code(null), Role.DISPENSER)).isNull();
  }
}
