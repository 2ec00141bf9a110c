package org.festserver.model.substance;

import org.festserver.model.common.Coded;
import org.festserver.model.common.Quantity;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * A substance in a strength ({@code VirkestoffMedStyrke}): value and unit, optional denominator, an alternative
 * strength for % strengths, the comparator (code system 7445) and, for combination products, their ATC.
 */
public record SubstanceStrength(
    String id,
    Quantity strength,
    Quantity strengthDenominator,
    String substanceRef,
    Quantity alternativeStrength,
    Quantity alternativeStrengthDenominator,
    Coded operator,
    Double upperValue,
    Coded atcCombination) implements FestEntity {

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SUBSTANCE_STRENGTH;
  }
}
