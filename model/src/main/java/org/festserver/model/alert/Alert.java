package org.festserver.model.alert;

import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Link;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * An alert ({@code VarselSlv}): type (7441), headline, text, audience (7442 Visningsregel), from date, link and the
 * products it refers to. It has no id of its own, so its key is the entry id; it has no end date and expires only
 * when an increment expires its entry.
 */
public record Alert(
    String entryId,
    Coded type,
    String headline,
    String text,
    List<Coded> audience,
    List<Coded> codedInfo,
    LocalDate fromDate,
    Link link,
    List<AlertReference> references) implements FestEntity {

  public Alert {
    audience = Lists.copy(audience);
    codedInfo = Lists.copy(codedInfo);
    references = Lists.copy(references);
  }

  @Override
  public String key() {
    return entryId;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.ALERT;
  }
}
