package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * How a medicine is given ({@code AdministreringLegemiddel}): routes, whether it can be crushed, opened or split,
 * dosing units, short doses (kortdose), intake precautions and usage labels. Filled on brands and substance groups.
 */
public record Administration(
    Boolean mixingLiquid,
    List<String> mixingLiquidRefs,
    List<Coded> routes,
    Coded canBeCrushed,
    Coded canBeOpened,
    Coded bolus,
    Coded bolusInjectionRate,
    Coded splitting,
    List<Coded> dosingUnits,
    List<Coded> shortDoses,
    List<Coded> intakePrecautions,
    List<Coded> usageLabels) {

  public Administration {
    mixingLiquidRefs = Lists.copy(mixingLiquidRefs);
    routes = Lists.copy(routes);
    dosingUnits = Lists.copy(dosingUnits);
    shortDoses = Lists.copy(shortDoses);
    intakePrecautions = Lists.copy(intakePrecautions);
    usageLabels = Lists.copy(usageLabels);
  }
}
