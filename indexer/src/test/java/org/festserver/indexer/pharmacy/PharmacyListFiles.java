package org.festserver.indexer.pharmacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.festserver.model.pharmacy.Gln;

/** Writes small pharmacy-list files for tests: a header, rows, raw lines, with any delimiter, charset and BOM. */
final class PharmacyListFiles {
  /** The 23 columns this project reads: 15 official, 8 assumed (docs/pharmacies.md). */
  static final List<String> HEADER = List.of("GLN", "BENÄMNING LÅNG", "BENÄMNING KORT", "POSTADRESS",
      "BESÖKSADRESS", "POSTNR", "ORT", "LT", "KO", "TFN ALLMÄNHET", "TFN RECEPTUR", "VKOD", "E", "VARF", "VART",
      "VARF", "VART", "LÖRF", "LÖRT", "SÖNF", "SÖNT", "TILLF STÄNGT", "ORSAK");

  /** A valid export name. */
  static final String NAME = "apotekslista_js_djur_2026-11-20_06_00_00.txt";

  /** Each line as a function of the delimiter. */
  private final List<UnaryOperator<String>> lines = new ArrayList<>();
  private String delimiter = "\t";
  private Charset charset = StandardCharsets.UTF_8;
  private boolean bom;
  private String newline = "\n";

  private PharmacyListFiles() {}

  /** A file that starts with the standard header. */
  static PharmacyListFiles withHeader() {
    return withHeader(HEADER);
  }

  /** A file that starts with this header. */
  static PharmacyListFiles withHeader(List<String> header) {
    return new PharmacyListFiles().fields(header);
  }

  /** A file without a header line. */
  static PharmacyListFiles withoutHeader() {
    return new PharmacyListFiles();
  }

  /** A valid GLN: 735, {@code n} as nine digits, check digit. */
  static String gln(int n) {
    String firstTwelve = String.format(Locale.ROOT, "735%09d", n);
    return firstTwelve + Gln.checkDigit(firstTwelve);
  }

  /** A full standard row with typical values; change fields with {@link List#set}. */
  static List<String> row(String gln, String name, String city, String county, String municipality, String vet) {
    return new ArrayList<>(Arrays.asList(gln, name, name.length() > 25 ? name.substring(0, 25) : name,
        "Box 1", "Storgatan 1", "111 22", city, county, municipality, "08-123 45 67", "08-123 45 68", "AP", vet,
        "0900", "1900", "", "", "1000", "1500", "", "", "N", ""));
  }

  /** A standard row in Stockholm that handles veterinary e-prescriptions. */
  PharmacyListFiles row(String gln, String name) {
    return fields(row(gln, name, "Stockholm", "01", "80", "J"));
  }

  /** A line of these fields, joined with the delimiter. */
  PharmacyListFiles fields(List<String> fields) {
    List<String> copy = List.copyOf(fields);
    lines.add(d -> String.join(d, copy));
    return this;
  }

  /** A line written exactly as given. */
  PharmacyListFiles raw(String line) {
    lines.add(d -> line);
    return this;
  }

  PharmacyListFiles delimiter(String newDelimiter) {
    this.delimiter = newDelimiter;
    return this;
  }

  PharmacyListFiles charset(Charset newCharset) {
    this.charset = newCharset;
    return this;
  }

  PharmacyListFiles bom() {
    this.bom = true;
    return this;
  }

  PharmacyListFiles crlf() {
    this.newline = "\r\n";
    return this;
  }

  byte[] bytes() {
    StringBuilder text = new StringBuilder();
    for (UnaryOperator<String> line : lines) {
      text.append(line.apply(delimiter)).append(newline);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
    }
    out.writeBytes(text.toString().getBytes(charset));
    return out.toByteArray();
  }

  Path writeTo(Path directory) throws IOException {
    return writeTo(directory, NAME);
  }

  Path writeTo(Path directory, String fileName) throws IOException {
    return Files.write(directory.resolve(fileName), bytes());
  }
}
