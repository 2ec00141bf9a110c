package org.festserver.model.dosage;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.common.Quantity;

/**
 * One dose ({@code DoseFastTidspunkt} or {@code DoseEtterBehov}): amount, interval, infusion rate, and the fields of
 * either a fixed-time dose (clock time, time range, exact, fixed weekdays and days on/off) or an as-needed dose
 * (maximum per day and per period, period, minimum interval).
 */
public record Dose(
    Quantity amount,
    Quantity interval,
    Quantity infusionVolume,
    Coded infusionTimeUnit,
    String clockTime,
    Coded timeRange,
    Boolean exact,
    List<Coded> fixedWeekdays,
    Integer daysOn,
    Integer daysOff,
    Quantity maxPerDay,
    Quantity maxPerPeriod,
    Quantity period,
    Quantity minInterval) {

  public Dose {
    fixedWeekdays = Lists.copy(fixedWeekdays);
  }
}
