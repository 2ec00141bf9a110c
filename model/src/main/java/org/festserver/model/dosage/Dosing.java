package org.festserver.model.dosage;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * A dosing ({@code Dosering}): start and end times as in the file, the dosing rule, and either doses at fixed times
 * or doses as needed.
 */
public record Dosing(
    String start,
    String end,
    Coded ruleDosedBy,
    String ruleNote,
    List<Dose> fixedTimeDoses,
    List<Dose> asNeededDoses) {

  public Dosing {
    fixedTimeDoses = Lists.copy(fixedTimeDoses);
    asNeededDoses = Lists.copy(asNeededDoses);
  }
}
