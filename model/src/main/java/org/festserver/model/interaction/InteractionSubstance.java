package org.festserver.model.interaction;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * A member of a substance group: its name and either an ATC code at any level, including fictitious codes such as
 * ZV80AA01, or, without ATC, references to substances ({@code RefVirkestoff}).
 */
public record InteractionSubstance(String name, Coded atc, List<String> substanceRefs) {

  public InteractionSubstance {
    substanceRefs = Lists.copy(substanceRefs);
  }
}
