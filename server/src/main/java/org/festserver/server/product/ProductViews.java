package org.festserver.server.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Quantity;
import org.festserver.server.alert.AlertView;
import org.festserver.server.condition.ConditionView;
import org.festserver.server.reimbursement.ReimbursementEntry;

/** The JSON shapes of the product endpoints (docs/api.md, section Products). */
final class ProductViews {
  private ProductViews() {}

  /** A code and its text. */
  record Code(String code, String text) {
    static Code of(Coded coded) {
      return coded == null ? null : new Code(coded.code(), coded.text());
    }

    static List<Code> of(List<Coded> coded) {
      return coded.stream().map(Code::of).toList();
    }
  }

  /** A brand, substance group or unit dose in a list. */
  record Ref(String id, String name) {}

  /** A pack in a list, with its marketing state on the request date (R-6.1.x). */
  record PackRef(String id, String itemNumber, String name, String marketing) {}

  /** A substance of a product with its strength. */
  record SubstanceView(String id, String name, String nameEnglish, String strength) {}

  /** Prescription validity, possibly for one sex only. */
  record Validity(Code sex, String duration) {}

  /** What a product needs for prescribing: application type and unregistered status. */
  record Registration(Code productType, Code applicationType, boolean unregistered) {}

  record SubstanceGroupView(
      String kind, String id, String name, Code atc, Code form, Code prescriptionGroup, List<SubstanceView> substances,
      List<Ref> brands, List<PackRef> packs, List<Ref> unitDoses, List<Code> prescribingUnits,
      List<Validity> prescriptionValidity, List<ShortDoses.View> shortDoses, List<Code> dosingUnits,
      Registration registration, List<ReimbursementEntry> reimbursements, List<AlertView> alerts,
      List<ConditionView> conditions) {}

  record BrandView(
      String kind, String id, String name, String tradeName, Code atc, Code form, String formLong,
      Code prescriptionGroup, List<SubstanceView> substances, List<Ref> substanceGroups, List<PackRef> packs,
      List<Ref> unitDoses, List<Validity> prescriptionValidity, List<ShortDoses.View> shortDoses,
      List<Code> dosingUnits, Registration registration, String manufacturer, List<AlertView> alerts,
      List<ConditionView> conditions) {}

  /** A component of a set. */
  record ComponentView(Code packType, Quantity amount, Integer count) {}

  /** One brand's share of a pack: size as displayed, unit, type and the computable fields. */
  record PackContent(
      String brandId, String packSize, Code unit, Code packType, Integer multiple, Integer count, BigDecimal amount,
      Quantity ddd, List<ComponentView> components) {}

  /** A price with its kind (aip, aup, step-price, reimbursement-price) and whether it is current or next (R-6.3.x). */
  record PriceView(Code type, String kind, BigDecimal amount, String currency, LocalDate validFrom, LocalDate validTo,
      String status) {}

  /** Marketing dates and the state they give on the request date (R-6.1.x, R-6.2.4). */
  record MarketingView(String state, LocalDate marketedFrom, LocalDate deregistered, LocalDate temporarilyWithdrawn,
      LocalDate lastSaleDay, String formerItemNumber) {}

  /** A byttegruppe with its remark and the pack's membership. */
  record GroupView(String id, String code, String name, boolean substitutionRemark, String substitutionDescription,
      LocalDate validFrom, LocalDate validTo, LocalDate memberFrom, boolean validOnDate) {}

  record PackView(
      String kind, String id, String itemNumber, String formerItemNumber, List<String> eans, String name, Code atc,
      Code form, Code prescriptionGroup, List<Ref> brands, List<PackContent> contents, boolean startOrCombination,
      boolean set, Code storage, List<PriceView> prices, MarketingView marketing, GroupView interchangeGroup,
      List<Ref> unitDoses, Registration registration, List<ReimbursementEntry> reimbursements, List<AlertView> alerts,
      List<ConditionView> conditions, LocalDate date) {}

  record PacksView(String ean, List<PackView> packs) {}

  record UnitDoseView(
      String kind, String id, String name, Code atc, String lmrNumber, Quantity amount, Code packType, Ref brand,
      List<PackRef> packs, List<ComponentView> components, List<Code> orderingUnits) {}

  record InterchangeView(LocalDate date, PackRef pack, GroupView group, List<PackRef> packs) {}
}
