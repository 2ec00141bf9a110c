package org.festserver.server.interaction;

import java.util.Set;

/**
 * What one input stands for when matching interactions: its ATC codes and its substance ids, the latter already
 * expanded to complete substances and therapeutic parts ({@link org.festserver.model.interaction.SubstanceEquivalence}).
 */
record ProductContents(Set<String> atcCodes, Set<String> substanceIds) {

  ProductContents {
    atcCodes = Set.copyOf(atcCodes);
    substanceIds = Set.copyOf(substanceIds);
  }
}
