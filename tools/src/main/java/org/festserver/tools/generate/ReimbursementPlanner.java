package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * KatRefusjon: §2 groups per ATC code (split by form for liquids), §3a IndRef, §3b, §4 MRSA "-04",
 * §4a 401/402 and H-resept groups without codes but with conditions on the group, magistral groups linked to an
 * ATC code without item link, and one RID_ group per 7-digit product group for trade goods.
 */
final class ReimbursementPlanner {

  private record Diagnosis(String prefix, String system, String code, String text, String underterm) {}

  private final CatalogPlan plan;
  private final SplittableRandom random;
  private final List<Diagnosis> diagnoses = new ArrayList<>();
  private final Map<String, Integer> byKey = new LinkedHashMap<>();

  private ReimbursementPlanner(CatalogPlan plan) {
    this.plan = plan;
    this.random = Rng.stream(plan.seed, 0x4EF0L, 0);
    for (String[] r : Resources.rows("diagnoses.tsv")) {
      diagnoses.add(new Diagnosis(r[0], r[1], r[2], r[3], r[4].isBlank() ? null : r[4]));
    }
  }

  static void plan(CatalogPlan plan) {
    new ReimbursementPlanner(plan).run();
  }

  private void run() {
    anchors();
    fixedOthers();
    goods();
    for (Family f : plan.families) {
      link(f);
    }
    fillMagistral();
    for (Reimbursement r : plan.reimbursements) {
      if (r.atc != null) {
        plan.atcUsed.add(r.atc);
      }
    }
  }

  // ------------------------------------------------------------------------------------------ fixed groups

  private void anchors() {
    Reimbursement simva = create(Reimbursement.Basis.PARAGRAPH_2, "C10AA01", "C10AA01_1");
    simva.groupId = Anchors.SIMVASTATIN_REIMBURSEMENT_GROUP_ID;
    simva.usage = "Hyperkolesterolemi. Forebygging av kardiovaskulær sykdom hos pasienter med høy risiko.";
    Condition second = plan.conditionByKey.get("SECOND_LINE");
    LocalDate today = plan.dates.today;
    simva.codes.add(new Reimbursement.Code("T93", "7170", "Lipidforstyrrelse", "Hyperkolesterolemi", Dates.EPOCH,
        null, null, List.of()));
    simva.codes.add(new Reimbursement.Code("-26", "7435", "Etablert aterosklerotisk sykdom (sekundærprevensjon)",
        null, LocalDate.of(2018, 1, 1), today.minusDays(30), today.plusDays(60), List.of()));
    simva.codes.add(new Reimbursement.Code("-54", "7435", "Familiær hyperkolesterolemi", null, today.plusDays(30),
        null, null, List.of(new Reimbursement.CodeCondition(second.index, today.plusDays(30), null))));
    simva.codes.add(new Reimbursement.Code("E78", "7110",
        "Forstyrrelser i lipoproteinmetabolismen og andre lipidemier", null, Dates.EPOCH, null, null,
        List.of(new Reimbursement.CodeCondition(second.index, LocalDate.of(2011, 4, 1), null))));

    Reimbursement h = create(Reimbursement.Basis.H_RESEPT, "L04AB04", "L04AB04_1");
    h.groupId = Anchors.HRESEPT_REIMBURSEMENT_GROUP_ID;
    h.usage = "Rekvirering skal gjøres i tråd med nasjonale anbefalinger og føringer fra RHF/LIS spesialistgruppe.";
    h.groupConditions.add(plan.conditionByKey.get("HRESEPT").index);
  }

  private void fixedOthers() {
    Reimbursement indRef = create(Reimbursement.Basis.INDIVIDUAL_3A, null, "IndRef");
    indRef.groupNumberText = "Individuell refusjon";
    indRef.usage = "Refusjon etter søknad til Helfo for legemidler som ikke har forhåndsgodkjent refusjon.";
    for (String prefix : new String[] {"C10", "N06A", "R03", "M01"}) {
      for (Diagnosis d : candidates(prefix + "X")) {
        indRef.codes.add(code(d, false));
      }
    }
    indRef.codes.add(new Reimbursement.Code("F84", "7110", "Gjennomgripende utviklingsforstyrrelser", null,
        Dates.EPOCH, null, null, List.of()));
    indRef.codes.add(new Reimbursement.Code("G35", "7110", "Multippel sklerose", null, Dates.EPOCH, null, null,
        List.of()));

    Reimbursement b3 = create(Reimbursement.Basis.INDIVIDUAL_3B, null, "IndRef3b");
    b3.groupNumberText = "Individuell refusjon §3b";
    b3.usage = "Refusjon etter søknad ved langvarig behandling av sjeldne tilstander.";

    Reimbursement mrsa = create(Reimbursement.Basis.MRSA_4, "J01CF01", "J01CF01_4");
    mrsa.usage = "Behandling av allmennfarlige smittsomme sykdommer, herunder MRSA.";
    mrsa.codes.add(new Reimbursement.Code("-04", "7434", "Allmennfarlige smittsomme sykdommer", null, Dates.EPOCH,
        null, null, List.of()));

    Reimbursement decision = create(Reimbursement.Basis.HEPATITIS_4A_DECISION, "J05AP08", "J05AP08_1");
    decision.usage = "Behandling av kronisk hepatitt C etter vedtak.";
    decision.groupConditions.add(plan.conditionByKey.get("HEPC").index);
    Reimbursement noDecision = create(Reimbursement.Basis.HEPATITIS_4A, "J05AP01", "J05AP01_1");
    noDecision.usage = "Behandling av kronisk hepatitt C i kombinasjon med andre antivirale midler.";
    noDecision.groupConditions.add(plan.conditionByKey.get("HEPC").index);

    Reimbursement palliative = create(Reimbursement.Basis.PARAGRAPH_2, "N02AA01", "N02AA01_1");
    palliative.usage = "Smertebehandling i livets sluttfase og ved kroniske smerter.";
    palliative.codes.add(new Reimbursement.Code("-90", "7434", "Palliativ behandling i livets sluttfase", null,
        Dates.EPOCH, null, null, List.of()));
    palliative.codes.add(new Reimbursement.Code("-90", "7435", "Palliativ behandling i livets sluttfase", null,
        Dates.EPOCH, null, null, List.of()));
    palliative.codes.add(new Reimbursement.Code("-94", "7434", "Behandling av kronisk smerte", null,
        LocalDate.of(2019, 1, 1), null, null, List.of(new Reimbursement.CodeCondition(
            plan.conditionByKey.get("SPECIALIST").index, LocalDate.of(2019, 1, 1), null))));

    Reimbursement magistral = create(Reimbursement.Basis.MAGISTRAL, "D07AC", "D07AC_1");
    magistral.usage = "Magistrelt fremstilte dermatologiske preparater med sterkt virkende kortikosteroid.";
    for (Diagnosis d : candidates("D")) {
      magistral.codes.add(code(d, false));
    }
    linkSubstances(magistral);
  }

  private void goods() {
    GoodsPlan g = plan.goods;
    int rid = 131_100;
    for (GoodsPlan.Group group : g.groups) {
      Reimbursement r = new Reimbursement(plan.reimbursements.size(), Reimbursement.Basis.TRADE_GOODS);
      r.hjemmelCode = group.code().substring(0, 3);
      r.hjemmelText = g.name(r.hjemmelCode);
      r.groupId = "RID_" + rid++;
      r.groupNumber = group.code();
      r.groupNumberText = group.name();
      r.groupNumberSystem = "7403";
      r.usage = "Refusjon ytes for " + group.name().toLowerCase(Locale.ROOT) + " etter gjeldende vilkår fra Helfo.";
      r.linkFrom = LocalDate.of(plan.dates.today.getYear(), ((plan.dates.today.getMonthValue() - 1) / 3) * 3 + 1, 1);
      int k = plan.reimbursements.size();
      if (k % 2 == 0) {
        r.groupConditions.add(plan.conditionByKey.get("GOODS_GROUP").index);
      }
      if (k % 3 == 0) {
        r.groupConditions.add(plan.conditionByKey.get("GOODS_LIMIT").index);
      }
      if (group.code().startsWith("6")) {
        r.groupConditions.add(plan.conditionByKey.get("GOODS_AGE").index);
      }
      if (group.code().equals("5010101")) {
        r.groupConditions.add(plan.conditionByKey.get("GOODS_STRIPS").index);
      }
      plan.reimbursements.add(r);
      group.reimbursement(r.index);
    }
  }

  // ------------------------------------------------------------------------------------------ family links

  private void link(Family f) {
    Medicine m = f.main().medicine();
    String atc = f.main().atc();
    if ("SIMVASTATIN_20".equals(f.anchorKey)) {
      f.reimbursements.add(byKey.get("200|C10AA01_1"));
      return;
    }
    if ("HRESEPT".equals(f.anchorKey)) {
      f.reimbursements.add(byKey.get("950|L04AB04_1"));
      return;
    }
    if (atc == null || f.kind == FamilyKind.UNREGISTERED || f.kind == FamilyKind.NO_STRENGTH
        || f.kind.sharedPack() || f.kind == FamilyKind.NAF) {
      return;
    }
    boolean fixed = f.fixed();
    if (m.has("H")) {
      addLink(f, group(Reimbursement.Basis.H_RESEPT, atc, atc + "_1", fixed));
      return;
    }
    if (m.has("R4A")) {
      Reimbursement.Basis basis = m.atc.equals("J05AP01") ? Reimbursement.Basis.HEPATITIS_4A
          : Reimbursement.Basis.HEPATITIS_4A_DECISION;
      addLink(f, group(basis, m.atc, m.atc + "_1", fixed));
    }
    if (m.has("R2") && !m.rx.equals("F") && f.kind != FamilyKind.HOSPITAL && (fixed || random.nextInt(100) < 85)) {
      boolean liquid = f.main().form().kind() == Form.Kind.LIQUID;
      addLink(f, group(Reimbursement.Basis.PARAGRAPH_2, atc, atc + (liquid ? "_2" : "_1"), fixed));
    }
    if (m.has("R4") && (fixed || random.nextInt(100) < 70)) {
      addLink(f, group(Reimbursement.Basis.MRSA_4, m.atc, m.atc + "_4", fixed));
    }
  }

  private static void addLink(Family f, int group) {
    if (group >= 0) {
      f.reimbursements.add(group);
    }
  }

  /**
   * The group for a key, created when missing; -1 when the target count is reached (so that small files keep
   * the reimbursement catalog proportional), unless the family is fixed.
   */
  private int group(Reimbursement.Basis basis, String atc, String number, boolean force) {
    Integer existing = byKey.get(basis.code + "|" + number);
    if (existing != null) {
      return existing;
    }
    if (!force && plan.reimbursements.size() >= plan.targets.reimbursements()) {
      return -1;
    }
    Reimbursement r = create(basis, atc, number);
    if (number.endsWith("_2")) {
      r.groupNumberText = "Mikstur";
    }
    switch (basis) {
      case H_RESEPT -> {
        r.usage = "Rekvirering skal gjøres i tråd med vilkår satt av de regionale helseforetakene.";
        r.groupConditions.add(plan.conditionByKey.get("HRESEPT").index);
      }
      case HEPATITIS_4A, HEPATITIS_4A_DECISION -> {
        r.usage = "Behandling av kronisk hepatitt C.";
        r.groupConditions.add(plan.conditionByKey.get("HEPC").index);
      }
      case MRSA_4 -> {
        r.usage = "Allmennfarlige smittsomme sykdommer.";
        r.codes.add(new Reimbursement.Code("-04", "7434", "Allmennfarlige smittsomme sykdommer", null,
            Dates.EPOCH, null, null, List.of()));
      }
      default -> fillCodes(r, atc);
    }
    return r.index;
  }

  private void fillCodes(Reimbursement r, String atc) {
    List<Diagnosis> pool = candidates(atc);
    Rng.shuffle(random, pool);
    int n = Math.min(pool.size(), Rng.between(random, 2, 7));
    List<Condition> refusjon = ConditionPlanner.ofGroup(plan, "3");
    StringBuilder usage = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Diagnosis d = pool.get(i);
      Reimbursement.Code c = code(d, random.nextInt(100) < 25);
      if (!refusjon.isEmpty() && random.nextInt(100) < 20) {
        Condition cond = Rng.pick(random, refusjon);
        c = new Reimbursement.Code(c.code(), c.system(), c.text(), c.underterm(), c.from(), c.prescribeUntil(),
            c.dispenseUntil(), List.of(new Reimbursement.CodeCondition(cond.index,
                c.from().isAfter(LocalDate.of(2010, 5, 1)) ? c.from() : LocalDate.of(2010, 5, 1), null)));
      }
      r.codes.add(c);
      if (i < 2 && (d.system().equals("7170") || d.system().equals("7110"))) {
        usage.append(usage.length() == 0 ? "" : ". ").append(d.text());
      }
    }
    r.usage = usage.length() == 0 ? plan.atcNames.no(atc.substring(0, Math.min(4, atc.length()))) + "."
        : usage + ".";
  }

  private Reimbursement.Code code(Diagnosis d, boolean special) {
    LocalDate today = plan.dates.today;
    LocalDate from = random.nextBoolean() ? Dates.EPOCH : plan.dates.pastYears(random, 2008, 2024);
    LocalDate prescribe = null;
    LocalDate dispense = null;
    if (special) {
      int kind = random.nextInt(3);
      if (kind == 0) {
        from = today.plusDays(Rng.between(random, 5, 60));
      } else if (kind == 1) {
        prescribe = today.minusDays(Rng.between(random, 5, 60));
        dispense = today.plusDays(Rng.between(random, 10, 90));
      } else {
        prescribe = today.plusDays(Rng.between(random, 10, 120));
        dispense = prescribe.plusDays(90);
      }
    }
    String underterm = d.underterm() != null && random.nextInt(100) < 70 ? d.underterm() : null;
    return new Reimbursement.Code(d.code(), d.system(), d.text(), underterm, from, prescribe, dispense, List.of());
  }

  private List<Diagnosis> candidates(String atc) {
    int best = -1;
    for (Diagnosis d : diagnoses) {
      if (atc.startsWith(d.prefix()) && d.prefix().length() > best) {
        best = d.prefix().length();
      }
    }
    List<Diagnosis> out = new ArrayList<>();
    for (Diagnosis d : diagnoses) {
      if (d.prefix().length() == best && atc.startsWith(d.prefix())) {
        out.add(d);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ magistral fill

  private void fillMagistral() {
    List<String> codes = new ArrayList<>();
    for (Medicine m : plan.catalog.medicines) {
      if (m.atc.length() >= 5 && !codes.contains(m.atc.substring(0, 5))) {
        codes.add(m.atc.substring(0, 5));
      }
    }
    for (Medicine m : plan.catalog.medicines) {
      codes.add(m.atc);
    }
    for (Medicine m : plan.syntheticMedicines) {
      codes.add(m.atc);
    }
    int round = 1;
    int i = 0;
    while (plan.reimbursements.size() < plan.targets.reimbursements()) {
      if (i >= codes.size()) {
        i = 0;
        round++;
      }
      String atc = codes.get(i++);
      String number = atc + "_" + (round == 1 ? "M" : "M" + round);
      if (byKey.containsKey("200|" + number)) {
        continue;
      }
      Reimbursement r = create(Reimbursement.Basis.MAGISTRAL, atc, number);
      fillCodes(r, atc);
      linkSubstances(r);
    }
  }

  /** Virkestoff/Refusjon (2.5.1): substances under a magistral group's ATC code link to the group. */
  private void linkSubstances(Reimbursement r) {
    int linked = 0;
    for (Medicine m : plan.catalog.medicines) {
      if (linked >= 3) {
        break;
      }
      if (!m.combination() && m.atc.startsWith(r.atc)) {
        Integer idx = plan.substanceByName.get(m.components.get(0).nameNo);
        if (idx != null) {
          plan.substances.get(idx).reimbursements().add(r.index);
          linked++;
        }
      }
    }
  }

  private Reimbursement create(Reimbursement.Basis basis, String atc, String number) {
    Reimbursement r = new Reimbursement(plan.reimbursements.size(), basis);
    r.atc = atc;
    r.groupNumber = number;
    r.groupNumberText = number;
    r.groupId = Ids.of(plan.seed, Ids.Kind.REIMBURSEMENT_GROUP, r.index);
    r.linkFrom = Dates.EPOCH;
    plan.reimbursements.add(r);
    byKey.put(basis.code + "|" + number, r.index);
    return r;
  }
}
