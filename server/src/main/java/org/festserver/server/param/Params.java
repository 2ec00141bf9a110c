package org.festserver.server.param;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.Role;
import org.festserver.model.condition.Sex;
import org.festserver.model.entry.ExtractTime;
import org.festserver.server.problem.ApiException;

/**
 * Reads and checks the query parameters shared by several endpoints; every bad value is a 400 problem naming the
 * parameter. A parameter given empty counts as absent; one given twice is an error.
 */
public final class Params {
  private Params() {}

  /**
   * The value of a parameter, or null when absent or empty.
   *
   * @throws ApiException 400 when the parameter is given more than once
   */
  public static String optional(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiException.invalidParameter(name, "must be given once, got " + values.size() + " values");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /**
   * The {@code date} parameter (ISO YYYY-MM-DD), by default today in Europe/Oslo by the clock.
   *
   * @throws ApiException 400 when it is not a date
   */
  public static LocalDate date(Context ctx, Clock clock) {
    String value = optional(ctx, "date");
    if (value == null) {
      return LocalDate.now(clock.withZone(ExtractTime.NORWAY));
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.invalidParameter("date", "expected a date as YYYY-MM-DD, got '" + value + "'");
    }
  }

  /**
   * The {@code role} parameter: {@code prescriber} (default) or {@code dispenser}.
   *
   * @throws ApiException 400 for another value
   */
  public static Role role(Context ctx) {
    String value = optional(ctx, "role");
    if (value == null) {
      return Role.PRESCRIBER;
    }
    return Role.fromParameter(value).orElseThrow(
        () -> ApiException.invalidParameter("role", "expected prescriber or dispenser, got '" + value + "'"));
  }

  /**
   * The patient facts from {@code age} (whole years, 0–150) and {@code sex} (code system 8459 as accepted here: 1
   * male, 2 female); each may be absent.
   *
   * @throws ApiException 400 for an age that is not a whole number in range or an unknown sex code
   */
  public static PatientFacts patient(Context ctx) {
    String age = optional(ctx, "age");
    String sex = optional(ctx, "sex");
    Integer years = null;
    if (age != null) {
      try {
        years = Integer.valueOf(age);
      } catch (NumberFormatException e) {
        throw ApiException.invalidParameter("age", "expected whole years between 0 and 150, got '" + age + "'");
      }
      if (years < PatientFacts.MIN_AGE || years > PatientFacts.MAX_AGE) {
        throw ApiException.invalidParameter("age", "must be between 0 and 150, got " + years);
      }
    }
    Sex parsed = sex == null ? null : Sex.fromCode(sex).orElseThrow(
        () -> ApiException.invalidParameter("sex", "expected 1 (male) or 2 (female) from code system 8459, got '" + sex + "'"));
    return new PatientFacts(years, parsed);
  }

  /** The comma-separated values of a parameter, stripped, without empties or repeats; empty when absent. */
  public static Set<String> list(Context ctx, String name) {
    String value = optional(ctx, name);
    Set<String> values = new LinkedHashSet<>();
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }
}
