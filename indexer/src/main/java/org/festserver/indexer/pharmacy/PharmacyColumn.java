package org.festserver.indexer.pharmacy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns we understand, with the header names accepted for each. Header names are compared after
 * {@link HeaderNames#normalize}: case, accents, surrounding quotes and separators ({@code _ - .} and runs of spaces) do not
 * matter, and a UTF-8 name that was decoded as ISO-8859-1 ({@code BENÃ„MNING}) is repaired first.
 *
 * <p>{@code VARF} and {@code VART} occur twice in the file; the first occurrence of a name maps to the first constant
 * that carries it, the second to the next one. Fields 1–15 are official (FORMAT.md §5); the constants marked
 * <em>assumed</em> are this project's guess for the part of the record description that could not be read.
 */
enum PharmacyColumn {
  GLN("GLN", "GLN KOD", "GLNKOD"),
  NAME("BENÄMNING LÅNG", "NAMN"),
  SHORT_NAME("BENÄMNING KORT", "KORTNAMN"),
  POSTAL_ADDRESS("POSTADRESS"),
  VISITING_ADDRESS("BESÖKSADRESS"),
  POSTAL_CODE("POSTNR", "POSTNUMMER"),
  CITY("ORT", "POSTORT"),
  COUNTY("LT", "LÄNSKOD", "LÄN"),
  MUNICIPALITY("KO", "KOMMUNKOD", "KOMMUN"),
  PUBLIC_PHONE("TFN ALLMÄNHET", "TELEFON ALLMÄNHET"),
  PRESCRIPTION_PHONE("TFN RECEPTUR", "TELEFON RECEPTUR"),
  ACTIVITY_TYPE("VKOD"),
  VET_E_PRESCRIPTION("E", "E RECEPT DJUR"),
  WEEKDAY_OPENS("VARF"),
  WEEKDAY_LUNCH_OR_CLOSES("VART"),
  /** Assumed: the second {@code VARF}. */
  WEEKDAY_REOPENS("VARF"),
  /** Assumed: the second {@code VART}. */
  WEEKDAY_CLOSES("VART"),
  /** Assumed. */
  SATURDAY_OPENS("LÖRF"),
  /** Assumed. */
  SATURDAY_CLOSES("LÖRT"),
  /** Assumed. */
  SUNDAY_OPENS("SÖNF"),
  /** Assumed. */
  SUNDAY_CLOSES("SÖNT"),
  /** Assumed. */
  TEMPORARILY_CLOSED("TILLF STÄNGT", "TILLFÄLLIGT STÄNGT", "STÄNGT"),
  /** Assumed. */
  CLOSURE_REASON("ORSAK", "STÄNGT ORSAK", "ORSAK STÄNGT");

  private final String headerName;
  private final List<String> acceptedNames;

  PharmacyColumn(String headerName, String... aliases) {
    this.headerName = headerName;
    this.acceptedNames =
        Stream.concat(Stream.of(headerName), Stream.of(aliases)).map(HeaderNames::normalize).toList();
  }

  /** The name this project writes in a header, as in the record description. */
  String headerName() {
    return headerName;
  }

  boolean accepts(String normalizedName) {
    return acceptedNames.contains(normalizedName);
  }
}
