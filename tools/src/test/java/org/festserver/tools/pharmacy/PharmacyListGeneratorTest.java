package org.festserver.tools.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample generator is deterministic and the committed sample is its output. */
final class PharmacyListGeneratorTest {
  private static final Path SAMPLE = Path.of(System.getProperty("basedir", "."))
      .resolve("../data/apotekslista_js_djur_2026-11-20_06_00_00.txt").normalize();

  @TempDir Path dir;

  @Test
  void committedSampleIsTheOutputOfTheDefaultSeed() throws Exception {
    assertThat(PharmacyListGenerator.render(PharmacyListGenerator.DEFAULT_SEED)).isEqualTo(Files.readAllBytes(SAMPLE));
  }

  @Test
  void sameSeedWritesSameBytesAndAnotherSeedDiffers() throws Exception {
    Path file = dir.resolve("apotekslista_js_djur_2026_11_21_06_00_00.txt");

    PharmacyListGenerator.write(file, 7);

    assertThat(Files.readAllBytes(file)).isEqualTo(PharmacyListGenerator.render(7));
    assertThat(PharmacyListGenerator.render(8)).isNotEqualTo(PharmacyListGenerator.render(7));
  }

  @Test
  void outputMustBeNamedLikeAnExport() {
    assertThatThrownBy(() -> PharmacyListGenerator.write(dir.resolve("pharmacies.txt"), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
