package org.festserver.indexer.pharmacy;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.festserver.model.pharmacy.Gln;
import org.festserver.model.pharmacy.OpeningHours;
import org.festserver.model.pharmacy.Pharmacy;

/**
 * Turns the fields of one data line into a {@link Pharmacy}. A line is rejected when its GLN or name is unusable; a
 * malformed optional field (flag, code, time) is reported, set to empty, and the pharmacy is kept, so that one typo in
 * an opening time does not hide a pharmacy from prescribers.
 */
final class PharmacyLineMapper {
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-4])[:.]?([0-5]\\d)");
  private static final Pattern CODE = Pattern.compile("\\d{1,2}");

  private final HeaderLayout layout;

  PharmacyLineMapper(HeaderLayout layout) {
    this.layout = layout;
  }

  /**
   * The pharmacy on this line, or null when the line is rejected; every problem found goes to {@code problems}.
   * The caller has already checked the field count.
   */
  Pharmacy map(int lineNumber, String[] fields, Consumer<LineProblem> problems) {
    String gln = layout.value(fields, PharmacyColumn.GLN);
    String glnProblem = Gln.problem(gln);
    if (glnProblem != null) {
      problems.accept(new LineProblem(lineNumber, glnProblem, true));
      return null;
    }
    String name = layout.value(fields, PharmacyColumn.NAME);
    if (name == null) {
      problems.accept(new LineProblem(lineNumber, "name (BENÄMNING LÅNG) is empty for GLN " + gln, true));
      return null;
    }
    FieldReader field = new FieldReader(lineNumber, fields, problems);
    OpeningHours hours = new OpeningHours(
        field.time(PharmacyColumn.WEEKDAY_OPENS),
        field.time(PharmacyColumn.WEEKDAY_LUNCH_OR_CLOSES),
        field.time(PharmacyColumn.WEEKDAY_REOPENS),
        field.time(PharmacyColumn.WEEKDAY_CLOSES),
        field.time(PharmacyColumn.SATURDAY_OPENS),
        field.time(PharmacyColumn.SATURDAY_CLOSES),
        field.time(PharmacyColumn.SUNDAY_OPENS),
        field.time(PharmacyColumn.SUNDAY_CLOSES));
    return new Pharmacy(
        gln,
        name,
        field.text(PharmacyColumn.SHORT_NAME),
        field.text(PharmacyColumn.POSTAL_ADDRESS),
        field.text(PharmacyColumn.VISITING_ADDRESS),
        field.text(PharmacyColumn.POSTAL_CODE),
        field.text(PharmacyColumn.CITY),
        field.code(PharmacyColumn.COUNTY),
        field.code(PharmacyColumn.MUNICIPALITY),
        field.text(PharmacyColumn.PUBLIC_PHONE),
        field.text(PharmacyColumn.PRESCRIPTION_PHONE),
        upper(field.text(PharmacyColumn.ACTIVITY_TYPE)),
        field.flag(PharmacyColumn.VET_E_PRESCRIPTION),
        hours,
        field.flag(PharmacyColumn.TEMPORARILY_CLOSED),
        field.text(PharmacyColumn.CLOSURE_REASON));
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** Reads optional fields of one line, reporting and dropping malformed values. */
  private final class FieldReader {
    private final int lineNumber;
    private final String[] fields;
    private final Consumer<LineProblem> problems;

    FieldReader(int lineNumber, String[] fields, Consumer<LineProblem> problems) {
      this.lineNumber = lineNumber;
      this.fields = fields;
      this.problems = problems;
    }

    String text(PharmacyColumn column) {
      return layout.value(fields, column);
    }

    /** J → true, N → false (any case), empty → null. */
    Boolean flag(PharmacyColumn column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      switch (value.toUpperCase(Locale.ROOT)) {
        case "J":
          return Boolean.TRUE;
        case "N":
          return Boolean.FALSE;
        default:
          return ignored(column, value, "J, N or empty");
      }
    }

    /** A one- or two-digit code, returned with two digits ({@code 1} → {@code 01}). */
    String code(PharmacyColumn column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      if (!CODE.matcher(value).matches()) {
        return ignored(column, value, "a code of 1–2 digits");
      }
      return value.length() == 1 ? "0" + value : value;
    }

    /** TTMM; {@code 9:30}, {@code 09:30}, {@code 09.30} and {@code 930} are accepted and written as {@code 0930}. */
    String time(PharmacyColumn column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      Matcher m = TIME.matcher(value);
      if (!m.matches() || (m.group(1).equals("24") && !m.group(2).equals("00"))) {
        return ignored(column, value, "a time TTMM");
      }
      String hours = m.group(1).length() == 1 ? "0" + m.group(1) : m.group(1);
      return hours + m.group(2);
    }

    private <T> T ignored(PharmacyColumn column, String value, String expected) {
      problems.accept(new LineProblem(lineNumber, column.headerName() + " (field " + position(column) + ") is '"
          + value + "', expected " + expected + "; field ignored", false));
      return null;
    }

    private int position(PharmacyColumn column) {
      return layout.positionOf(column) + 1;
    }
  }
}
