package org.festserver.model.pharmacy;

/**
 * Normal opening hours of a pharmacy as exported, each time a four-digit {@code TTMM} string (e.g. {@code 0930}) or
 * null when the field is empty. The list only fills the weekday fields when every weekday has the same hours.
 *
 * <p>Fields 14–15 of the record description are the first {@code VARF}/{@code VART} pair: opens, and "lunch from or
 * closes". The second pair (after lunch) and the Saturday/Sunday fields follow in the file; the official description
 * of them was cut off, so their layout is this project's assumption, documented in {@code docs/pharmacies.md}.
 *
 * @param weekdayOpens first {@code VARF}: opens on weekdays
 * @param weekdayLunchOrCloses first {@code VART}: lunch starts, or closes when there is no lunch break
 * @param weekdayReopens second {@code VARF}: opens again after lunch
 * @param weekdayCloses second {@code VART}: closes after lunch
 * @param saturdayOpens {@code LÖRF} (assumed)
 * @param saturdayCloses {@code LÖRT} (assumed)
 * @param sundayOpens {@code SÖNF} (assumed)
 * @param sundayCloses {@code SÖNT} (assumed)
 */
public record OpeningHours(
    String weekdayOpens,
    String weekdayLunchOrCloses,
    String weekdayReopens,
    String weekdayCloses,
    String saturdayOpens,
    String saturdayCloses,
    String sundayOpens,
    String sundayCloses) {

  /** No hours known. */
  public static final OpeningHours UNKNOWN = new OpeningHours(null, null, null, null, null, null, null, null);

  /** True when no field is filled. */
  public boolean isUnknown() {
    return equals(UNKNOWN);
  }
}
