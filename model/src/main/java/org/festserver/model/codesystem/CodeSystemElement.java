package org.festserver.model.codesystem;

import java.util.List;
import org.festserver.model.common.Lists;

/** One code of a code system with its terms, e.g. ATC {@code C10AA01} "Simvastatin" in Norwegian and English. */
public record CodeSystemElement(String id, String parentId, String code, List<Term> terms) {

  public CodeSystemElement {
    terms = Lists.copy(terms);
  }
}
