package org.festserver.indexer.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festserver.indexer.pharmacy.PharmacyListFiles.gln;
import static org.festserver.indexer.pharmacy.PharmacyListFiles.row;

import java.nio.file.Path;
import java.util.List;
import org.festserver.model.pharmacy.Pharmacy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching the pharmacy list (issue: {@code GET /pharmacies?q=&county=&municipality=&vet=}; RULES.md "Swedish seeds":
 * prescribers must be able to pick only pharmacies that handle veterinary e-prescriptions). Built from a real file
 * through the real reader.
 */
final class PharmacyDirectoryTest {
  @TempDir Path dir;

  private PharmacyDirectory directory;

  @BeforeEach
  void readList() throws Exception {
    List<String> scheele = row(gln(1), "Apoteket C.W. Scheele", "Stockholm", "01", "80", "J");
    scheele.set(2, "Scheele");
    Path file = PharmacyListFiles.withHeader()
        .fields(scheele)
        .fields(row(gln(2), "Apoteket Hjärtat Göteborg Nordstan", "Göteborg", "14", "80", "J"))
        .fields(row(gln(3), "Kronans Apotek Malmö Triangeln", "Malmö", "12", "80", "N"))
        .fields(row(gln(4), "Kronans Apotek Lund Nova", "Lund", "12", "81", "J"))
        .fields(row(gln(5), "Apoteket Örnen", "Örnsköldsvik", "22", "84", ""))
        .fields(row(gln(6), "Apoteket Zebran", "Mölndal", "14", "81", "J"))
        .fields(row(gln(7), "Apoteket Ängeln", "Ängelholm", "12", "92", "N"))
        .fields(row(gln(8), "Apoteket Ålen", "Åmål", "14", "92", "J"))
        .fields(row(gln(10), "Djurapoteket Mölndal", "Mölndal", "14", "81", "J"))
        .fields(row(gln(9), "Djurapoteket Mölndal", "Mölndal", "14", "81", "J"))
        .writeTo(dir);
    directory = PharmacyDirectory.of(new PharmacyListReader().read(file).list());
  }

  private List<String> names(PharmacyQuery query) {
    return directory.search(query).pharmacies().stream().map(Pharmacy::name).toList();
  }

  // ---- byGln ----

  @Test
  @DisplayName("API GET /pharmacies/{gln}: a listed GLN is found, others are not")
  void pharmacyIsFoundByGln() {
    assertThat(directory.byGln(gln(3))).map(Pharmacy::name).contains("Kronans Apotek Malmö Triangeln");
    assertThat(directory.byGln(gln(99))).isEmpty();
    assertThat(directory.byGln(null)).isEmpty();
  }

  // ---- sorting, limit ----

  @Test
  @DisplayName("results are sorted by name in Swedish order (Å Ä Ö after Z), ties by GLN")
  void resultsAreSortedSwedishThenByGln() {
    PharmacySearchResult all = directory.search(PharmacyQuery.all());

    assertThat(all.total()).isEqualTo(10);
    assertThat(all.pharmacies()).extracting(Pharmacy::name).containsExactly(
        "Apoteket C.W. Scheele", "Apoteket Hjärtat Göteborg Nordstan", "Apoteket Zebran", "Apoteket Ålen",
        "Apoteket Ängeln", "Apoteket Örnen", "Djurapoteket Mölndal", "Djurapoteket Mölndal",
        "Kronans Apotek Lund Nova", "Kronans Apotek Malmö Triangeln");
    assertThat(all.pharmacies().subList(6, 8)).extracting(Pharmacy::gln).containsExactly(gln(9), gln(10));
  }

  @Test
  void limitCutsThePageButNotTheTotal() {
    PharmacySearchResult page = directory.search(PharmacyQuery.all().withLimit(3));

    assertThat(page.total()).isEqualTo(10);
    assertThat(page.pharmacies()).hasSize(3);
  }

  // ---- name search ----

  @Test
  @DisplayName("issue: name search ignores case")
  void nameSearchIgnoresCase() {
    assertThat(names(PharmacyQuery.all().withText("KRONANS"))).containsExactly(
        "Kronans Apotek Lund Nova", "Kronans Apotek Malmö Triangeln");
    assertThat(names(PharmacyQuery.all().withText("hjärtat"))).containsExactly("Apoteket Hjärtat Göteborg Nordstan");
  }

  @Test
  @DisplayName("every query word must start a word of the name, short name or city")
  void everyQueryWordMustPrefixAWord() {
    assertThat(names(PharmacyQuery.all().withText("kron malm"))).containsExactly("Kronans Apotek Malmö Triangeln");
    assertThat(names(PharmacyQuery.all().withText("ronans"))).isEmpty();
    assertThat(names(PharmacyQuery.all().withText("scheele"))).containsExactly("Apoteket C.W. Scheele");
    assertThat(names(PharmacyQuery.all().withText("c.w."))).containsExactly("Apoteket C.W. Scheele");
    assertThat(names(PharmacyQuery.all().withText("stockholm"))).containsExactly("Apoteket C.W. Scheele");
  }

  @Test
  @DisplayName("å ä ö are folded for matching: goteborg finds Göteborg, and Göteborg still finds it")
  void swedishLettersAreFoldedForMatchingOnly() {
    assertThat(names(PharmacyQuery.all().withText("goteborg"))).containsExactly("Apoteket Hjärtat Göteborg Nordstan");
    assertThat(names(PharmacyQuery.all().withText("GÖTEBORG"))).containsExactly("Apoteket Hjärtat Göteborg Nordstan");
    assertThat(names(PharmacyQuery.all().withText("angel"))).containsExactly("Apoteket Ängeln");
  }

  @Test
  void blankTextMatchesEverything() {
    assertThat(directory.search(PharmacyQuery.all().withText("  ")).total()).isEqualTo(10);
  }

  // ---- filters ----

  @Test
  @DisplayName("issue: county filter keeps one län; a one-digit code is padded")
  void countyFilterKeepsOneCounty() {
    assertThat(names(PharmacyQuery.all().withCounty("12"))).containsExactly(
        "Apoteket Ängeln", "Kronans Apotek Lund Nova", "Kronans Apotek Malmö Triangeln");
    assertThat(names(PharmacyQuery.all().withCounty("1"))).containsExactly("Apoteket C.W. Scheele");
  }

  @Test
  @DisplayName("issue: municipality filter takes the KO code or the four-digit national code")
  void municipalityFilterTakesKoOrNationalCode() {
    assertThat(names(PharmacyQuery.all().withMunicipality("1480"))).containsExactly(
        "Apoteket Hjärtat Göteborg Nordstan");
    assertThat(names(PharmacyQuery.all().withMunicipality("80"))).containsExactly(
        "Apoteket C.W. Scheele", "Apoteket Hjärtat Göteborg Nordstan", "Kronans Apotek Malmö Triangeln");
    assertThat(names(PharmacyQuery.all().withCounty("12").withMunicipality("80"))).containsExactly(
        "Kronans Apotek Malmö Triangeln");
  }

  @Test
  @DisplayName("RULES Swedish seeds / issue vet=true: only pharmacies with E = J; N and unknown are left out")
  void vetFilterKeepsOnlyConfirmedVetEPrescriptionPharmacies() {
    PharmacySearchResult vet = directory.search(PharmacyQuery.all().withVetOnly(true));

    assertThat(vet.total()).isEqualTo(7);
    assertThat(vet.pharmacies()).allMatch(Pharmacy::handlesVetEPrescriptions);
    assertThat(names(PharmacyQuery.all().withVetOnly(true).withText("kronans")))
        .containsExactly("Kronans Apotek Lund Nova");
  }

  @Test
  void filtersCombineWithText() {
    assertThat(names(PharmacyQuery.all().withText("apoteket").withCounty("14").withVetOnly(true))).containsExactly(
        "Apoteket Hjärtat Göteborg Nordstan", "Apoteket Zebran", "Apoteket Ålen");
  }

  // ---- query checks ----

  @Test
  void malformedQueryParametersAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> PharmacyQuery.all().withCounty("AB"))
        .hasMessage("county must be a two-digit county (län) code, got 'AB'");
    assertThatThrownBy(() -> PharmacyQuery.all().withMunicipality("148"))
        .hasMessage("municipality must be a two-digit (KO) or four-digit (län + KO) code, got '148'");
    assertThatThrownBy(() -> PharmacyQuery.all().withLimit(0))
        .hasMessage("limit must be between 1 and 5000, got 0");
  }
}
