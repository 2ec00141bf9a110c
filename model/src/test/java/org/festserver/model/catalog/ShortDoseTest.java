package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.common.Coded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** kortdose text with the dosing unit in singular and plural. */
final class ShortDoseTest {
  private static final DosingUnit TABLET = new DosingUnit("13", "tablett", "tabletter");

  @Test
  @DisplayName("R-7.1.1: <doser> becomes the plural and <dose> the singular")
  void placeholdersBecomeSingularAndPlural() {
    assertThat(ShortDose.render("2<doser>daglig", TABLET)).isEqualTo("2 tabletter daglig");
    assertThat(ShortDose.render("1 <dose> daglig", TABLET)).isEqualTo("1 tablett daglig");
    assertThat(ShortDose.render("1 daglig", TABLET)).isEqualTo("1 daglig");
  }

  @Test
  @DisplayName("R-7.1.1: without a plural in code system 7480 the singular stands in")
  void missingPluralFallsBackToSingular() {
    assertThat(ShortDose.render("2<doser>daglig", DosingUnit.ofText("40", "plaster"))).isEqualTo("2 plaster daglig");
    assertThat(ShortDose.render("2<doser>daglig", null)).isEqualTo("2 daglig");
  }

  @Test
  @DisplayName("R-7.1.1: the plural comes from BeskrivelseTerm, else from a second Norwegian term")
  void pluralFromDescriptionOrSecondTerm() {
    Coded no = Coded.of("NO", "NORSK");
    CodeSystemElement described = new CodeSystemElement("e1", null, "13", List.of(new Term("tablett", "tabletter", no)));
    CodeSystemElement twoTerms = new CodeSystemElement("e2", null, "21",
        List.of(new Term("kapsel", null, no), new Term("capsule", null, Coded.of("EN", "ENGELSK")), new Term("kapsler", null, no)));
    CodeSystemElement single = new CodeSystemElement("e3", null, "40", List.of(new Term("plaster", null, no)));
    assertThat(DosingUnit.of(described)).isEqualTo(TABLET);
    assertThat(DosingUnit.of(twoTerms).plural()).isEqualTo("kapsler");
    assertThat(DosingUnit.of(single).plural()).isNull();
    assertThat(DosingUnit.of(single).pluralOrSingular()).isEqualTo("plaster");
  }
}
