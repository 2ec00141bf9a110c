package org.festserver.indexer.ingest.xml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.festserver.indexer.ingest.InvalidValueException;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Money;
import org.festserver.model.common.Quantity;

/** Parses the XML schema's simple types from the strings JAXB hands over, naming the element on failure. */
final class Values {
  private Values() {}

  static String text(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** xs:date, tolerating a time-zone suffix ({@code 2017-01-01Z}, {@code 2017-01-01+01:00}). */
  static LocalDate date(String element, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    String day = text.length() > 10 ? text.substring(0, 10) : text;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(element, text, "expected a date YYYY-MM-DD");
    }
  }

  /** xs:boolean: true, false, 1 or 0; null when absent. */
  static Boolean bool(String element, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    switch (text) {
      case "true":
      case "1":
        return Boolean.TRUE;
      case "false":
      case "0":
        return Boolean.FALSE;
      default:
        throw new InvalidValueException(element, text, "expected true or false");
    }
  }

  static boolean flag(String element, String value) {
    return Boolean.TRUE.equals(bool(element, value));
  }

  static BigDecimal decimal(String element, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(element, text, "expected a decimal number with '.'");
    }
  }

  static Integer integer(String element, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(element, text, "expected a whole number");
    }
  }

  static Double real(String element, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(element, text, "expected a number");
    }
  }

  static Coded coded(CvXml cv) {
    if (cv == null) {
      return null;
    }
    return new Coded(text(cv.v), text(cv.s), text(cv.dn), text(cv.ot));
  }

  static List<Coded> coded(List<CvXml> values) {
    return map(values, Values::coded);
  }

  static Quantity quantity(String element, CvXml pq) {
    if (pq == null) {
      return null;
    }
    return new Quantity(decimal(element, pq.v), text(pq.u));
  }

  static Money money(String element, CvXml mo) {
    if (mo == null) {
      return null;
    }
    return new Money(decimal(element, mo.v), text(mo.u));
  }

  static List<String> texts(List<String> values) {
    return map(values, Values::text);
  }

  /** Maps a list, dropping nulls; a null list gives an empty list. */
  static <X, T> List<T> map(List<X> values, Function<X, T> mapper) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> result = new ArrayList<>(values.size());
    for (X value : values) {
      T mapped = value == null ? null : mapper.apply(value);
      if (mapped != null) {
        result.add(mapped);
      }
    }
    return result;
  }
}
