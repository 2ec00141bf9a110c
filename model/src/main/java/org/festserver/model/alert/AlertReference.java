package org.festserver.model.alert;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * What an alert refers to ({@code Referanseelement}): the class of the referenced ids (7486: 1 brand, 2 pack,
 * 3 substance group, 4 reimbursement group) and the ids.
 */
public record AlertReference(Coded targetClass, List<String> refs) {

  public AlertReference {
    refs = Lists.copy(refs);
  }
}
