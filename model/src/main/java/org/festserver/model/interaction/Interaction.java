package org.festserver.model.interaction;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * An interaction ({@code Interaksjon}) between the substance groups in {@code groups} (two in practice, R-8.1.1),
 * with relevance (7483), situation criterion, clinical consequence, mechanism, source basis (7485), handling text,
 * audience (7442 Visningsregel) and references.
 */
public record Interaction(
    String id,
    Coded relevance,
    String situationCriterion,
    String clinicalConsequence,
    String mechanism,
    Coded sourceBasis,
    String handling,
    List<Coded> audience,
    List<InteractionReference> references,
    List<InteractionGroup> groups) implements FestEntity {

  public Interaction {
    audience = Lists.copy(audience);
    references = Lists.copy(references);
    groups = Lists.copy(groups);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INTERACTION;
  }
}
