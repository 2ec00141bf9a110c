package org.festserver.model.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export file name and its timestamp (FORMAT.md §5; seed 001 §9.1 writes the date with underscores). */
final class PharmacyFileNameTest {

  @Test
  @DisplayName("FORMAT §5: the E-hälsomyndigheten spelling with dashes in the date is accepted")
  void dashesInTheDateAreAccepted() {
    PharmacyFileName name = PharmacyFileName.parse("apotekslista_js_djur_2026-11-20_06_00_00.txt");

    assertThat(name.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 6, 0, 0));
    assertThat(name.fileName()).isEqualTo("apotekslista_js_djur_2026-11-20_06_00_00.txt");
  }

  @Test
  @DisplayName("seed 001 §9.1: the handbook spelling with underscores in the date is accepted")
  void underscoresInTheDateAreAccepted() {
    PharmacyFileName name = PharmacyFileName.parse("apotekslista_js_djur_2026_11_21_23_59_58.txt");

    assertThat(name.exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 23, 59, 58));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "apotekslista_js_djur_2026-11_20_06_00_00.txt", // mixed separators in the date
      "apotekslista_js_djur_2026-11-20_06-00-00.txt", // dashes in the time
      "apotekslista_js_djur_2026-11-20.txt",
      "apotekslista_js_human_2026-11-20_06_00_00.txt",
      "apotekslista_js_djur_2026-11-20_06_00_00.csv",
      "apotekslista_js_djur_2026-11-20_06_00_00.txt.gz",
      "dir/apotekslista_js_djur_2026-11-20_06_00_00.txt",
      "apotekslista_js_djur_26-11-20_06_00_00.txt"})
  void otherNamesAreRejectedNamingBothPatterns(String fileName) {
    assertThatThrownBy(() -> PharmacyFileName.parse(fileName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pharmacy list file name must be apotekslista_js_djur_YYYY-MM-DD_TT_MM_SS.txt or "
            + "apotekslista_js_djur_YYYY_MM_DD_TT_MM_SS.txt, got '" + fileName + "'");
    assertThat(PharmacyFileName.matches(fileName)).isFalse();
  }

  @Test
  void aTimestampThatIsNotARealDateTimeIsRejected() {
    assertThatThrownBy(() -> PharmacyFileName.parse("apotekslista_js_djur_2026-02-30_06_00_00.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pharmacy list file name 'apotekslista_js_djur_2026-02-30_06_00_00.txt' "
            + "has no valid export time");
    assertThatThrownBy(() -> PharmacyFileName.parse("apotekslista_js_djur_2026-11-20_24_00_00.txt"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingNameIsRejected() {
    assertThatThrownBy(() -> PharmacyFileName.parse(null)).hasMessage("pharmacy list file name is missing");
    assertThatThrownBy(() -> PharmacyFileName.parse(" ")).hasMessage("pharmacy list file name is missing");
  }
}
