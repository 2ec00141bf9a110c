package org.festserver.model.interaction;

import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * An ATC code whose interactions are not yet assessed ({@code InteraksjonIkkeVurdert}, R-8.5.1). It has no id of its
 * own, so its key is the entry id.
 */
public record NotAssessed(String entryId, Coded atc) implements FestEntity {

  @Override
  public String key() {
    return entryId;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INTERACTION_NOT_ASSESSED;
  }
}
