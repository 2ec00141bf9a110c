package org.festserver.tools.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Dates relative to the file's HentetDato; formats without time zone (FORMAT.md §0.9). */
final class Dates {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  /** Start of e-resept reimbursement data; a very common GyldigFraDato in real files. */
  static final LocalDate EPOCH = LocalDate.of(2008, 1, 17);

  final LocalDateTime hentet;
  final LocalDate today;

  Dates(LocalDateTime hentet) {
    this.hentet = hentet;
    this.today = hentet.toLocalDate();
  }

  LocalDate days(int offset) {
    return today.plusDays(offset);
  }

  LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    if (span <= 0) {
      return from;
    }
    return LocalDate.ofEpochDay(from.toEpochDay() + r.nextLong(span + 1));
  }

  /** A past date in the given year range (clamped to yesterday). */
  LocalDate pastYears(SplittableRandom r, int fromYear, int toYear) {
    LocalDate to = LocalDate.of(toYear, 12, 31);
    if (!to.isBefore(today)) {
      to = today.minusDays(1);
    }
    return between(r, LocalDate.of(fromYear, 1, 1), to);
  }

  /** First day of a month in the past (prices change on the 1st or 15th). */
  LocalDate priceDate(SplittableRandom r, int maxYearsBack) {
    LocalDate d = between(r, today.minusYears(maxYearsBack), today.minusDays(3));
    return d.withDayOfMonth(r.nextBoolean() ? 1 : 15);
  }

  /** Registration time of an entry: nightly batch between 00:45 and 01:15, or office hours. */
  String timestamp(SplittableRandom r, LocalDate notBefore) {
    LocalDate from = notBefore.isAfter(today.minusDays(2)) ? today.minusDays(30) : notBefore;
    LocalDate d = between(r, from, today.minusDays(1));
    LocalDateTime t = r.nextInt(10) < 8
        ? d.atTime(0, 45).plusSeconds(r.nextInt(1800))
        : d.atTime(8, 0).plusSeconds(r.nextInt(9 * 3600));
    return t.format(DATE_TIME);
  }

  String hentetDato() {
    return hentet.format(DATE_TIME);
  }
}
