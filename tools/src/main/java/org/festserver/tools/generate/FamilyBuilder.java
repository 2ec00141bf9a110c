package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Regenerates the content of one {@link Family} from its random stream: brands, packs, unit doses, the
 * substance group and the strengths. Calling it twice for the same family gives the same content.
 */
final class FamilyBuilder {

  /*
   * Implementation notes: every random draw comes from the family's own stream in a fixed order (family-level
   * decisions, strengths, then brand by brand, then packs, then doses), so the result depends only on the seed,
   * the plan and the family index. Prices: AIP from a per-family unit price and a brand factor; AUP = (AIP * 1.08
   * + 26) * 1.25, so AIP < AUP; trinnpris for interchangeable packs, refusjonspris for reimbursed packs.
   */

  private static final String[][] USAGE_LABELS = {
      {"C10", "700"}, {"C09", "50", "60"}, {"C08", "50", "60"}, {"C07", "60", "110"}, {"C03", "880", "50"},
      {"C01", "110"}, {"B01", "770"}, {"A10", "710"}, {"A02", "590", "669"}, {"A04", "830"}, {"N06A", "330"},
      {"N05A", "780"}, {"N05C", "790"}, {"N05B", "800"}, {"N02C", "730"}, {"N02", "720"}, {"N03", "740"},
      {"N06B", "515"}, {"R06", "750"}, {"R03", "760", "310"}, {"J01", "530", "585", "840"}, {"H03", "810"},
      {"G04C", "820"}, {"M01", "240", "720"}, {"M04", "850"}, {"M05", "870"}, {"S01E", "895"}, {"S01", "890"},
      {"D", "1156"}, {"L04", "1198"}, {"G03", "639", "480"}};
  private static final String[] ORAL_PRECAUTIONS = {"54", "64", "50", "92", "49", "66", "79", "96", "42"};

  private final CatalogPlan plan;
  private final CodeSystems codes = CodeSystems.get();

  FamilyBuilder(CatalogPlan plan) {
    this.plan = plan;
  }

  FamilyContent build(Family f) {
    SplittableRandom r = Rng.stream(plan.seed, 0xFA3L, f.index);
    Medicine main = f.main().medicine();
    boolean black = plan.version().v251() && (main.has("NEW") || r.nextInt(100) < 3);
    double unitPrice = unitPrice(r, f);
    double trinnFactor = 0.25 + r.nextDouble() * 0.5;
    LocalDate originMarketed = plan.dates.pastYears(r, 1996, 2016);
    boolean centrallyAuthorised = main.has("NEW") || main.has("H") || r.nextInt(100) < 15;

    List<FamilyContent.StrengthData> strengths = new ArrayList<>();
    int[] partStart = new int[f.parts.size()];
    int v = 0;
    for (int p = 0; p < f.parts.size(); p++) {
      partStart[p] = strengths.size();
      Family.Part part = f.parts.get(p);
      if (part.strength() == null) {
        continue;
      }
      for (int k = 0; k < part.strength().size(); k++) {
        Substance s = part.medicine().components.get(k);
        String kombi = part.medicine().combination() ? s.atc : null;
        strengths.add(new FamilyContent.StrengthData(plan.strengthId(f, v++), part.strength().get(k),
            plan.substanceId(s.nameNo), kombi));
      }
    }

    Family.Role[] roles = roles(f, r);
    String[] names = new String[f.brandCount];
    String[] companies = new String[f.brandCount];
    int generic = 0;
    for (int b = 0; b < f.brandCount; b++) {
      Medicine m = f.part(b).medicine();
      if (f.fixedVarenavn != null) {
        names[b] = f.fixedVarenavn[b];
        companies[b] = f.fixedCompany[b];
        continue;
      }
      switch (f.kind) {
        case UNREGISTERED -> {
          String maker = Rng.pick(r, WordLists.get().unregisteredManufacturers);
          names[b] = m.genericStem(r.nextBoolean() && !m.components.get(0).nameEn.contains(" ")) + " "
              + maker.split(" ")[0];
          companies[b] = maker;
        }
        case HOSPITAL -> {
          names[b] = m.genericStem(false) + " SA";
          companies[b] = Rng.pick(r, WordLists.get().hospitalProducers);
        }
        case NAF -> {
          names[b] = m.genericStem(false) + " NAF";
          companies[b] = Rng.pick(r, WordLists.get().nafProducers);
        }
        case NO_STRENGTH -> {
          int c = Naming.genericCompany(plan.seed, m, 0);
          names[b] = m.atc != null ? plan.originatorNames.get(m) : m.nameNo + " "
              + WordLists.get().genericCompanies.get(c);
          companies[b] = WordLists.get().genericCompanyLegal.get(c);
        }
        default -> {
          if (roles[b] == Family.Role.GENERIC) {
            int c = Naming.genericCompany(plan.seed, m, generic++);
            names[b] = Naming.genericName(m, c);
            companies[b] = WordLists.get().genericCompanyLegal.get(c);
          } else if (roles[b] == Family.Role.PARALLEL) {
            names[b] = plan.originatorNames.get(m);
            companies[b] = Rng.pick(r, WordLists.get().parallelImporters);
          } else {
            names[b] = plan.originatorNames.get(m);
            companies[b] = Naming.originatorCompany(m);
          }
        }
      }
    }

    // ---- packs (first, because brand and group reseptgruppe follow their packs)
    List<FamilyContent.PackData> packs = new ArrayList<>();
    List<List<Integer>> packsOfBrand = new ArrayList<>();
    for (int b = 0; b < f.brandCount; b++) {
      packsOfBrand.add(new ArrayList<>());
    }
    String[] brandIds = new String[f.brandCount];
    for (int b = 0; b < f.brandCount; b++) {
      brandIds[b] = plan.brandId(f, b);
    }
    if (f.kind.sharedPack()) {
      packs.add(sharedPack(f, r, brandIds, names, unitPrice, originMarketed, black, centrallyAuthorised));
      for (int b = 0; b < f.brandCount; b++) {
        packsOfBrand.get(b).add(0);
      }
    } else {
      int j = 0;
      for (int b = 0; b < f.brandCount; b++) {
        Family.Part part = f.part(b);
        double[] sizes = f.fixedPackSizes != null ? f.fixedPackSizes[b] : sizes(r, part.form(), f.packsPerBrand[b]);
        String[] types = packTypes(r, part.form(), sizes.length, f.dosesPerBrand[b]);
        double brandFactor = switch (roles[b]) {
          case ORIGINATOR -> 1.0;
          case PARALLEL -> 0.93;
          default -> 0.45 + r.nextDouble() * 0.35;
        };
        LocalDate marketed = roles[b] == Family.Role.ORIGINATOR ? originMarketed
            : plan.dates.between(r, originMarketed.plusYears(3).isBefore(plan.dates.today.minusDays(60))
                ? originMarketed.plusYears(3) : originMarketed, plan.dates.today.minusDays(30));
        for (int k = 0; k < sizes.length; k++) {
          if (types[k].equals("98") && sizes[k] % 7 != 0) {
            types[k] = "169";
          }
          packs.add(pack(f, r, j, b, brandIds[b], names[b], part, sizes[k], types[k], unitPrice * brandFactor,
              trinnFactor, marketed, black, centrallyAuthorised, roles[b]));
          packsOfBrand.get(b).add(j);
          j++;
        }
      }
    }

    // ---- brands
    List<FamilyContent.BrandData> brands = new ArrayList<>();
    for (int b = 0; b < f.brandCount; b++) {
      Family.Part part = f.part(b);
      Set<String> rx = new LinkedHashSet<>();
      for (int j : packsOfBrand.get(b)) {
        rx.add(packs.get(j).common().rx());
      }
      String brandRx = rx.size() > 1 ? "CF" : rx.iterator().next();
      FamilyContent.Common common = common(f, part, nfs(names[b], part, f.kind), brandRx, black, true);
      List<FamilyContent.SortedRef> sorted = new ArrayList<>();
      int start = partStart[Math.min(b, f.parts.size() - 1)];
      int n = part.strength() == null ? 0 : part.strength().size();
      for (int k = 0; k < n; k++) {
        int order = k;
        int component = k;
        if (f.sortingMatchOnly && b == 0) {
          order = k + 1;
        } else if (f.sortingMatchOnly && b == 1) {
          component = n - 1 - k;
        }
        sorted.add(new FamilyContent.SortedRef(order, strengths.get(start + component).id()));
      }
      List<FamilyContent.SortedRef> without = new ArrayList<>();
      if (part.strength() == null) {
        for (int k = 0; k < part.medicine().components.size(); k++) {
          without.add(new FamilyContent.SortedRef(k, plan.substanceId(part.medicine().components.get(k).nameNo)));
        }
      }
      List<FamilyContent.Validity> validity = part.medicine().has("SEXRX")
          ? List.of(new FamilyContent.Validity("2", "P7D"), new FamilyContent.Validity("1", "P1Y"))
          : List.of(new FamilyContent.Validity(null, "P1Y"));
      String reference = roles[b] != Family.Role.ORIGINATOR && part.medicine().atc != null
          && f.kind == FamilyKind.REGULAR ? plan.originatorNames.get(part.medicine()) : null;
      String spc = roles[b] == Family.Role.PARALLEL || f.kind == FamilyKind.UNREGISTERED || centrallyAuthorised
          ? null : spcUrl(r);
      String formLong = Rng.pick(r, part.form().longNames());
      brands.add(new FamilyContent.BrandData(brandIds[b], common, names[b], formLong, roles[b], companies[b],
          reference, administration(r, f, part), sorted, without, validity, spc,
          part.medicine().has("CNS") || part.medicine().has("OPIOID")));
    }

    // ---- unit doses (R-3.3.4): per brand and pack type; none for start/combination packs
    List<FamilyContent.DoseData> doses = new ArrayList<>();
    if (!f.kind.sharedPack()) {
      int d = 0;
      for (int b = 0; b < f.brandCount; b++) {
        List<String> typesSeen = new ArrayList<>();
        for (int j : packsOfBrand.get(b)) {
          String t = packs.get(j).packType();
          if (!typesSeen.contains(t)) {
            typesSeen.add(t);
          }
        }
        int count = f.dosesPerBrand[b];
        for (int k = 0; k < count; k++) {
          List<String> refs = new ArrayList<>();
          String type = typesSeen.get(Math.min(k, typesSeen.size() - 1));
          List<Integer> own = packsOfBrand.get(b);
          for (int j : own) {
            String t = packs.get(j).packType();
            boolean mine = count == 1 || (k == 0 ? t.equals(typesSeen.get(0)) : !t.equals(typesSeen.get(0)));
            if (mine) {
              refs.add(packs.get(j).id());
            }
          }
          if (refs.isEmpty()) {
            refs.add(packs.get(own.get(own.size() - 1)).id());
          }
          FamilyContent.PackData first = packs.get(packsOfBrand.get(b).get(0));
          FamilyContent.PackInfo info = first.infos().get(0);
          boolean solid = "stk".equals(info.unit());
          FamilyContent.Common dc = brands.get(b).common();
          doses.add(new FamilyContent.DoseData(plan.doseId(f, d), dc, ItemNumbers.lmrNumber(f.doseStart + d),
              solid ? 1 : info.amount(), solid ? "stk" : info.unit(), type, brandIds[b], refs,
              f.part(b).form().dosingUnit()));
          d++;
        }
      }
    }

    // ---- substance group
    FamilyContent.GroupData group = null;
    if (f.hasGroup()) {
      Family.Part part = f.main();
      Set<String> rx = new LinkedHashSet<>();
      for (FamilyContent.PackData p : packs) {
        rx.add(p.common().rx());
      }
      String groupRx = rx.size() > 1 ? "CF" : rx.iterator().next();
      String nfs = part.medicine().groupName() + " " + part.form().abbreviation() + " " + part.strengthDisplay();
      FamilyContent.Common common = common(f, part, nfs, groupRx, black, false);
      List<FamilyContent.SortedRef> sorted = new ArrayList<>();
      for (int k = 0; k < part.strength().size(); k++) {
        sorted.add(new FamilyContent.SortedRef(k, strengths.get(k).id()));
      }
      List<String> packIds = new ArrayList<>();
      for (FamilyContent.PackData p : packs) {
        packIds.add(p.id());
      }
      FamilyContent.Administration a = brands.get(0).administration();
      Set<String> kortdoser = new LinkedHashSet<>(a.shortDoses());
      for (FamilyContent.BrandData bd : brands) {
        if (kortdoser.size() < 3) {
          kortdoser.addAll(bd.administration().shortDoses());
        }
      }
      FamilyContent.Administration ga = new FamilyContent.Administration(a.routes(), a.canCrush(), a.canOpen(),
          a.bolus(), a.split(), a.dosingUnits(), List.copyOf(kortdoser), a.precautions(), a.usage());
      group = new FamilyContent.GroupData(plan.groupId(f), common, reimbursementLinks(f, r, EnumSet.noneOf(
          PackEdge.class), Dates.EPOCH), ga, sorted, List.of(brandIds), packIds, !f.sortingMatchOnly,
          part.form().packUnit());
    }
    if (packs.size() != f.packCount || doses.size() != f.doseCount || strengths.size() != f.vmsCount) {
      throw new IllegalStateException("family " + f + " planned " + f.packCount + " packs, " + f.doseCount
          + " doses, " + f.vmsCount + " strengths but built " + packs.size() + ", " + doses.size() + ", "
          + strengths.size());
    }
    return new FamilyContent(f, group, brands, packs, doses, strengths);
  }

  // ------------------------------------------------------------------------------------------ brands

  private static Family.Role[] roles(Family f, SplittableRandom r) {
    if (f.fixedRoles != null) {
      return f.fixedRoles;
    }
    Family.Role[] roles = new Family.Role[f.brandCount];
    for (int b = 0; b < f.brandCount; b++) {
      if (f.kind != FamilyKind.REGULAR) {
        roles[b] = f.kind == FamilyKind.UNREGISTERED || f.kind == FamilyKind.HOSPITAL || f.kind == FamilyKind.NAF
            ? Family.Role.GENERIC : Family.Role.ORIGINATOR;
      } else if (b == 0) {
        roles[b] = f.main().medicine().synthetic || r.nextInt(100) < 85 ? Family.Role.ORIGINATOR
            : Family.Role.GENERIC;
      } else {
        roles[b] = roles[0] == Family.Role.ORIGINATOR && r.nextInt(100) < 18 ? Family.Role.PARALLEL
            : Family.Role.GENERIC;
      }
    }
    return roles;
  }

  private static String nfs(String varenavn, Family.Part part, FamilyKind kind) {
    String s = part.strengthDisplay();
    if (kind == FamilyKind.MULTI || s.isEmpty()) {
      return varenavn + " " + part.form().abbreviation();
    }
    return varenavn + " " + part.form().abbreviation() + " " + s;
  }

  private FamilyContent.Common common(Family f, Family.Part part, String nfs, String rx, boolean black,
      boolean brandLevel) {
    Medicine m = part.medicine();
    List<String> conditions = new ArrayList<>();
    String atc = part.atc();
    if (f.kind == FamilyKind.UNREGISTERED) {
      conditions.add(condition("UNREGISTERED"));
    }
    if (f.kind == FamilyKind.HOSPITAL) {
      conditions.add(condition("HOSPITAL"));
    }
    if (atc != null && atc.startsWith("N06BA")) {
      conditions.add(condition("STIMULANT"));
    }
    if (atc != null && atc.startsWith("L04AX")) {
      conditions.add(condition("GROUP_GENERAL"));
    }
    if (brandLevel && atc != null) {
      int h = Math.floorMod(nfs.hashCode(), 10);
      if ((atc.startsWith("N05B") || atc.startsWith("N05C")) && h < 5) {
        conditions.add(condition("REVIEW"));
      }
      if ((atc.startsWith("N05") || atc.startsWith("N02A")) && h >= 5) {
        conditions.add(condition("DRIVING"));
      }
      if (atc.startsWith("J01M")) {
        conditions.add(condition("ANTIBIOTIC"));
      }
      if (m.has("H") && h < 3) {
        conditions.add(condition("DISPENSE_HOSPITAL"));
      }
    }
    String typeSoknad = "1";
    if (f.kind == FamilyKind.UNREGISTERED) {
      typeSoknad = f.mustApply ? "3" : "2";
    }
    String formCode = f.kind == FamilyKind.COMBINATION_PACK && !brandLevel ? "470" : part.form().code();
    String formTerm = f.kind == FamilyKind.COMBINATION_PACK && !brandLevel ? "Kombinasjonspakning"
        : part.form().term();
    return new FamilyContent.Common(atc, nfs, rx, part.form(), formCode, formTerm, conditions,
        f.kind.preparattype, f.kind.preparattypeText, typeSoknad, codes.term("7422", typeSoknad),
        m.has("OPIOID"), black);
  }

  private String condition(String key) {
    Condition c = plan.conditionByKey.get(key);
    if (c == null) {
      throw new IllegalStateException("fixed condition " + key + " missing from conditions.tsv");
    }
    return c.id;
  }

  private FamilyContent.Administration administration(SplittableRandom r, Family f, Family.Part part) {
    Form form = part.form();
    List<String> routes = new ArrayList<>();
    routes.add(form.routes().get(0));
    if (form.routes().size() > 1 && r.nextInt(3) == 0) {
      routes.add(form.routes().get(1));
    }
    boolean partial = f.kind == FamilyKind.UNREGISTERED;
    String crush = null;
    String open = null;
    String split = null;
    String bolus = null;
    if (!partial && form.kind() == Form.Kind.TAB) {
      crush = form.key().startsWith("depot") || form.key().startsWith("entero") ? "2" : Rng.pick(r,
          new String[] {"1", "2", "9", "9"});
      split = form.key().equals("tab") ? Rng.pick(r, new String[] {"0", "1", "2", "2"}) : "1";
    }
    if (!partial && form.kind() == Form.Kind.CAPS) {
      open = form.key().equals("kaps") ? Rng.pick(r, new String[] {"1", "2", "9"}) : "2";
      crush = r.nextBoolean() ? "9" : null;
    }
    if (!partial && form.kind() == Form.Kind.INJ && r.nextInt(4) == 0) {
      bolus = r.nextBoolean() ? "0" : "1";
    }
    List<String> kortdose = new ArrayList<>();
    List<String> precautions = new ArrayList<>();
    List<String> usage = new ArrayList<>();
    if (!partial) {
      List<String> options = ShortDoses.forForm(form);
      kortdose.add(options.get(Math.min(options.size() - 1, r.nextInt(options.size()))));
      if (r.nextInt(3) == 0) {
        String second = Rng.pick(r, options);
        if (!kortdose.contains(second)) {
          kortdose.add(second);
        }
      }
      if (form.solidOral() && r.nextInt(2) == 0) {
        precautions.add(Rng.pick(r, ORAL_PRECAUTIONS));
      }
      if (form.kind() == Form.Kind.LIQUID && r.nextBoolean()) {
        precautions.add("6");
      }
      String atc = part.atc();
      if (atc != null) {
        for (String[] label : USAGE_LABELS) {
          if (atc.startsWith(label[0])) {
            usage.add(label[1]);
            if (label.length > 2 && r.nextBoolean()) {
              usage.add(label[2 + r.nextInt(label.length - 2)]);
            }
            break;
          }
        }
      }
    }
    return new FamilyContent.Administration(routes, crush, open, bolus, split, List.of(form.dosingUnit()),
        kortdose, precautions, usage);
  }

  private static String spcUrl(SplittableRandom r) {
    int year = Rng.between(r, 0, 24);
    String prefix = year == 0 ? "0000" : String.format(Locale.ROOT, "%02d", year);
    return "https://www.legemiddelsok.no/_layouts/15/Preparatomtaler/Spc/" + prefix + "-"
        + String.format(Locale.ROOT, year == 0 ? "%05d" : "%04d", r.nextInt(year == 0 ? 99_999 : 9_999)) + ".pdf";
  }

  // ------------------------------------------------------------------------------------------ packs

  private double[] sizes(SplittableRandom r, Form form, int count) {
    List<Double> options = new ArrayList<>(form.packSizes());
    Rng.shuffle(r, options);
    double[] out = new double[Math.min(count, options.size())];
    for (int i = 0; i < out.length; i++) {
      out[i] = options.get(i);
    }
    java.util.Arrays.sort(out);
    return out;
  }

  private static String[] packTypes(SplittableRandom r, Form form, int packs, int doses) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(form.packTypes()));
    String first = form.packTypes().get(r.nextInt(form.packTypes().size()));
    String[] out = new String[packs];
    java.util.Arrays.fill(out, first);
    if (doses >= 2 && packs >= 2) {
      String second = null;
      for (String t : distinct) {
        if (!t.equals(first) && !t.equals("98") && !(first.equals("98") && t.equals("169"))) {
          second = t;
          break;
        }
      }
      if (second == null) {
        second = first.equals("8") ? "55" : "8";
      }
      for (int i = (packs + 1) / 2; i < packs; i++) {
        out[i] = second;
      }
    }
    return out;
  }

  private FamilyContent.PackData pack(Family f, SplittableRandom r, int j, int b, String brandId, String varenavn,
      Family.Part part, double size, String packType, double unitPrice, double trinnFactor, LocalDate brandMarketed,
      boolean black, boolean centrallyAuthorised, Family.Role role) {
    Form form = part.form();
    Medicine m = part.medicine();
    EnumSet<PackEdge> edges = f.fixed() ? f.edges(j) : randomEdges(r);
    String varenr = plan.packNumber(f, j);
    String rx = m.rx.equals("F/C") ? (size <= 30 && form.solidOral() ? "F" : "C") : m.rx;
    if (f.kind != FamilyKind.REGULAR && rx.equals("F/C")) {
      rx = "C";
    }
    FamilyContent.PackInfo info = packInfo(r, form, part, brandId, size, packType, null, m);
    double units = info.count() != null ? info.count() * info.amount() : info.amount();
    double aip = Numbers.roundTo(units * unitPrice + 8 + r.nextDouble() * 20, 2);
    double aup = Numbers.roundTo((aip * 1.08 + 26) * 1.25, 1);
    boolean reimbursed = !rx.equals("F") && !f.reimbursements.isEmpty();
    boolean stepped = f.interchange >= 0 && f.brandCount > 1 && !rx.equals("F");
    double trinnAip = units * unitPrice / brandFactorOf(role) * trinnFactor + 8;
    double trinn = Numbers.roundTo(Math.min(aup, (trinnAip * 1.08 + 26) * 1.25), 1);
    LocalDate marketed = brandMarketed;
    if (edges.contains(PackEdge.FUTURE_MARKETING)) {
      marketed = plan.dates.days(Rng.between(r, 10, 90));
    }
    List<FamilyContent.Price> prices = prices(r, edges, aip, aup, stepped ? trinn : Double.NaN,
        reimbursed ? (stepped ? trinn : Numbers.roundTo(aup * (0.9 + r.nextDouble() * 0.1), 1)) : Double.NaN,
        marketed);
    String outgoing = null;
    List<String> eans = new ArrayList<>();
    if (r.nextInt(100) < 93 || !edges.isEmpty()) {
      eans.add(ItemNumbers.ean(varenr));
    }
    if (edges.contains(PackEdge.OUTGOING_NUMBER)) {
      outgoing = "OUTGOING_NUMBER".equals(f.anchorKey) ? Anchors.OUTGOING_VARENR
          : ItemNumbers.outgoingNumber(f.packStart + j);
      if (plan.version().v251()) {
        eans.add(ItemNumbers.ean(outgoing));
      }
    }
    if (edges.contains(PackEdge.TWO_EANS) && plan.version().v251()) {
      eans.add(ItemNumbers.foreignEan(varenr));
    }
    LocalDate dereg = null;
    LocalDate tempOut = null;
    if (edges.contains(PackEdge.DEREGISTERED_RECENT)) {
      dereg = plan.dates.days(-Rng.between(r, 10, 80));
    } else if (edges.contains(PackEdge.DEREGISTERED_OLD)) {
      dereg = plan.dates.days(-Rng.between(r, 100, 200));
    } else if (edges.contains(PackEdge.DEREGISTERED_FUTURE)) {
      dereg = plan.dates.days(Rng.between(r, 20, 60));
    }
    if (edges.contains(PackEdge.TEMP_OUT_RECENT)) {
      tempOut = plan.dates.days(-Rng.between(r, 5, 80));
    } else if (edges.contains(PackEdge.TEMP_OUT_OLD)) {
      tempOut = plan.dates.days(-Rng.between(r, 100, 200));
    }
    FamilyContent.Marketing marketing = new FamilyContent.Marketing(outgoing, marketed, dereg, tempOut);
    FamilyContent.InterchangeLink interchange = null;
    if (f.interchange >= 0) {
      Interchange g = plan.interchanges.get(f.interchange);
      LocalDate from = g.validFrom.isAfter(marketed) ? g.validFrom : marketed;
      if (edges.contains(PackEdge.FUTURE_MEMBERSHIP)) {
        from = plan.dates.days(Rng.between(r, 5, 45));
      }
      interchange = new FamilyContent.InterchangeLink(g.id, from);
    }
    String storage = m.has("H") || (m.atc != null && (m.atc.startsWith("A10A") || m.atc.startsWith("A10BX")))
        ? "K" : r.nextInt(100) < 70 ? "R" : null;
    boolean noPreservative = form.kind() == Form.Kind.EYE && r.nextInt(3) == 0;
    String spc = centrallyAuthorised && role != Family.Role.PARALLEL && f.kind == FamilyKind.REGULAR
        ? "https://www.ema.europa.eu/no/documents/product-information/"
            + m.nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "-epar-product-information_no.pdf"
        : null;
    String nfs = nfs(varenavn, part, f.kind);
    FamilyContent.Common common = common(f, part, nfs, rx, black, false);
    List<FamilyContent.ReimbursementLink> links = rx.equals("F") ? List.of()
        : reimbursementLinks(f, r, edges, marketed);
    return new FamilyContent.PackData(plan.packId(f, j), varenr, common, links, interchange, eans, noPreservative,
        storage, List.of(info), prices, marketing, spc, b, info.packType());
  }

  private FamilyContent.PackInfo packInfo(SplittableRandom r, Form form, Family.Part part, String brandId,
      double size, String packType, Integer sorting, Medicine m) {
    String unit = form.packUnit();
    Integer count = null;
    double amount = size;
    String display = Numbers.display(size);
    List<FamilyContent.Component> components = List.of();
    switch (form.kind()) {
      case INJ -> {
        if (!unit.equals("stk")) {
          Strength s = part.strength() == null ? null : part.strength().get(0);
          double volume = s != null && s.hasDenominator() && s.denominatorUnit().equals("ml") && s.denominator() < 5
              ? s.denominator() : Rng.pick(r, new double[] {1, 2, 5, 10});
          count = size >= 1 && size <= 20 && size == Math.rint(size) ? (int) size : 1;
          amount = volume;
          display = count + " x " + Numbers.display(volume);
        }
      }
      case SET -> {
        Strength s = part.strength().get(0);
        components = List.of(new FamilyContent.Component("37", s.value(), s.unit()),
            new FamilyContent.Component("3", Rng.pick(r, new double[] {1, 2, 5}), "ml"));
        amount = size;
      }
      default -> {
        if (unit.equals("stk") && form.solidOral() && size >= 50 && r.nextInt(12) == 0) {
          count = (int) size;
          amount = 1;
          display = count + " x 1";
          packType = "18";
        }
      }
    }
    double dddValue = Double.NaN;
    String dddUnit = null;
    double stat = Double.NaN;
    if (!Double.isNaN(m.dddValue) && r.nextInt(100) < 60) {
      dddValue = m.dddValue;
      dddUnit = m.dddUnit;
      double units = count != null ? count * amount : amount;
      if ("ED".equals(dddUnit)) {
        stat = units / dddValue;
      } else if (part.strength() != null && part.strength().size() == 1 && unit.equals("stk")) {
        double mg = part.strength().get(0).milligrams();
        double dddMg = new Strength("", dddValue, dddUnit, Double.NaN, null).milligrams();
        if (mg > 0 && dddMg > 0) {
          stat = units * mg / dddMg;
        }
      }
    }
    return new FamilyContent.PackInfo(brandId, display, unit, packType, count, amount, sorting, dddValue, dddUnit,
        Double.isNaN(stat) ? Double.NaN : Numbers.roundTo(stat, 4), components);
  }

  private FamilyContent.PackData sharedPack(Family f, SplittableRandom r, String[] brandIds, String[] names,
      double unitPrice, LocalDate marketed, boolean black, boolean centrallyAuthorised) {
    Family.Part first = f.main();
    List<FamilyContent.PackInfo> infos = new ArrayList<>();
    double size = f.fixedPackSizes != null ? f.fixedPackSizes[0][0] : 7;
    String packType = "169";
    StringBuilder nfs = new StringBuilder(names[0]);
    for (int b = 0; b < f.brandCount; b++) {
      Family.Part part = f.part(b);
      double s = part.form().packUnit().equals("stk") ? size : part.form().packSizes().get(0);
      infos.add(packInfo(r, part.form(), part, brandIds[b], s, part.form().packTypes().get(0), b + 1,
          part.medicine()));
      if (f.kind == FamilyKind.COMBINATION_PACK) {
        nfs.append(b == 0 ? " " : "/").append(part.form().abbreviation()).append(' ').append(part.strengthDisplay());
      }
    }
    if (f.kind == FamilyKind.START_PACK) {
      nfs.append(' ').append(first.form().abbreviation()).append(' ');
      for (int b = 0; b < f.brandCount; b++) {
        nfs.append(b == 0 ? "" : "/").append(f.part(b).strengthDisplay());
      }
    }
    String varenr = plan.packNumber(f, 0);
    double aip = Numbers.roundTo(size * f.brandCount * unitPrice + 30, 2);
    double aup = Numbers.roundTo((aip * 1.08 + 26) * 1.25, 1);
    String rx = first.medicine().rx.equals("F/C") ? "C" : first.medicine().rx;
    FamilyContent.Common common = common(f, first, nfs.toString(), rx, black, false);
    return new FamilyContent.PackData(plan.packId(f, 0), varenr, common, List.of(), null,
        List.of(ItemNumbers.ean(varenr)), false, "R", infos,
        prices(r, EnumSet.noneOf(PackEdge.class), aip, aup, Double.NaN, Double.NaN, marketed),
        new FamilyContent.Marketing(null, marketed, null, null), null, 0, packType);
  }

  private EnumSet<PackEdge> randomEdges(SplittableRandom r) {
    EnumSet<PackEdge> e = EnumSet.noneOf(PackEdge.class);
    int x = r.nextInt(1000);
    if (x < 5) {
      e.add(PackEdge.FUTURE_MARKETING);
    } else if (x < 15) {
      e.add(PackEdge.DEREGISTERED_RECENT);
    } else if (x < 18) {
      e.add(PackEdge.DEREGISTERED_OLD);
    } else if (x < 26) {
      e.add(PackEdge.TEMP_OUT_RECENT);
    } else if (x < 29) {
      e.add(PackEdge.TEMP_OUT_OLD);
    } else if (x < 60) {
      e.add(PackEdge.PRICE_HISTORY);
    } else if (x < 70) {
      e.add(PackEdge.OUTGOING_NUMBER);
    } else if (x < 78) {
      e.add(PackEdge.TWO_EANS);
    } else if (x < 88) {
      e.add(PackEdge.FUTURE_MEMBERSHIP);
    } else if (x < 100) {
      e.add(PackEdge.OWN_REIMBURSEMENT_DATES);
    }
    return e;
  }

  private List<FamilyContent.Price> prices(SplittableRandom r, EnumSet<PackEdge> edges, double aip, double aup,
      double trinn, double refusjon, LocalDate marketed) {
    List<FamilyContent.Price> out = new ArrayList<>();
    LocalDate from = plan.dates.priceDate(r, 4);
    if (from.isBefore(marketed) && marketed.isBefore(plan.dates.today)) {
      from = marketed;
    }
    if (marketed.isAfter(plan.dates.today)) {
      from = marketed;
    }
    if (edges.contains(PackEdge.PRICE_HISTORY)) {
      LocalDate change = plan.dates.days(-20);
      LocalDate next = plan.dates.days(14);
      out.add(new FamilyContent.Price("3", Numbers.roundTo(aip * 1.06, 2), plan.dates.days(-420), change));
      out.add(new FamilyContent.Price("3", aip, change, next));
      out.add(new FamilyContent.Price("3", Numbers.roundTo(aip * 0.95, 2), next, null));
      out.add(new FamilyContent.Price("4", Numbers.roundTo(aup * 1.05, 1), plan.dates.days(-420), change));
      out.add(new FamilyContent.Price("4", aup, change, next));
      out.add(new FamilyContent.Price("4", Numbers.roundTo(aup * 0.95, 1), next, null));
    } else {
      out.add(new FamilyContent.Price("4", aup, from, null));
      out.add(new FamilyContent.Price("3", aip, from, null));
    }
    if (!Double.isNaN(refusjon)) {
      out.add(new FamilyContent.Price("2", refusjon, from.isBefore(plan.dates.days(-30)) ? from
          : plan.dates.days(-30), null));
    }
    if (!Double.isNaN(trinn)) {
      out.add(new FamilyContent.Price("5", trinn, from.isBefore(plan.dates.days(-30)) ? from
          : plan.dates.days(-30), null));
    }
    return out;
  }

  private List<FamilyContent.ReimbursementLink> reimbursementLinks(Family f, SplittableRandom r,
      EnumSet<PackEdge> edges, LocalDate marketed) {
    List<FamilyContent.ReimbursementLink> out = new ArrayList<>();
    for (int index : f.reimbursements) {
      Reimbursement g = plan.reimbursements.get(index);
      LocalDate from = g.linkFrom.isAfter(marketed) ? g.linkFrom : marketed;
      if (from.isAfter(plan.dates.today) && !edges.contains(PackEdge.FUTURE_MARKETING)) {
        from = g.linkFrom;
      }
      LocalDate prescribe = null;
      LocalDate dispense = null;
      if (edges.contains(PackEdge.OWN_REIMBURSEMENT_DATES)) {
        prescribe = plan.dates.days(-Rng.between(r, 1, 30));
        dispense = plan.dates.days(Rng.between(r, 30, 90));
      }
      out.add(new FamilyContent.ReimbursementLink(g.groupId, from, prescribe, dispense));
    }
    return out;
  }

  /** Price level of a brand relative to the originator (generics use a mean factor for trinnpris). */
  private static double brandFactorOf(Family.Role role) {
    return switch (role) {
      case ORIGINATOR -> 1.0;
      case PARALLEL -> 0.93;
      default -> 0.62;
    };
  }

  private static double unitPrice(SplittableRandom r, Family f) {
    Form.Kind k = f.main().form().kind();
    double base = switch (k) {
      case TAB, CAPS -> 0.4 + r.nextDouble() * 6;
      case LIQUID -> 0.3 + r.nextDouble() * 2;
      case INJ, SET -> 40 + r.nextDouble() * 900;
      case TOPICAL, VAGINAL -> 1 + r.nextDouble() * 4;
      case INHAL -> 1 + r.nextDouble() * 5;
      case PATCH -> 8 + r.nextDouble() * 30;
      default -> 1 + r.nextDouble() * 10;
    };
    if (f.main().medicine().has("H")) {
      base *= 12;
    }
    return base;
  }
}
