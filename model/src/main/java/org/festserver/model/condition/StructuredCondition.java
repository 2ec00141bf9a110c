package org.festserver.model.condition;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/** A machine-readable part of a condition: a type from code system 7439 with text or coded values. */
public record StructuredCondition(Coded type, List<String> textValues, List<Coded> codedValues) {

  public StructuredCondition {
    textValues = Lists.copy(textValues);
    codedValues = Lists.copy(codedValues);
  }
}
