package org.festserver.model.reimbursement;

/**
 * Magistral reimbursement: a group under a legal basis that needs no product link (KreverVarekobling =
 * false) and that names an ATC code covers every product whose ATC code is that code or below it in the ATC
 * hierarchy. Groups with product links (KreverVarekobling = true) carry an ATC too, but reach only the products that
 * link them.
 */
public final class MagistralRule {
  private MagistralRule() {}

  /** True when the group is reached by ATC rather than by product links. */
  public static boolean isReachedByAtc(ReimbursementBasis basis, ReimbursementGroup group) {
    return !basis.requiresItemLink() && atcOf(group) != null;
  }

  /** True when a group ATC covers a product ATC: equal, or an ancestor of it (a prefix). */
  public static boolean covers(String groupAtc, String productAtc) {
    return groupAtc != null && !groupAtc.isEmpty() && productAtc != null && productAtc.startsWith(groupAtc);
  }

  /** The group's ATC code, or null when absent or blank. */
  public static String atcOf(ReimbursementGroup group) {
    String code = group.atc() == null ? null : group.atc().code();
    return code == null || code.isBlank() ? null : code.strip();
  }
}
