package org.festserver.indexer.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.festserver.model.pharmacy.Gln;
import org.festserver.model.pharmacy.Pharmacy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample list in {@code data/} (issue: "a realistic sample list in data/, loaded by default"). */
final class PharmacySampleListTest {
  static final Path SAMPLE = Path.of(System.getProperty("basedir", "."))
      .resolve("../data/apotekslista_js_djur_2026-11-20_06_00_00.txt").normalize();

  @TempDir Path storeDir;

  @Test
  @DisplayName("issue: the sample is a clean Latin-1, tab-delimited list that reads without a single problem")
  void sampleReadsWithoutProblems() throws Exception {
    PharmacyListReadResult result = new PharmacyListReader().read(SAMPLE);

    assertThat(result.problems()).isEmpty();
    assertThat(result.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(result.delimiter()).isEqualTo('\t');
    List<Pharmacy> pharmacies = result.list().pharmacies();
    assertThat(pharmacies).hasSizeBetween(150, 300);
    assertThat(pharmacies).allMatch(p -> Gln.isValid(p.gln()) && p.gln().startsWith("7350"));
    assertThat(pharmacies).extracting(Pharmacy::activityType).contains("AP", "DJUR", "DIAP");
    assertThat(pharmacies).extracting(Pharmacy::vetEPrescription).contains(true, false, null);
    assertThat(pharmacies).allMatch(p -> p.countyCode().matches("\\d\\d") && p.municipalityCode().matches("\\d\\d"));
    assertThat(pharmacies).anyMatch(p -> p.city().equals("Göteborg") && p.nationalMunicipalityCode().equals("1480"));
  }

  @Test
  void sampleInstallsAndIsSearchable() throws Exception {
    PharmacyStore store = PharmacyStore.open(storeDir);

    store.install(SAMPLE);

    PharmacyDirectory live = store.current().orElseThrow();
    assertThat(live.search(PharmacyQuery.all().withText("goteborg").withVetOnly(true)).total()).isPositive();
    assertThat(live.search(PharmacyQuery.all().withCounty("01")).total()).isPositive();
  }
}
