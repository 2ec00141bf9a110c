package org.festserver.server.supply;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.festserver.server.condition.ConditionView;

/**
 * One product group of the trade-goods tree: code (7403), name, level (0 main group, 1, 2, 3
 * for 3-, 5-, 7-digit), whether it can be prescribed, whether the given age/sex blocks it, its reimbursement
 * conditions, its child groups and, when asked for, its goods.
 */
public record ProductGroupView(
    String code,
    String name,
    int level,
    boolean prescribable,
    boolean blocked,
    List<ConditionView> conditions,
    List<ProductGroupView> children,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Good> goods) {

  /** A good under a 7-digit group: item number, name and kind. */
  public record Good(String number, String name, String kind) {}
}
