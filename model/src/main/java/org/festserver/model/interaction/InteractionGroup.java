package org.festserver.model.interaction;

import java.util.List;
import org.festserver.model.common.Lists;

/** One side of an interaction ({@code Substansgruppe}): an optional group name and its substances. */
public record InteractionGroup(String name, List<InteractionSubstance> substances) {

  public InteractionGroup {
    substances = Lists.copy(substances);
  }
}
