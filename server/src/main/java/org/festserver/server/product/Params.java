package org.festserver.server.product;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.festserver.model.entry.ExtractTime;
import org.festserver.server.problem.ApiException;

/** Parsing of the request parameters the catalog endpoints share; every failure names the parameter (400). */
public final class Params {
  /** Longest id accepted in a path ({@code ID_} + GUID is 39 characters). */
  public static final int MAX_ID_LENGTH = 100;

  private Params() {}

  /**
   * The {@code date} query parameter as an ISO date; today in Europe/Oslo when absent.
   *
   * @throws ApiException 400 naming {@code date} when it is not a date
   */
  public static LocalDate date(Context ctx, Clock clock) {
    String text = ctx.queryParam("date");
    if (text == null || text.isBlank()) {
      return LocalDate.now(clock.withZone(ExtractTime.NORWAY));
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.invalidParameter("date", "expected an ISO date YYYY-MM-DD, got '" + abbreviate(text) + "'");
    }
  }

  /**
   * A path id of a catalog entity.
   *
   * @throws ApiException 400 when it is blank or longer than {@link #MAX_ID_LENGTH}
   */
  public static String id(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw ApiException.invalidParameter(name, "must be 1 to " + MAX_ID_LENGTH + " characters, got " + id.length());
    }
    return id;
  }

  /**
   * A varenummer: 1 to 10 digits, kept as a string (leading zeros matter).
   *
   * @throws ApiException 400 naming the parameter otherwise
   */
  public static String itemNumber(String value, String name) {
    if (value == null || !value.matches("[0-9]{1,10}")) {
      throw ApiException.invalidParameter(name, "expected a varenummer of 1 to 10 digits, got '" + abbreviate(value) + "'");
    }
    return value;
  }

  /** A boolean query parameter: absent = {@code fallback}; only {@code true} or {@code false}. */
  public static boolean bool(Context ctx, String name, boolean fallback) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    switch (text.strip()) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw ApiException.invalidParameter(name, "expected true or false, got '" + abbreviate(text) + "'");
    }
  }

  /** A value cut to 40 characters for error messages. */
  public static String abbreviate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
