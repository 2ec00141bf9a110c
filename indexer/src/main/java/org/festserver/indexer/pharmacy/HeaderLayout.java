package org.festserver.indexer.pharmacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the header line tells us: the delimiter, the number of fields every line must have, and the position of each
 * known column. Unknown columns are kept in {@link #unknownColumns()} and ignored.
 */
final class HeaderLayout {
  /** Candidate delimiters in order of preference when two split the header equally well. */
  static final char[] DELIMITERS = {'\t', ';', '|'};

  private final char delimiter;
  private final int fieldCount;
  private final Map<PharmacyColumn, Integer> positions;
  private final List<String> unknownColumns;

  private HeaderLayout(char delimiter, int fieldCount, Map<PharmacyColumn, Integer> positions,
      List<String> unknownColumns) {
    this.delimiter = delimiter;
    this.fieldCount = fieldCount;
    this.positions = positions;
    this.unknownColumns = unknownColumns;
  }

  /**
   * Reads a header line: tries each delimiter and keeps the one under which most fields name a known column.
   *
   * @throws InvalidPharmacyListException when the line names no known column (no header), repeats a column, or lacks
   *     {@code GLN} or {@code BENÄMNING LÅNG}
   */
  static HeaderLayout parse(String line, int lineNumber) throws InvalidPharmacyListException {
    char best = 0;
    int bestRecognised = 0;
    for (char candidate : DELIMITERS) {
      int recognised = 0;
      for (String name : split(line, candidate)) {
        String normalized = HeaderNames.normalize(name);
        for (PharmacyColumn column : PharmacyColumn.values()) {
          if (column.accepts(normalized)) {
            recognised++;
            break;
          }
        }
      }
      if (recognised > bestRecognised) {
        best = candidate;
        bestRecognised = recognised;
      }
    }
    if (bestRecognised == 0) {
      throw new InvalidPharmacyListException(noHeaderMessage(line, lineNumber));
    }
    String[] names = split(line, best);
    Map<PharmacyColumn, Integer> positions = new EnumMap<>(PharmacyColumn.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String normalized = HeaderNames.normalize(names[i]);
      PharmacyColumn match = null;
      boolean known = false;
      for (PharmacyColumn column : PharmacyColumn.values()) {
        if (column.accepts(normalized)) {
          known = true;
          if (!positions.containsKey(column)) {
            match = column;
            break;
          }
        }
      }
      if (match != null) {
        positions.put(match, i);
      } else if (known) {
        throw new InvalidPharmacyListException("header line " + lineNumber + ": column '" + names[i].strip()
            + "' (field " + (i + 1) + ") appears more often than the format allows");
      } else {
        unknown.add(names[i].strip());
      }
    }
    for (PharmacyColumn required : List.of(PharmacyColumn.GLN, PharmacyColumn.NAME)) {
      if (!positions.containsKey(required)) {
        throw new InvalidPharmacyListException("header line " + lineNumber + " has no " + required.headerName()
            + " column; found " + Arrays.stream(names).map(String::strip).toList());
      }
    }
    return new HeaderLayout(best, names.length, Collections.unmodifiableMap(positions), List.copyOf(unknown));
  }

  private static String noHeaderMessage(String line, int lineNumber) {
    String first = line.strip();
    String start = first.length() > 40 ? first.substring(0, 40) + "…" : first;
    if (first.length() >= 13 && first.substring(0, 13).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "no header line: line " + lineNumber + " starts with a GLN ('" + start
          + "'), but the first line must name the columns (GLN, BENÄMNING LÅNG, …)";
    }
    return "no header line: line " + lineNumber + " ('" + start + "') names none of the known columns "
        + "(GLN, BENÄMNING LÅNG, …) when split by tab, ';' or '|'";
  }

  /** Splits on one delimiter, keeping empty fields (also trailing ones); fields are not trimmed. */
  static String[] split(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == delimiter) {
        fields.add(line.substring(start, i));
        start = i + 1;
      }
    }
    fields.add(line.substring(start));
    return fields.toArray(String[]::new);
  }

  char delimiter() {
    return delimiter;
  }

  int fieldCount() {
    return fieldCount;
  }

  boolean has(PharmacyColumn column) {
    return positions.containsKey(column);
  }

  /** The 0-based field position of {@code column}, or -1 when the header lacks it. */
  int positionOf(PharmacyColumn column) {
    Integer position = positions.get(column);
    return position == null ? -1 : position;
  }

  List<String> unknownColumns() {
    return unknownColumns;
  }

  /** The trimmed value of {@code column} on a line split by this layout, or null when absent or empty. */
  String value(String[] fields, PharmacyColumn column) {
    Integer position = positions.get(column);
    if (position == null) {
      return null;
    }
    String value = fields[position].strip();
    return value.isEmpty() ? null : value;
  }
}
