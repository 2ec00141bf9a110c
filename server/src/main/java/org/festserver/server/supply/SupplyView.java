package org.festserver.server.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.festserver.server.condition.ConditionView;
import org.festserver.server.json.CodedJson;

/**
 * A trade good ({@code Handelsvare}) by item number: kind, product and supplier information, prices (7423), its
 * reimbursement link with the groups and legal bases it names, the product groups it sits under (main group first)
 * and its conditions (its own, Vilkårsgruppe 2, then those of its reimbursement groups).
 */
public record SupplyView(
    String number,
    String name,
    String kind,
    ProductInfo productInfo,
    Supplier supplier,
    List<PriceView> prices,
    Reimbursement reimbursement,
    List<GroupRef> productGroups,
    List<ConditionView> conditions) {

  /** ProduktInfoVare. */
  public record ProductInfo(String productNumber, String volume, CodedJson sizeUnit, Integer perPack, Boolean aboveMaxPriceAllowed) {}

  /** Leverandor. */
  public record Supplier(String name, String address, String phone) {}

  /** A price of a type (7423: N, E, P). */
  public record PriceView(CodedJson type, BigDecimal amount, String currency, LocalDate validFrom, LocalDate validTo) {}

  /** The reimbursement link: its dates and the groups it names. */
  public record Reimbursement(LocalDate validFrom, LocalDate prescribeUntil, LocalDate dispenseUntil, List<Group> groups) {}

  /** A reimbursement group the good links, with its legal basis. */
  public record Group(String groupId, String groupNumber, String groupName, CodedJson legalBasis) {}

  /** A product group on the path to the good. */
  public record GroupRef(String code, String name, int level) {}
}
