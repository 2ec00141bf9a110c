package org.festserver.model.supply;

import java.util.List;
import org.festserver.model.common.Lists;

/**
 * One node of the trade-goods tree: a product-group code of code system 7403 with its name (null when the
 * code system lacks it), its level (0 for the 1-digit main group, 1, 2, 3 for 3-, 5- and 7-digit groups), its child
 * groups and the item numbers of the goods whose reimbursement group has this code as group number.
 */
public record ProductGroupNode(String code, String name, int level, List<ProductGroupNode> children, List<String> goods) {

  public ProductGroupNode {
    children = Lists.copy(children);
    goods = Lists.copy(goods);
  }
}
