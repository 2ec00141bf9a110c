package org.festserver.indexer.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festserver.indexer.pharmacy.PharmacyListFiles.gln;
import static org.festserver.indexer.pharmacy.PharmacyListFiles.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.festserver.model.pharmacy.OpeningHours;
import org.festserver.model.pharmacy.Pharmacy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading {@code apotekslista_js_djur_*.txt} (FORMAT.md §5, RULES.md "Swedish seeds", seed 001 §9.1) through the real
 * reader from real files in a temp dir.
 */
final class PharmacyListReaderTest {
  @TempDir Path dir;

  private final PharmacyListReader reader = new PharmacyListReader();

  // ---- fields and header ----

  @Test
  @DisplayName("FORMAT §5: every field is read by its header name; the two VARF/VART pairs by position")
  void everyFieldIsReadByHeaderNameAndTheRepeatedPairsByPosition() throws Exception {
    List<String> fields = List.of(gln(1), "Apoteket Hjärtat Göteborg Nordstan", "Hjärtat Nordstan", "Box 5021",
        "Nordstadstorget 6", "411 05", "Göteborg", "14", "80", "031-711 22 33", "031-711 22 34", "AP", "J",
        "0930", "1200", "1300", "1830", "1000", "1600", "1100", "1500", "J", "Renovering");
    Path file = PharmacyListFiles.withHeader().fields(fields).writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.list().exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 6, 0));
    assertThat(result.list().sourceFileName()).isEqualTo(PharmacyListFiles.NAME);
    assertThat(result.list().pharmacies()).containsExactly(new Pharmacy(gln(1),
        "Apoteket Hjärtat Göteborg Nordstan", "Hjärtat Nordstan", "Box 5021", "Nordstadstorget 6", "411 05",
        "Göteborg", "14", "80", "031-711 22 33", "031-711 22 34", "AP", true,
        new OpeningHours("0930", "1200", "1300", "1830", "1000", "1600", "1100", "1500"), true, "Renovering"));
  }

  @Test
  @DisplayName("FORMAT §5: columns are found by name in any order; assumed columns may be absent")
  void columnsAreFoundByNameInAnyOrderAndAssumedOnesMayBeAbsent() throws Exception {
    Path file = PharmacyListFiles.withHeader(List.of("ORT", "E", "GLN", "BENÄMNING LÅNG", "VARF", "VART", "EXTRA"))
        .fields(List.of("Lund", "N", gln(2), "Kronans Apotek Lund", "0800", "1700", "x"))
        .writeTo(dir);

    Pharmacy pharmacy = reader.read(file).list().pharmacies().get(0);

    assertThat(pharmacy.gln()).isEqualTo(gln(2));
    assertThat(pharmacy.city()).isEqualTo("Lund");
    assertThat(pharmacy.vetEPrescription()).isFalse();
    assertThat(pharmacy.openingHours()).isEqualTo(new OpeningHours("0800", "1700", null, null, null, null, null, null));
    assertThat(pharmacy.temporarilyClosed()).isNull();
    assertThat(pharmacy.shortName()).isNull();
  }

  @Test
  @DisplayName("issue: header names match ignoring case, accents and a Latin-1-decoded UTF-8 spelling")
  void headerNamesMatchIgnoringCaseAccentsAndMojibake() throws Exception {
    Path file = PharmacyListFiles.withHeader(List.of("gln", "BENÃ\u0084MNING LÃ\u0085NG", "Besöksadress", "lt", "ko",
            "Tfn_Allmanhet", "e"))
        .fields(List.of(gln(3), "Apotek Produkter Åre", "Årevägen 1", "23", "21", "0647-100 00", "J"))
        .charset(StandardCharsets.ISO_8859_1)
        .writeTo(dir);

    Pharmacy pharmacy = reader.read(file).list().pharmacies().get(0);

    assertThat(pharmacy.name()).isEqualTo("Apotek Produkter Åre");
    assertThat(pharmacy.visitingAddress()).isEqualTo("Årevägen 1");
    assertThat(pharmacy.countyCode()).isEqualTo("23");
    assertThat(pharmacy.municipalityCode()).isEqualTo("21");
    assertThat(pharmacy.publicPhone()).isEqualTo("0647-100 00");
  }

  @Test
  @DisplayName("issue: fields are trimmed and empty fields become null")
  void fieldsAreTrimmedAndEmptyFieldsAreNull() throws Exception {
    List<String> fields = row("  " + gln(4) + " ", "  Apoteket Ekorren  ", "Solna", " 1 ", "84", " ");
    fields.set(3, "   ");
    Path file = PharmacyListFiles.withHeader().fields(fields).writeTo(dir);

    Pharmacy pharmacy = reader.read(file).list().pharmacies().get(0);

    assertThat(pharmacy.gln()).isEqualTo(gln(4));
    assertThat(pharmacy.name()).isEqualTo("Apoteket Ekorren");
    assertThat(pharmacy.postalAddress()).isNull();
    assertThat(pharmacy.countyCode()).isEqualTo("01");
    assertThat(pharmacy.vetEPrescription()).isNull();
  }

  @Test
  @DisplayName("FORMAT §5 field 13: E is J → true, N → false, blank → null (unknown)")
  void vetFlagIsJaNejOrUnknown() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .fields(row(gln(5), "A", "Umeå", "24", "80", "J"))
        .fields(row(gln(6), "B", "Umeå", "24", "80", "n"))
        .fields(row(gln(7), "C", "Umeå", "24", "80", ""))
        .writeTo(dir);

    assertThat(reader.read(file).list().pharmacies())
        .extracting(Pharmacy::vetEPrescription)
        .containsExactly(true, false, null);
  }

  // ---- delimiter and encoding ----

  @ParameterizedTest
  @ValueSource(strings = {"\t", ";", "|"})
  @DisplayName("issue: the delimiter is detected among tab, semicolon and pipe from the header")
  void delimiterIsDetectedFromTheHeader(String delimiter) throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .row(gln(8), "Apoteket Lejonet")
        .row(gln(9), "Lloyds Apotek Visby")
        .delimiter(delimiter)
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.delimiter()).isEqualTo(delimiter.charAt(0));
    assertThat(result.problems()).isEmpty();
    assertThat(result.list().pharmacies()).extracting(Pharmacy::name)
        .containsExactly("Apoteket Lejonet", "Lloyds Apotek Visby");
  }

  @Test
  @DisplayName("issue: a header containing the other delimiters inside names still picks the splitting one")
  void delimiterWithMostKnownColumnsWins() throws Exception {
    Path file = PharmacyListFiles.withHeader(List.of("GLN", "BENÄMNING LÅNG", "ORT;LÄN|X"))
        .fields(List.of(gln(10), "Apoteket Svanen", "Malmö"))
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.delimiter()).isEqualTo('\t');
    assertThat(result.list().pharmacies()).hasSize(1);
  }

  @Test
  @DisplayName("issue: UTF-8 without BOM is detected and ÅÄÖ come out right")
  void utf8WithoutBomIsDetected() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .fields(row(gln(11), "Apoteket Hjärtat Örebro Väster", "Örebro", "18", "80", "J"))
        .fields(row(gln(12), "Kronans Apotek Åmål", "Åmål", "14", "92", "N"))
        .charset(StandardCharsets.UTF_8)
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(result.list().pharmacies()).extracting(Pharmacy::name)
        .containsExactly("Apoteket Hjärtat Örebro Väster", "Kronans Apotek Åmål");
    assertThat(result.list().pharmacies()).extracting(Pharmacy::city).containsExactly("Örebro", "Åmål");
  }

  @Test
  @DisplayName("issue: UTF-8 with BOM is detected, the BOM does not spoil the GLN column name")
  void utf8WithBomIsDetectedAndTheBomStripped() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .fields(row(gln(13), "Apoteket Ängeln Växjö", "Växjö", "07", "80", "J"))
        .charset(StandardCharsets.UTF_8)
        .bom()
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(result.problems()).isEmpty();
    assertThat(result.list().pharmacies().get(0).gln()).isEqualTo(gln(13));
    assertThat(result.list().pharmacies().get(0).name()).isEqualTo("Apoteket Ängeln Växjö");
  }

  @Test
  @DisplayName("issue: ISO-8859-1 is detected and ÅÄÖ come out right")
  void latin1IsDetected() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .fields(row(gln(14), "Apoteket Hjärtat Örebro Väster", "Örebro", "18", "80", "J"))
        .fields(row(gln(15), "Djurapoteket Skövde", "Skövde", "14", "96", "J"))
        .charset(StandardCharsets.ISO_8859_1)
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(result.problems()).isEmpty();
    assertThat(result.list().pharmacies()).extracting(Pharmacy::name)
        .containsExactly("Apoteket Hjärtat Örebro Väster", "Djurapoteket Skövde");
  }

  @Test
  void windowsLineEndingsAndBlankLinesAreTolerated() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .raw("")
        .row(gln(16), "Apoteket Fenix")
        .raw("   ")
        .row(gln(17), "Apoteket Kronan")
        .crlf()
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.list().pharmacies()).extracting(Pharmacy::name).containsExactly("Apoteket Fenix", "Apoteket Kronan");
  }

  // ---- bad lines ----

  @Test
  @DisplayName("issue: a line with a bad GLN is reported with its line number and skipped; the rest load")
  void badGlnLineIsReportedAndSkipped() throws Exception {
    String wrongCheckDigit = gln(19).substring(0, 12) + ((gln(19).charAt(12) - '0' + 1) % 10);
    Path file = PharmacyListFiles.withHeader()
        .row(gln(18), "Apoteket Ett")
        .row(wrongCheckDigit, "Apoteket Två")
        .row("73500", "Apoteket Tre")
        .row(gln(20), "Apoteket Fyra")
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.list().pharmacies()).extracting(Pharmacy::gln).containsExactly(gln(18), gln(20));
    assertThat(result.problems()).extracting(LineProblem::lineNumber).containsExactly(3, 4);
    assertThat(result.problems()).allMatch(LineProblem::lineSkipped);
    assertThat(result.problems().get(0).reason()).startsWith("GLN '" + wrongCheckDigit + "' has check digit");
    assertThat(result.problems().get(1).reason()).isEqualTo("GLN '73500' is not 13 digits");
  }

  @Test
  @DisplayName("issue: a line with the wrong field count is reported and skipped")
  void wrongFieldCountIsReportedAndSkipped() throws Exception {
    List<String> tooShort = row(gln(22), "Apoteket Kort", "Lund", "12", "81", "J").subList(0, 20);
    Path file = PharmacyListFiles.withHeader()
        .row(gln(21), "Apoteket Hel")
        .fields(tooShort)
        .raw(String.join("\t", row(gln(23), "Apoteket Lång", "Lund", "12", "81", "J")) + "\textra")
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.list().pharmacies()).extracting(Pharmacy::gln).containsExactly(gln(21));
    assertThat(result.problems()).containsExactly(
        new LineProblem(3, "has 20 fields, the header has 23 (delimiter tab)", true),
        new LineProblem(4, "has 24 fields, the header has 23 (delimiter tab)", true));
  }

  @Test
  @DisplayName("issue: a duplicate GLN keeps the first line and reports the others")
  void duplicateGlnKeepsTheFirst() throws Exception {
    Path file = PharmacyListFiles.withHeader()
        .row(gln(24), "Apoteket Först")
        .row(gln(25), "Apoteket Annan")
        .row(gln(24), "Apoteket Sedan")
        .writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.list().pharmacies()).extracting(Pharmacy::name).containsExactly("Apoteket Först", "Apoteket Annan");
    assertThat(result.problems()).containsExactly(
        new LineProblem(4, "duplicate GLN " + gln(24) + ", first on line 2 which is kept", true));
  }

  @Test
  void lineWithoutNameIsSkipped() throws Exception {
    Path file = PharmacyListFiles.withHeader().row(gln(26), "Apoteket Namn").row(gln(27), " ").writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    assertThat(result.list().pharmacies()).hasSize(1);
    assertThat(result.problems()).containsExactly(
        new LineProblem(3, "name (BENÄMNING LÅNG) is empty for GLN " + gln(27), true));
  }

  @Test
  @DisplayName("a malformed optional field is reported and emptied, and the pharmacy is kept")
  void malformedOptionalFieldIsIgnoredAndThePharmacyKept() throws Exception {
    List<String> fields = row(gln(28), "Apoteket Trasig", "Kiruna", "25", "84", "X");
    fields.set(13, "9:5");
    fields.set(16, "19.30");
    Path file = PharmacyListFiles.withHeader().fields(fields).writeTo(dir);

    PharmacyListReadResult result = reader.read(file);

    Pharmacy pharmacy = result.list().pharmacies().get(0);
    assertThat(pharmacy.vetEPrescription()).isNull();
    assertThat(pharmacy.openingHours().weekdayOpens()).isNull();
    assertThat(pharmacy.openingHours().weekdayCloses()).isEqualTo("1930");
    assertThat(result.problems()).containsExactly(
        new LineProblem(2, "VARF (field 14) is '9:5', expected a time TTMM; field ignored", false),
        new LineProblem(2, "E (field 13) is 'X', expected J, N or empty; field ignored", false));
  }

  @Test
  void overlongLineIsSkipped() throws Exception {
    List<String> fields = row(gln(30), "Apoteket Lång", "Lund", "12", "81", "J");
    fields.set(22, "x".repeat(300));
    Path file = PharmacyListFiles.withHeader().row(gln(29), "Apoteket Kort").fields(fields).writeTo(dir);

    PharmacyListReadResult result = new PharmacyListReader(1_000_000, 250).read(file);

    assertThat(result.list().pharmacies()).extracting(Pharmacy::gln).containsExactly(gln(29));
    assertThat(result.problems()).singleElement()
        .satisfies(p -> assertThat(p.lineNumber()).isEqualTo(3))
        .satisfies(p -> assertThat(p.reason()).endsWith("characters long, more than the limit of 250"));
  }

  // ---- whole-file refusals ----

  @Test
  @DisplayName("issue: a header line is required")
  void fileWithoutHeaderIsRefused() throws Exception {
    Path file = PharmacyListFiles.withoutHeader().row(gln(31), "Apoteket Utan").writeTo(dir);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessageStartingWith("no header line: line 1 starts with a GLN ('" + gln(31));
  }

  @Test
  void headerWithoutNameColumnIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader(List.of("GLN", "ORT")).fields(List.of(gln(32), "Lund")).writeTo(dir);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessage("header line 1 has no BENÄMNING LÅNG column; found [GLN, ORT]");
  }

  @Test
  void headerRepeatingAColumnIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader(List.of("GLN", "BENÄMNING LÅNG", "GLN"))
        .fields(List.of(gln(33), "A", gln(33))).writeTo(dir);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessage("header line 1: column 'GLN' (field 3) appears more often than the format allows");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n  \n", "\uFEFF"})
  @DisplayName("issue: an empty file is refused")
  void emptyFileIsRefused(String content) throws Exception {
    Path file = Files.writeString(dir.resolve(PharmacyListFiles.NAME), content, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessage("pharmacy list " + PharmacyListFiles.NAME + " is empty");
  }

  @Test
  @DisplayName("issue: a file with only a header has no valid line and is refused")
  void headerOnlyIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader().writeTo(dir);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessage("no valid pharmacy line in " + PharmacyListFiles.NAME
            + ": it has a header line but no pharmacy lines");
  }

  @Test
  @DisplayName("issue: a file whose every line is bad is refused, naming the first problem")
  void fileWithNoValidLineIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader().row("1234567890123", "A").row("x", "B").writeTo(dir);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessageStartingWith("no valid pharmacy line in " + PharmacyListFiles.NAME
            + ": all 2 pharmacy lines were rejected; first: line 2 skipped: GLN '1234567890123' has check digit");
  }

  @Test
  @DisplayName("issue: a file larger than the limit is refused before parsing")
  void fileOverTheSizeLimitIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader().row(gln(34), "Apoteket Stor").writeTo(dir);

    assertThatThrownBy(() -> new PharmacyListReader(100, 4096).read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessageEndingWith("bytes, more than the limit of 100 bytes");
  }

  @Test
  @DisplayName("issue: a file whose name matches neither export pattern is refused")
  void fileWithAnotherNameIsRefused() throws Exception {
    Path file = PharmacyListFiles.withHeader().row(gln(35), "Apoteket X").writeTo(dir, "apotek.txt");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidPharmacyListException.class)
        .hasMessageContaining("got 'apotek.txt'");
  }

  @Test
  @DisplayName("seed 001 §9.1: the underscore spelling is read, and an upload may carry its name separately")
  void exportTimeComesFromTheGivenName() throws Exception {
    Path upload = PharmacyListFiles.withHeader().row(gln(36), "Apoteket Y").writeTo(dir, "upload-1234.tmp");

    PharmacyListReadResult result = reader.read(upload, "apotekslista_js_djur_2026_11_21_05_30_00.txt");

    assertThat(result.list().exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 5, 30));
    assertThat(result.list().sourceFileName()).isEqualTo("apotekslista_js_djur_2026_11_21_05_30_00.txt");
  }
}
