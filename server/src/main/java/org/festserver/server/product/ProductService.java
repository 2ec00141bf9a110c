package org.festserver.server.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.catalog.InterchangeRules;
import org.festserver.model.catalog.MarketingRules;
import org.festserver.model.catalog.NameOrder;
import org.festserver.model.catalog.PriceRules;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Quantity;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.interchange.InterchangeGroup;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.InterchangeLink;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackComponent;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.Price;
import org.festserver.model.medicine.PrescriptionValidity;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.Role;
import org.festserver.server.alert.AlertQuery;
import org.festserver.server.alert.AlertService;
import org.festserver.server.condition.ConditionQuery;
import org.festserver.server.condition.ConditionService;
import org.festserver.server.problem.ApiException;
import org.festserver.server.reimbursement.ReimbursementQuery;
import org.festserver.server.reimbursement.ReimbursementService;
import org.festserver.server.product.ProductViews.BrandView;
import org.festserver.server.product.ProductViews.Code;
import org.festserver.server.product.ProductViews.ComponentView;
import org.festserver.server.product.ProductViews.GroupView;
import org.festserver.server.product.ProductViews.InterchangeView;
import org.festserver.server.product.ProductViews.MarketingView;
import org.festserver.server.product.ProductViews.PackContent;
import org.festserver.server.product.ProductViews.PackRef;
import org.festserver.server.product.ProductViews.PackView;
import org.festserver.server.product.ProductViews.PacksView;
import org.festserver.server.product.ProductViews.PriceView;
import org.festserver.server.product.ProductViews.Ref;
import org.festserver.server.product.ProductViews.Registration;
import org.festserver.server.product.ProductViews.SubstanceGroupView;
import org.festserver.server.product.ProductViews.SubstanceView;
import org.festserver.server.product.ProductViews.UnitDoseView;
import org.festserver.server.product.ProductViews.Validity;

/**
 * Builds the product views of one dataset; stateless, every method takes the dataset it reads. Public for the
 * benchmarks in {@code tools}; handlers are the only other caller.
 */
public final class ProductService {
  private final AlertService alertService = new AlertService();
  private final ReimbursementService reimbursementService = new ReimbursementService();
  private final ConditionService conditionService = new ConditionService();
  private static final Comparator<Ref> BY_NAME = Comparator.comparing(Ref::name, NameOrder.COMPARATOR).thenComparing(Ref::id);
  private static final Comparator<PackRef> PACKS_BY_NAME =
      Comparator.comparing(PackRef::name, NameOrder.COMPARATOR).thenComparing(PackRef::itemNumber);

  // ---- substance groups (R-3.3.x) ----

  SubstanceGroupView substanceGroup(Dataset dataset, String id, LocalDate date) {
    EntityStore store = dataset.store();
    SubstanceGroup group = store.substanceGroup(id).orElseThrow(() -> ApiException.notFound("substance group", id));
    CatalogLinks links = new CatalogLinks(store);
    List<Brand> brands = links.brandsOf(group);
    List<Pack> packs = links.packsOf(group, brands);
    MedicineInfo medicine = group.medicine();
    return new SubstanceGroupView("substance-group", group.id(), medicine.nameFormStrength(), Code.of(medicine.atc()),
        Code.of(medicine.formShort()), Code.of(prescriptionGroup(medicine, packs)),
        substances(store, group.substancesWithStrength(), group.substancesWithoutStrength()),
        brandRefs(brands), packRefs(packs, date), doseRefs(links.unitDosesOf(brands)),
        prescribingUnits(group, packs), validity(brands), shortDoses(dataset).render(medicine.administration()),
        dosingUnits(medicine), registration(medicine),
        reimbursementService.entriesFor(dataset, EntityKind.SUBSTANCE_GROUP, group.id(), prescriber(date)),
        alertService.alertsFor(dataset, EntityKind.SUBSTANCE_GROUP, group.id(), allAudiences(date)),
        conditionService.productConditions(dataset, EntityKind.SUBSTANCE_GROUP, group.id(), ConditionQuery.ALL));
  }

  /** The group's own reseptgruppe; without one, CF when its packs are both C and F, else theirs. */
  private static Coded prescriptionGroup(MedicineInfo medicine, List<Pack> packs) {
    if (medicine.prescriptionGroup() != null) {
      return medicine.prescriptionGroup();
    }
    Set<String> codes = new LinkedHashSet<>();
    packs.forEach(pack -> codes.add(Coded.codeOf(pack.medicine().prescriptionGroup())));
    codes.remove(null);
    if (codes.equals(Set.of("C", "F"))) {
      return Coded.of("CF", "Reseptgruppe CF");
    }
    return codes.size() == 1 ? Coded.of(codes.iterator().next(), null) : null;
  }

  /** the distinct EnhetPakning of the packs; the group's own ForskrivningsenhetResept when it has no packs. */
  private static List<Code> prescribingUnits(SubstanceGroup group, List<Pack> packs) {
    Map<String, Code> units = new LinkedHashMap<>();
    for (Pack pack : packs) {
      for (PackInfo info : pack.packInfos()) {
        if (info.packUnit() != null) {
          units.putIfAbsent(info.packUnit().code(), Code.of(info.packUnit()));
        }
      }
    }
    if (units.isEmpty()) {
      return Code.of(group.prescribingUnits());
    }
    return List.copyOf(units.values());
  }

  /** a group's prescription validity is its brands', distinct per sex and duration. */
  private static List<Validity> validity(List<Brand> brands) {
    Map<String, Validity> result = new LinkedHashMap<>();
    for (Brand brand : brands) {
      for (PrescriptionValidity validity : brand.prescriptionValidity()) {
        Code sex = Code.of(validity.sex());
        result.putIfAbsent((sex == null ? "" : sex.code()) + "|" + validity.duration(), new Validity(sex, validity.duration()));
      }
    }
    return List.copyOf(result.values());
  }

  // ---- brands ----

  BrandView brand(Dataset dataset, String id, LocalDate date) {
    EntityStore store = dataset.store();
    Brand brand = store.brand(id).orElseThrow(() -> ApiException.notFound("brand", id));
    CatalogLinks links = new CatalogLinks(store);
    List<SubstanceGroup> groups = links.groupsOf(brand);
    List<Ref> groupRefs = new ArrayList<>();
    for (SubstanceGroup group : groups) {
      groupRefs.add(new Ref(group.id(), group.medicine().nameFormStrength()));
    }
    groupRefs.sort(BY_NAME);
    MedicineInfo medicine = brand.medicine();
    List<Validity> validity = new ArrayList<>();
    brand.prescriptionValidity().forEach(v -> validity.add(new Validity(Code.of(v.sex()), v.duration())));
    return new BrandView("brand", brand.id(), medicine.nameFormStrength(), brand.tradeName(), Code.of(medicine.atc()),
        Code.of(medicine.formShort()), brand.formLong(), Code.of(medicine.prescriptionGroup()),
        substances(store, brand.substancesWithStrength(), brand.substancesWithoutStrength()), groupRefs,
        packRefs(links.packsOf(brand), date), doseRefs(links.unitDosesOf(brand)), validity,
        shortDoses(dataset).render(medicine.administration()), dosingUnits(medicine), registration(medicine),
        brand.productInfo() == null ? null : brand.productInfo().manufacturer(),
        alertService.alertsFor(dataset, EntityKind.BRAND, brand.id(), allAudiences(date)),
        conditionService.productConditions(dataset, EntityKind.BRAND, brand.id(), ConditionQuery.ALL));
  }

  // ---- packs (R-6.x) ----

  /** A pack by varenummer, else by utgående varenummer. */
  Optional<Pack> packByItemNumber(EntityStore store, String itemNumber) {
    List<String> ids = store.lookup(Lookup.PACK_BY_ITEM_NUMBER, itemNumber);
    if (ids.isEmpty()) {
      ids = store.lookup(Lookup.PACK_BY_FORMER_ITEM_NUMBER, itemNumber);
    }
    return ids.isEmpty() ? Optional.empty() : store.pack(ids.get(0));
  }

  /**
   * The pack with a varenummer or utgående varenummer, as {@code GET /packs/{itemNumber}} answers it.
   *
   * @throws ApiException 404 when no pack has that number
   */
  public Object pack(Dataset dataset, String itemNumber, LocalDate date) {
    Pack pack = packByItemNumber(dataset.store(), itemNumber)
        .orElseThrow(() -> ApiException.notFound("pack with varenummer", itemNumber));
    return packView(dataset, pack, date);
  }

  PacksView packsByEan(Dataset dataset, String ean, LocalDate date) {
    List<PackView> packs = new ArrayList<>();
    for (String id : dataset.store().lookup(Lookup.PACKS_BY_EAN, ean)) {
      dataset.store().pack(id).ifPresent(pack -> packs.add(packView(dataset, pack, date)));
    }
    if (packs.isEmpty()) {
      throw ApiException.notFound("pack with EAN", ean);
    }
    return new PacksView(ean, packs);
  }

  private PackView packView(Dataset dataset, Pack pack, LocalDate date) {
    EntityStore store = dataset.store();
    CatalogLinks links = new CatalogLinks(store);
    MedicineInfo medicine = pack.medicine();
    List<Ref> brands = new ArrayList<>();
    links.brandsOf(pack).forEach(brand -> brands.add(new Ref(brand.id(), brand.medicine().nameFormStrength())));
    List<PackContent> contents = new ArrayList<>();
    boolean set = false;
    for (PackInfo info : pack.packInfos()) {
      List<ComponentView> components = components(info.components());
      set |= !components.isEmpty() || (info.packUnit() != null && "S".equals(info.packUnit().code()));
      contents.add(new PackContent(info.brandRef(), info.packSize(), Code.of(info.packUnit()), Code.of(info.packType()),
          info.multiple(), info.count(), info.amount(), info.ddd(), components));
    }
    String former = pack.marketing() == null ? null : pack.marketing().formerItemNumber();
    return new PackView("pack", pack.id(), pack.itemNumber(), former, pack.eans(), medicine.nameFormStrength(),
        Code.of(medicine.atc()), Code.of(medicine.formShort()), Code.of(medicine.prescriptionGroup()), brands, contents,
        CatalogLinks.isStartOrCombination(pack), set, Code.of(pack.storage()), prices(pack.prices(), date),
        marketing(pack, date), groupView(store, medicine.interchangeGroup(), date),
        doseRefs(links.unitDosesOf(pack)), registration(medicine),
        reimbursementService.entriesFor(dataset, EntityKind.PACK, pack.id(), prescriber(date)),
        alertService.alertsFor(dataset, EntityKind.PACK, pack.id(), allAudiences(date)),
        conditionService.productConditions(dataset, EntityKind.PACK, pack.id(), ConditionQuery.ALL), date);
  }

  /** .x: the prices valid on the date, then the next future price of each type. */
  private static List<PriceView> prices(List<Price> prices, LocalDate date) {
    List<PriceView> views = new ArrayList<>();
    for (Price price : PriceRules.current(prices, date)) {
      views.add(price(price, "current"));
    }
    for (Price price : PriceRules.next(prices, date)) {
      views.add(price(price, "next"));
    }
    return views;
  }

  private static PriceView price(Price price, String status) {
    BigDecimal amount = price.price() == null ? null : price.price().amount();
    String currency = price.price() == null ? null : price.price().currency();
    return new PriceView(Code.of(price.type()), PriceRules.kind(price.type()), amount, currency, price.validFrom(),
        price.validTo(), status);
  }

  private static MarketingView marketing(Pack pack, LocalDate date) {
    var marketing = pack.marketing();
    String state = MarketingRules.state(marketing, date).code();
    if (marketing == null) {
      return new MarketingView(state, null, null, null, null, null);
    }
    return new MarketingView(state, marketing.marketedFrom(), marketing.deregistered(), marketing.temporarilyWithdrawn(),
        MarketingRules.lastSaleDay(marketing), marketing.formerItemNumber());
  }

  private static GroupView groupView(EntityStore store, InterchangeLink link, LocalDate date) {
    if (link == null) {
      return null;
    }
    Optional<InterchangeGroup> found = store.get(EntityKind.INTERCHANGE_GROUP, link.groupRef(), InterchangeGroup.class);
    if (found.isEmpty()) {
      return null;
    }
    InterchangeGroup group = found.get();
    return new GroupView(group.id(), Coded.codeOf(group.code()), group.code() == null ? null : group.code().text(),
        group.substitutionRemark(), group.substitutionDescription(), group.validFrom(), group.validTo(),
        link.validFrom(), InterchangeRules.memberOn(link, date) && InterchangeRules.groupValidOn(group, date));
  }

  // ---- interchangeable packs (R-6.5.x, R-4.4.2) ----

  InterchangeView interchangeable(Dataset dataset, String itemNumber, LocalDate date) {
    EntityStore store = dataset.store();
    Pack pack = packByItemNumber(store, itemNumber)
        .orElseThrow(() -> ApiException.notFound("pack with varenummer", itemNumber));
    PackRef asked = packRef(pack, date);
    GroupView group = groupView(store, pack.medicine().interchangeGroup(), date);
    if (group == null || !group.validOnDate()) {
      return new InterchangeView(date, asked, null, List.of());
    }
    List<PackRef> members = new ArrayList<>();
    for (String id : store.lookup(Lookup.PACKS_BY_INTERCHANGE_GROUP, group.id())) {
      store.pack(id)
          .filter(member -> InterchangeRules.memberOn(member.medicine().interchangeGroup(), date))
          .ifPresent(member -> members.add(packRef(member, date)));
    }
    members.sort(PACKS_BY_NAME);
    return new InterchangeView(date, asked, group, members);
  }

  // ---- unit doses (R-3.3.4) ----

  UnitDoseView unitDose(Dataset dataset, String id, LocalDate date) {
    EntityStore store = dataset.store();
    UnitDose dose = store.unitDose(id).orElseThrow(() -> ApiException.notFound("unit dose", id));
    Ref brand = store.brand(dose.brandRef()).map(b -> new Ref(b.id(), b.medicine().nameFormStrength())).orElse(null);
    List<PackRef> packs = new ArrayList<>();
    for (String packId : dose.packRefs()) {
      store.pack(packId).ifPresent(pack -> packs.add(packRef(pack, date)));
    }
    packs.sort(PACKS_BY_NAME);
    MedicineInfo medicine = dose.medicine();
    return new UnitDoseView("unit-dose", dose.id(), medicine.nameFormStrength(), Code.of(medicine.atc()), dose.lmrNumber(),
        dose.amount(), Code.of(dose.packType()), brand, packs, components(dose.components()),
        Code.of(dose.orderingUnits()));
  }

  // ---- shared parts ----

  private static List<SubstanceView> substances(EntityStore store, List<SortedRef> withStrength, List<SortedRef> without) {
    List<SubstanceView> views = new ArrayList<>();
    for (SortedRef ref : withStrength) {
      store.get(EntityKind.SUBSTANCE_STRENGTH, ref.ref(), SubstanceStrength.class).ifPresent(strength -> {
        Optional<Substance> substance = store.get(EntityKind.SUBSTANCE, strength.substanceRef(), Substance.class);
        views.add(new SubstanceView(strength.substanceRef(), substance.map(Substance::name).orElse(null),
            substance.map(Substance::nameEnglish).orElse(null), strength(strength)));
      });
    }
    for (SortedRef ref : without) {
      store.get(EntityKind.SUBSTANCE, ref.ref(), Substance.class).ifPresent(
          substance -> views.add(new SubstanceView(substance.id(), substance.name(), substance.nameEnglish(), null)));
    }
    return views;
  }

  /** "20 mg", "1 mg/ml", "50 mikrog/24 time". */
  static String strength(SubstanceStrength strength) {
    if (strength.strength() == null) {
      return null;
    }
    String text = quantity(strength.strength());
    Quantity denominator = strength.strengthDenominator();
    if (denominator != null) {
      boolean one = denominator.value() != null && denominator.value().compareTo(BigDecimal.ONE) == 0;
      text += "/" + (one ? nullToEmpty(denominator.unit()) : quantity(denominator));
    }
    return text;
  }

  private static String quantity(Quantity quantity) {
    String value = quantity.value() == null ? "" : quantity.value().stripTrailingZeros().toPlainString();
    return quantity.unit() == null ? value : value + " " + quantity.unit();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static List<ComponentView> components(List<PackComponent> components) {
    List<ComponentView> views = new ArrayList<>();
    components.forEach(c -> views.add(new ComponentView(Code.of(c.packType()), c.amount(), c.count())));
    return views;
  }

  private static List<Code> dosingUnits(MedicineInfo medicine) {
    return medicine.administration() == null ? List.of() : Code.of(medicine.administration().dosingUnits());
  }

  private static Registration registration(MedicineInfo medicine) {
    return new Registration(Code.of(medicine.productType()), Code.of(medicine.slvApplicationType()),
        org.festserver.model.catalog.Registration.unregistered(medicine));
  }

  private static List<Ref> brandRefs(List<Brand> brands) {
    List<Ref> refs = new ArrayList<>();
    brands.forEach(brand -> refs.add(new Ref(brand.id(), brand.medicine().nameFormStrength())));
    refs.sort(BY_NAME);
    return refs;
  }

  private static List<PackRef> packRefs(List<Pack> packs, LocalDate date) {
    List<PackRef> refs = new ArrayList<>();
    packs.forEach(pack -> refs.add(packRef(pack, date)));
    refs.sort(PACKS_BY_NAME);
    return refs;
  }

  private static PackRef packRef(Pack pack, LocalDate date) {
    return new PackRef(pack.id(), pack.itemNumber(), pack.medicine().nameFormStrength(),
        MarketingRules.state(pack.marketing(), date).code());
  }

  private static List<Ref> doseRefs(List<UnitDose> doses) {
    List<Ref> refs = new ArrayList<>();
    doses.forEach(dose -> refs.add(new Ref(dose.id(), dose.medicine().nameFormStrength())));
    refs.sort(BY_NAME);
    return refs;
  }

  private static ShortDoses shortDoses(Dataset dataset) {
    return dataset.derived(ShortDoses.class, ShortDoses::build);
  }

  /** Embedded reimbursement is what a prescriber sees on the date; dispensers ask /reimbursement. */
  private static ReimbursementQuery prescriber(LocalDate date) {
    return new ReimbursementQuery(date, Role.PRESCRIBER, PatientFacts.UNKNOWN);
  }

  /** Embedded alerts: every audience and type in effect on the date; filter with /alerts. */
  private static AlertQuery allAudiences(LocalDate date) {
    return new AlertQuery(date, Set.of(), Set.of());
  }

  /** Builds the per-dataset structures before a dataset goes live. */
  static void warm(Dataset dataset) {
    shortDoses(dataset);
  }
}
