package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides the product lines of a file and how many brands, packs and unit doses each gets, so that the totals
 * hit the {@link Targets} exactly (fixed families count toward them).
 */
final class FamilyPlanner {

  /*
   * Implementation notes.
   * - Substance groups: every (medicine, form, strength) of the embedded real data is a candidate. Candidates are
   *   drawn without replacement with weight popularity^2 (Efraimidis-Spirakis keys), so small files contain the
   *   common medicines. When the real candidates run out, synthetic medicines are created (SyntheticMedicines).
   * - Brands per group follow a Pareto (Zipf-like) law whose scale grows with popularity: a few groups get many
   *   generics and parallel imports, most get one or two. The draws are then scaled with the largest-remainder
   *   method so that the brand total is exact.
   * - Packs: one per brand, extras spread over brands weighted by popularity (at most 5 per brand). Start and
   *   combination packs are one pack for several brands.
   * - Unit doses: one per brand (none for start/combination packs); the remainder goes to brands with at least
   *   two packs, whose packs are then split into two pack types (R-3.3.4 "two doses only when pack type differs").
   */

  /** At most this many brands (originator, generics, parallel imports) per substance group. */
  private static final int MAX_BRANDS = 20;

  private final SubstanceCatalog catalog;
  private final Targets targets;
  private final SplittableRandom random;
  private final SyntheticMedicines synthetic;
  final List<Family> families = new ArrayList<>();
  final List<Medicine> syntheticUsed = new ArrayList<>();

  FamilyPlanner(SubstanceCatalog catalog, Targets targets, long seed, SyntheticMedicines synthetic) {
    this.catalog = catalog;
    this.targets = targets;
    this.random = Rng.stream(seed, 0xFA11L, 0);
    this.synthetic = synthetic;
  }

  void plan() {
    families.addAll(FixedFamilies.create(catalog));
    planGroups();
    planOthers();
    allocateBrands();
    allocatePacks();
    allocateDoses();
    assignOffsets();
  }

  // ------------------------------------------------------------------------------------------ substance groups

  private record Candidate(Medicine medicine, Medicine.Offer offer, List<Strength> strength, double key) {}

  private void planGroups() {
    Set<String> taken = new HashSet<>();
    int fixedGroups = 0;
    for (Family f : families) {
      if (f.kind.hasGroup) {
        fixedGroups++;
        taken.add(key(f.main().medicine(), f.main().offer(), f.main().strength()));
      }
    }
    int needed = Math.max(0, targets.groups() - fixedGroups);
    List<Candidate> real = new ArrayList<>();
    for (Medicine m : catalog.medicines) {
      if (m.multi() || m.has("NOTASSESSED") || m.atc.equals("N06AX25")) {
        continue;
      }
      double w = (double) m.popularity * m.popularity;
      for (Medicine.Offer o : m.offers) {
        for (List<Strength> s : o.strengths()) {
          if (taken.add(key(m, o, s))) {
            double u = random.nextDouble();
            real.add(new Candidate(m, o, s, -Math.log(1.0 - u) / w));
          }
        }
      }
    }
    real.sort(Comparator.comparingDouble(Candidate::key));
    List<Candidate> chosen = new ArrayList<>(real.subList(0, Math.min(needed, real.size())));
    int syntheticId = 100_000;
    while (chosen.size() < needed) {
      Medicine m = synthetic.next(syntheticId++);
      syntheticUsed.add(m);
      for (Medicine.Offer o : m.offers) {
        for (List<Strength> s : o.strengths()) {
          if (chosen.size() < needed && taken.add(key(m, o, s))) {
            chosen.add(new Candidate(m, o, s, 0));
          }
        }
      }
    }
    for (Candidate c : chosen) {
      families.add(new Family(families.size(), FamilyKind.REGULAR,
          List.of(new Family.Part(c.medicine(), c.offer(), c.strength()))));
    }
  }

  private static String key(Medicine m, Medicine.Offer o, List<Strength> s) {
    StringBuilder sb = new StringBuilder(o.atc()).append('|').append(o.form().key());
    for (Strength x : s) {
      sb.append('|').append(x.display());
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------------ other families

  private void planOthers() {
    int[] fixed = new int[FamilyKind.values().length];
    for (Family f : families) {
      fixed[f.kind.ordinal()]++;
    }
    addOthers(FamilyKind.UNREGISTERED, targets.unregistered() - fixed[FamilyKind.UNREGISTERED.ordinal()]);
    addOthers(FamilyKind.HOSPITAL, targets.hospital() - fixed[FamilyKind.HOSPITAL.ordinal()]);
    addOthers(FamilyKind.NAF, targets.naf() - fixed[FamilyKind.NAF.ordinal()]);
    addOthers(FamilyKind.MULTI, targets.multi() - fixed[FamilyKind.MULTI.ordinal()]);
    addOthers(FamilyKind.NO_STRENGTH, targets.noStrength() - fixed[FamilyKind.NO_STRENGTH.ordinal()]);
    addOthers(FamilyKind.START_PACK, targets.startPacks() - fixed[FamilyKind.START_PACK.ordinal()]);
    addOthers(FamilyKind.COMBINATION_PACK,
        targets.combinationPacks() - fixed[FamilyKind.COMBINATION_PACK.ordinal()]);
    addOthers(FamilyKind.SET, targets.sets() - fixed[FamilyKind.SET.ordinal()]);
  }

  private void addOthers(FamilyKind kind, int count) {
    List<Medicine> singles = new ArrayList<>();
    List<Medicine> multis = new ArrayList<>();
    for (Medicine m : catalog.medicines) {
      if (m.multi()) {
        multis.add(m);
      } else if (!m.offers.isEmpty() && !m.has("NOTASSESSED")) {
        singles.add(m);
      }
    }
    for (int i = 0; i < count; i++) {
      List<Family.Part> parts = switch (kind) {
        case MULTI -> {
          Medicine m = multis.get(i % multis.size());
          Medicine.Offer o = m.offers.get(0);
          yield List.of(new Family.Part(m, o, o.strengths().get(0)));
        }
        case NO_STRENGTH -> List.of(noStrengthPart(i));
        case START_PACK -> startPackParts(singles);
        case COMBINATION_PACK -> combinationParts(singles);
        case SET -> List.of(setPart(singles));
        default -> List.of(simplePart(kind, singles));
      };
      Family f = new Family(families.size(), kind, parts);
      if (kind == FamilyKind.UNREGISTERED) {
        f.mustApply = random.nextInt(3) == 0;
      }
      families.add(f);
    }
  }

  private Family.Part simplePart(FamilyKind kind, List<Medicine> singles) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Medicine m = Rng.pick(random, singles);
      Medicine.Offer o = Rng.pick(random, m.offers);
      Form.Kind k = o.form().kind();
      boolean fits = switch (kind) {
        case HOSPITAL -> k == Form.Kind.INJ || k == Form.Kind.LIQUID || k == Form.Kind.TOPICAL;
        case NAF -> k == Form.Kind.TAB || k == Form.Kind.CAPS || k == Form.Kind.LIQUID || k == Form.Kind.TOPICAL;
        default -> true;
      };
      if (!fits && attempt < 40) {
        continue;
      }
      List<Strength> s = Rng.pick(random, o.strengths());
      if (kind == FamilyKind.UNREGISTERED && random.nextBoolean()) {
        double factor = random.nextBoolean() ? 0.5 : 2.0;
        List<Strength> scaled = new ArrayList<>();
        for (Strength x : s) {
          scaled.add(x.scaled(factor));
        }
        s = List.copyOf(scaled);
      }
      return new Family.Part(m, o, s);
    }
    throw new IllegalStateException("no medicine fits " + kind);
  }

  private Family.Part noStrengthPart(int i) {
    List<String[]> magistral = WordLists.get().magistral;
    String[] sub = magistral.get((i * 7 + 3) % magistral.size());
    Form form = catalog.forms.get(i % 3 == 0 ? "krem" : "salve");
    Medicine m = new Medicine(-1, null, sub[0], sub[1], List.of(catalog.substances.stream()
        .filter(s -> s.nameNo.equals(sub[0])).findFirst()
        .orElseGet(() -> new Substance(sub[0], sub[1], List.of(), null, false))), "F", 1, Double.NaN, null,
        Set.of(), List.of(new Medicine.Offer(form, null, List.of())), false);
    return new Family.Part(m, m.offers.get(0), null);
  }

  private List<Family.Part> startPackParts(List<Medicine> singles) {
    List<Medicine> preferred = new ArrayList<>();
    for (Medicine m : singles) {
      for (Medicine.Offer o : m.offers) {
        if (o.form().solidOral() && o.strengths().size() >= 3 && (m.has("START") || preferred.size() < 3)) {
          preferred.add(m);
          break;
        }
      }
    }
    Medicine m = Rng.pick(random, preferred);
    for (Medicine.Offer o : m.offers) {
      if (o.form().solidOral() && o.strengths().size() >= 3) {
        int n = Math.min(o.strengths().size(), Rng.between(random, 2, 4));
        List<Family.Part> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          parts.add(new Family.Part(m, o, o.strengths().get(k)));
        }
        return parts;
      }
    }
    throw new IllegalStateException("no start-pack candidate in " + m);
  }

  private List<Family.Part> combinationParts(List<Medicine> singles) {
    List<Family.Part[]> options = new ArrayList<>();
    for (Medicine m : singles) {
      for (Medicine.Offer a : m.offers) {
        for (Medicine.Offer b : m.offers) {
          boolean local = b.form().kind() == Form.Kind.TOPICAL;
          boolean other = a.form().kind() == Form.Kind.VAGINAL || a.form().solidOral();
          if (a != b && local && other) {
            options.add(new Family.Part[] {new Family.Part(m, a, a.strengths().get(0)),
                new Family.Part(m, b, b.strengths().get(0))});
          }
        }
      }
    }
    return List.of(Rng.pick(random, options));
  }

  private Family.Part setPart(List<Medicine> singles) {
    List<Medicine.Offer> inj = new ArrayList<>();
    List<Medicine> owners = new ArrayList<>();
    for (Medicine m : singles) {
      for (Medicine.Offer o : m.offers) {
        if (o.form().kind() == Form.Kind.INJ && o.strengths().get(0).get(0).milligrams() > 0) {
          inj.add(o);
          owners.add(m);
        }
      }
    }
    int k = random.nextInt(inj.size());
    Strength s = inj.get(k).strengths().get(0).get(0);
    Strength powder = Strength.parse(Numbers.display(s.value() * (s.hasDenominator() ? 2 : 1)) + " " + s.unit());
    Medicine.Offer set = new Medicine.Offer(catalog.forms.get("pulvvaeskeinj"), inj.get(k).atc(),
        List.of(List.of(powder)));
    return new Family.Part(owners.get(k), set, List.of(powder));
  }

  // ------------------------------------------------------------------------------------------ allocation

  private void allocateBrands() {
    int fixedBrands = 0;
    List<Family> groups = new ArrayList<>();
    for (Family f : families) {
      if (f.fixed()) {
        fixedBrands += f.brandCount;
      } else if (f.kind.hasGroup) {
        groups.add(f);
      } else {
        f.brandCount = f.kind.sharedPack() ? f.parts.size() : 1;
        fixedBrands += f.brandCount;
      }
    }
    int remaining = targets.brands() - fixedBrands;
    if (groups.isEmpty()) {
      return;
    }
    int[] counts = new int[groups.size()];
    int sum = 0;
    for (int i = 0; i < groups.size(); i++) {
      Medicine m = groups.get(i).main().medicine();
      double scale = switch (m.popularity) {
        case 5 -> 4.5;
        case 4 -> 2.6;
        case 3 -> 1.5;
        case 2 -> 0.9;
        default -> 0.6;
      };
      counts[i] = 1 + (int) Math.min(MAX_BRANDS - 1,
          Math.floor(scale * (Math.pow(1.0 - random.nextDouble(), -1.0 / 1.6) - 1.0)));
      sum += counts[i];
    }
    // Hit the total exactly: add brands preferentially to popular medicines, remove from groups with more
    // than one.
    int diff = remaining - sum;
    long guard = 0;
    while (diff > 0 && guard++ < 100L * (diff + groups.size())) {
      int i = random.nextInt(counts.length);
      if (counts[i] < MAX_BRANDS && random.nextInt(5) < groups.get(i).main().medicine().popularity) {
        counts[i]++;
        diff--;
      }
    }
    while (diff < 0 && guard++ < 200L * (groups.size() - diff)) {
      int i = random.nextInt(counts.length);
      if (counts[i] > 1) {
        counts[i]--;
        diff++;
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      groups.get(i).brandCount = counts[i];
    }
  }

  private void allocatePacks() {
    int base = 0;
    List<Family> owners = new ArrayList<>();
    List<Integer> ownerBrand = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Family f : families) {
      if (f.fixed()) {
        base += f.packCount;
        continue;
      }
      if (f.kind.sharedPack()) {
        f.packCount = 1;
        base += 1;
        continue;
      }
      f.packsPerBrand = new int[f.brandCount];
      for (int b = 0; b < f.brandCount; b++) {
        f.packsPerBrand[b] = 1;
        base++;
        owners.add(f);
        ownerBrand.add(b);
        weights.add(f.main().medicine().popularity + (f.kind.hasGroup ? 1.0 : 0.0));
      }
    }
    int extra = targets.packs() - base;
    double total = 0;
    double[] cumulative = new double[weights.size()];
    for (int i = 0; i < weights.size(); i++) {
      total += weights.get(i);
      cumulative[i] = total;
    }
    int guard = 0;
    while (extra > 0 && !owners.isEmpty() && guard++ < 50 * (extra + owners.size())) {
      double x = random.nextDouble() * total;
      int i = java.util.Arrays.binarySearch(cumulative, x);
      i = i < 0 ? -i - 1 : i;
      i = Math.min(i, owners.size() - 1);
      Family f = owners.get(i);
      int b = ownerBrand.get(i);
      int max = Math.min(5, f.main().form().packSizes().size());
      if (f.packsPerBrand[b] < max) {
        f.packsPerBrand[b]++;
        extra--;
      }
    }
    for (Family f : families) {
      if (!f.fixed() && !f.kind.sharedPack()) {
        int n = 0;
        for (int p : f.packsPerBrand) {
          n += p;
        }
        f.packCount = n;
      }
    }
  }

  private void allocateDoses() {
    int base = 0;
    List<int[]> eligible = new ArrayList<>();
    for (Family f : families) {
      if (f.kind.sharedPack()) {
        f.dosesPerBrand = new int[f.brandCount];
        continue;
      }
      if (f.dosesPerBrand == null) {
        f.dosesPerBrand = new int[f.brandCount];
        java.util.Arrays.fill(f.dosesPerBrand, 1);
        if (!f.fixed()) {
          for (int b = 0; b < f.brandCount; b++) {
            if (f.packsPerBrand[b] >= 2) {
              eligible.add(new int[] {f.index, b});
            }
          }
        }
      }
      for (int d : f.dosesPerBrand) {
        base += d;
      }
    }
    int extra = targets.doses() - base;
    Rng.shuffle(random, eligible);
    for (int i = 0; i < Math.min(extra, eligible.size()); i++) {
      int[] e = eligible.get(i);
      families.get(e[0]).dosesPerBrand[e[1]] = 2;
    }
  }

  private void assignOffsets() {
    int brand = 0;
    int pack = 0;
    int dose = 0;
    int vms = 0;
    int group = 0;
    for (Family f : families) {
      f.brandStart = brand;
      brand += f.brandCount;
      f.packStart = pack;
      pack += f.packCount;
      f.doseStart = dose;
      int doses = 0;
      for (int d : f.dosesPerBrand) {
        doses += d;
      }
      f.doseCount = doses;
      dose += doses;
      f.vmsStart = vms;
      f.vmsCount = vmsCount(f);
      vms += f.vmsCount;
      if (f.kind.hasGroup) {
        f.groupIndex = group++;
      }
    }
  }

  /** VirkestoffMedStyrke entries owned by a family: one per component, per distinct part. */
  static int vmsCount(Family f) {
    int n = 0;
    for (Family.Part p : f.parts) {
      if (p.strength() != null) {
        n += p.strength().size();
      }
    }
    return n;
  }

  /** Splits {@code total} into integer shares proportional to weights (largest remainder), each at most cap. */
  static int[] largestRemainder(double[] weights, int total, int cap) {
    int[] out = new int[weights.length];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (total <= 0 || weights.length == 0) {
      return out;
    }
    if (sum <= 0) {
      for (int i = 0; i < total; i++) {
        out[i % out.length]++;
      }
      return out;
    }
    double[] rest = new double[weights.length];
    int assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = weights[i] / sum * total;
      out[i] = Math.min(cap, (int) Math.floor(exact));
      rest[i] = exact - Math.floor(exact);
      assigned += out[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
    int k = 0;
    int guard = 0;
    while (assigned < total && guard++ < total * 4 + weights.length * 4) {
      int i = order[k % order.length];
      if (out[i] < cap) {
        out[i]++;
        assigned++;
      }
      k++;
    }
    return out;
  }
}
