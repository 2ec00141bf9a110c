package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic medicines for the tail of the catalog, beyond what the embedded list of real substances can fill:
 * INN-like names built from the class stem of a real ATC level-4 group ("-vastatin", "-sartan") and fictitious
 * level-5 codes numbered 70-99 (then 40-69) inside that group. Forms, strengths and interaction properties are
 * copied from a real member of the class.
 */
final class SyntheticMedicines {

  private static final Set<String> NOT_INHERITED = Set.of("START", "SEXRX", "NOTASSESSED", "NEW", "R4A");

  /** Level-5 numbers used for synthetic codes: 70-99 first, then 40-69 (rarely used by WHO). */
  private static final int[] NUMBERS = numbers();

  private final SplittableRandom random;
  private final WordLists words = WordLists.get();
  private final List<String> groups = new ArrayList<>();
  private final Map<String, List<Medicine>> members = new LinkedHashMap<>();
  private final Map<String, String> stems = new LinkedHashMap<>();
  private final Map<String, Integer> nextNumber = new LinkedHashMap<>();
  private final Set<String> usedCodes = new HashSet<>();
  private final Set<String> usedNames = new HashSet<>();
  final List<Medicine> created = new ArrayList<>();
  final Map<String, String[]> atcNames = new LinkedHashMap<>();

  SyntheticMedicines(SubstanceCatalog catalog, long seed) {
    this.random = Rng.stream(seed, 0x5E17L, 0);
    for (Medicine m : catalog.medicines) {
      usedCodes.add(m.atc);
      for (Medicine.Offer o : m.offers) {
        usedCodes.add(o.atc());
      }
      for (Substance s : m.components) {
        usedNames.add(s.nameNo.toLowerCase(Locale.ROOT));
      }
      if (m.combination() || m.offers.isEmpty() || m.atc.length() != 7 || m.has("NOTASSESSED")) {
        continue;
      }
      members.computeIfAbsent(m.atc.substring(0, 5), k -> new ArrayList<>()).add(m);
    }
    groups.addAll(members.keySet());
    for (String g : groups) {
      stems.put(g, stem(members.get(g)));
      nextNumber.put(g, 0);
    }
  }

  /** Creates the next synthetic medicine; ids continue after the given first id. */
  Medicine next(int id) {
    for (int attempt = 0; attempt < groups.size() * 3; attempt++) {
      String group = attempt < groups.size() ? groups.get(random.nextInt(groups.size()))
          : groups.get(attempt % groups.size());
      String code = nextCode(group);
      if (code == null) {
        continue;
      }
      Medicine template = Rng.pick(random, members.get(group));
      String name = uniqueName(stems.get(group));
      String en = WordLists.english(name);
      List<Substance.Salt> salts = random.nextInt(3) == 0
          ? List.of(new Substance.Salt(name + "hydroklorid", en + " hydrochloride"))
          : List.of();
      Substance substance = new Substance(name, en, salts, code, true);
      List<Medicine.Offer> offers = new ArrayList<>();
      double factor = random.nextInt(3) == 0 ? 2.0 : 1.0;
      for (Medicine.Offer o : template.offers) {
        if (!o.atc().equals(template.atc)) {
          continue;
        }
        List<List<Strength>> strengths = new ArrayList<>();
        for (List<Strength> option : o.strengths()) {
          strengths.add(List.of(option.get(0).scaled(factor)));
        }
        offers.add(new Medicine.Offer(o.form(), code, List.copyOf(strengths)));
      }
      Set<String> tags = new LinkedHashSet<>(template.tags);
      tags.removeAll(NOT_INHERITED);
      tags.add("SYN");
      Medicine m = new Medicine(id, code, name, en, List.of(substance), template.rx, 1, template.dddValue * factor,
          template.dddUnit, Set.copyOf(tags), List.copyOf(offers), true);
      created.add(m);
      atcNames.put(code, new String[] {name, en});
      return m;
    }
    throw new IllegalStateException("no free synthetic ATC codes left; the scale is too large");
  }

  private String nextCode(String group) {
    int i = nextNumber.get(group);
    while (i < NUMBERS.length) {
      String code = group + String.format(Locale.ROOT, "%02d", NUMBERS[i]);
      i++;
      if (usedCodes.add(code)) {
        nextNumber.put(group, i);
        return code;
      }
    }
    nextNumber.put(group, i);
    return null;
  }

  private String uniqueName(String stem) {
    for (int attempt = 0; attempt < 200; attempt++) {
      StringBuilder sb = new StringBuilder(Rng.pick(random, words.innPrefix));
      if (attempt > 20 || random.nextBoolean()) {
        sb.append(Rng.pick(random, words.innMiddle));
      }
      if (attempt > 60) {
        sb.append(Rng.pick(random, words.innMiddle));
      }
      String name = WordLists.capitalize(sb + stem);
      if (usedNames.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
    throw new IllegalStateException("cannot find a unique synthetic name for stem " + stem);
  }

  /** Longest common suffix (at least 4 letters) of the class members' names, else the last 5 letters of one. */
  private static String stem(List<Medicine> group) {
    String first = group.get(0).nameNo.toLowerCase(Locale.ROOT);
    String suffix = first;
    for (Medicine m : group) {
      String n = m.nameNo.toLowerCase(Locale.ROOT);
      int k = 0;
      while (k < suffix.length() && k < n.length()
          && suffix.charAt(suffix.length() - 1 - k) == n.charAt(n.length() - 1 - k)) {
        k++;
      }
      suffix = suffix.substring(suffix.length() - k);
    }
    if (suffix.length() >= 4 && suffix.length() < first.length()) {
      return startWithConsonant(first, suffix.length());
    }
    return startWithConsonant(first, first.length() >= 9 ? 6 : 5);
  }

  /** The last {@code length} letters of a name, extended until they start with a consonant. */
  private static String startWithConsonant(String name, int length) {
    int start = Math.max(0, name.length() - length);
    while (start > 0 && "aeiouyæøå".indexOf(name.charAt(start)) >= 0) {
      start--;
    }
    return name.substring(start);
  }

  private static int[] numbers() {
    int[] out = new int[60];
    for (int i = 0; i < 30; i++) {
      out[i] = 70 + i;
      out[30 + i] = 40 + i;
    }
    return out;
  }
}
