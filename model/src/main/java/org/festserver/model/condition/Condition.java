package org.festserver.model.condition;

import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * A condition ({@code Vilkar}): its number, group (7437), audience (7438 GjelderFor), text, dates and structured
 * parts.
 */
public record Condition(
    String id,
    String number,
    Coded group,
    Coded appliesTo,
    String text,
    LocalDate validFrom,
    LocalDate validTo,
    List<StructuredCondition> structured) implements FestEntity {

  public Condition {
    structured = Lists.copy(structured);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.CONDITION;
  }
}
