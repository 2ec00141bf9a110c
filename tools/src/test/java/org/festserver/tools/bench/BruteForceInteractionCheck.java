package org.festserver.tools.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.interaction.AtcCode;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionGroup;
import org.festserver.model.interaction.InteractionMatching;
import org.festserver.model.interaction.InteractionSubstance;
import org.festserver.model.interaction.MinRelevance;
import org.festserver.model.interaction.NotAssessed;
import org.festserver.model.interaction.Relevance;
import org.festserver.model.interaction.SubstanceEquivalence;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.server.interaction.CheckRequest;

/**
 * The reference for the interaction check: resolves every item by reading records from the store, then tries every
 * interaction on every pair of inputs with the model rules ({@link InteractionMatching}). No index, no precomputation
 * beyond decoding the catalogs once. Answers are lines of text, comparable with the indexed checker's.
 */
final class BruteForceInteractionCheck {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern ITEM_NUMBER = Pattern.compile("[0-9]{1,10}");
  private static final Pattern ID = Pattern.compile("\\S{1,100}");

  private final EntityStore store;
  private final List<Interaction> interactions = new ArrayList<>();
  private final List<NotAssessed> notAssessed = new ArrayList<>();
  private final List<Substance> substances = new ArrayList<>();
  private final List<Brand> brands = new ArrayList<>();
  private final List<SubstanceGroup> groups = new ArrayList<>();

  BruteForceInteractionCheck(EntityStore store) {
    this.store = store;
    store.forEach(EntityKind.INTERACTION, e -> interactions.add((Interaction) e));
    store.forEach(EntityKind.INTERACTION_NOT_ASSESSED, e -> notAssessed.add((NotAssessed) e));
    store.forEach(EntityKind.SUBSTANCE, e -> substances.add((Substance) e));
    store.forEach(EntityKind.BRAND, e -> brands.add((Brand) e));
    store.forEach(EntityKind.SUBSTANCE_GROUP, e -> groups.add((SubstanceGroup) e));
  }

  /** One resolved input. */
  private record Input(String item, Set<String> atc, Set<String> substances) {}

  /** The expected answer: interactions, not-assessed marks and unresolved items, one line each. */
  record Answer(List<String> interactions, List<String> notAssessed, List<String> unresolved) {}

  Answer check(CheckRequest request) {
    List<Input> inputs = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String item : request.items()) {
      String[] key = new String[1];
      Object resolved = resolve(item, key);
      if (resolved instanceof String) {
        unresolved.add(item + " " + resolved);
      } else if (keys.add(key[0])) {
        inputs.add((Input) resolved);
      }
    }
    AlertAudience audience = request.audience().orElse(null);
    List<Object[]> found = new ArrayList<>();
    for (Interaction interaction : interactions) {
      if (!request.minRelevance().admits(Coded.codeOf(interaction.relevance()))
          || (audience != null && !InteractionMatching.shownTo(interaction.audience(), audience))) {
        continue;
      }
      for (int a = 0; a < inputs.size(); a++) {
        for (int b = a + 1; b < inputs.size(); b++) {
          int[] pair = InteractionMatching.pairGroups(groupsMatched(interaction, inputs.get(a)),
              groupsMatched(interaction, inputs.get(b)));
          if (pair != null) {
            found.add(new Object[] {interaction, a, b, pair});
          }
        }
      }
    }
    found.sort(Comparator.comparingInt((Object[] f) -> Relevance.rank(Coded.codeOf(((Interaction) f[0]).relevance())))
        .thenComparingInt(f -> (int) f[1]).thenComparingInt(f -> (int) f[2])
        .thenComparing(f -> ((Interaction) f[0]).id()));
    List<String> lines = new ArrayList<>();
    for (Object[] f : found) {
      Interaction interaction = (Interaction) f[0];
      int[] pair = (int[]) f[3];
      lines.add(line(interaction.id(), Coded.codeOf(interaction.relevance()), inputs.get((int) f[1]).item(),
          memberCodes(interaction.groups().get(pair[0])), inputs.get((int) f[2]).item(),
          memberCodes(interaction.groups().get(pair[1]))));
    }
    return new Answer(lines, notAssessed(inputs), unresolved);
  }

  static String line(String id, String relevance, String first, List<String> firstGroup, String second,
      List<String> secondGroup) {
    return id + " [" + relevance + "] " + first + " " + firstGroup + " + " + second + " " + secondGroup;
  }

  private static List<String> memberCodes(InteractionGroup group) {
    List<String> codes = new ArrayList<>();
    for (InteractionSubstance member : group.substances()) {
      codes.add(InteractionMatching.memberAtc(member));
    }
    return codes;
  }

  private static int[] groupsMatched(Interaction interaction, Input input) {
    List<Integer> matched = new ArrayList<>();
    for (int g = 0; g < interaction.groups().size(); g++) {
      if (InteractionMatching.groupMatches(interaction.groups().get(g), input.atc(), input.substances())) {
        matched.add(g);
      }
    }
    return matched.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<String> notAssessed(List<Input> inputs) {
    List<String> lines = new ArrayList<>();
    for (Input input : inputs) {
      Set<String> marks = new LinkedHashSet<>();
      for (String code : new TreeSet<>(input.atc())) {
        notAssessed.stream().map(n -> AtcCode.normalize(Coded.codeOf(n.atc())))
            .filter(mark -> mark != null && AtcCode.covers(mark, code))
            .sorted(Comparator.comparingInt(String::length)).forEach(marks::add);
      }
      marks.forEach(mark -> lines.add(input.item() + " " + mark));
    }
    return lines;
  }

  // ---- resolving items by reading records ----

  /** An Input, or the unresolved code as a String; {@code key[0]} is set to the input's identity. */
  private Object resolve(String item, String[] key) {
    int colon = item.indexOf(':');
    if (colon < 0 || !KIND.matcher(item.substring(0, colon)).matches()) {
      return "malformed";
    }
    String kind = item.substring(0, colon);
    String value = item.substring(colon + 1).trim();
    switch (kind) {
      case "atc": {
        String code = AtcCode.normalize(value);
        if (code == null) {
          return "malformed";
        }
        key[0] = "atc:" + code;
        return new Input(item, Set.of(code), Set.of());
      }
      case "pack": {
        if (!ITEM_NUMBER.matcher(value).matches()) {
          return "malformed";
        }
        List<String> ids = store.lookup(Lookup.PACK_BY_ITEM_NUMBER, value);
        if (ids.isEmpty()) {
          ids = store.lookup(Lookup.PACK_BY_FORMER_ITEM_NUMBER, value);
        }
        Set<String> atc = new TreeSet<>();
        Set<String> direct = new TreeSet<>();
        boolean any = false;
        for (String id : ids) {
          Pack pack = store.pack(id).orElse(null);
          if (pack == null) {
            continue;
          }
          any = true;
          addAtc(atc, pack.medicine());
          for (PackInfo info : pack.packInfos()) {
            store.brand(info.brandRef()).ifPresent(brand -> {
              addAtc(atc, brand.medicine());
              direct.addAll(directSubstances(brand.substancesWithStrength(), brand.substancesWithoutStrength()));
            });
          }
        }
        if (!any) {
          return "not-found";
        }
        key[0] = "pack:" + String.join(",", ids);
        return new Input(item, atc, expand(direct));
      }
      case "brand":
      case "substance-group":
      case "substance":
        if (!ID.matcher(value).matches()) {
          return "malformed";
        }
        key[0] = kind + ":" + value;
        Input input = kind.equals("brand") ? brand(item, value)
            : kind.equals("substance-group") ? substanceGroup(item, value) : substance(item, value);
        return input == null ? "not-found" : input;
      default:
        return "unknown-kind";
    }
  }

  private Input brand(String item, String id) {
    return store.brand(id)
        .map(b -> product(item, b.medicine(), b.substancesWithStrength(), b.substancesWithoutStrength())).orElse(null);
  }

  private Input substanceGroup(String item, String id) {
    return store.substanceGroup(id)
        .map(g -> product(item, g.medicine(), g.substancesWithStrength(), g.substancesWithoutStrength())).orElse(null);
  }

  private Input product(String item, MedicineInfo medicine, List<SortedRef> withStrength, List<SortedRef> without) {
    Set<String> atc = new TreeSet<>();
    addAtc(atc, medicine);
    return new Input(item, atc, expand(directSubstances(withStrength, without)));
  }

  private Input substance(String item, String id) {
    String substanceId = id;
    if (store.get(EntityKind.SUBSTANCE, id, Substance.class).isEmpty()) {
      SubstanceStrength strength = store.get(EntityKind.SUBSTANCE_STRENGTH, id, SubstanceStrength.class).orElse(null);
      if (strength == null || strength.substanceRef() == null) {
        return null;
      }
      substanceId = strength.substanceRef();
    }
    Set<String> ids = expand(Set.of(substanceId));
    Set<String> atc = new TreeSet<>();
    for (Brand brand : brands) {
      singleSubstanceAtc(ids, brand.medicine(), brand.substancesWithStrength(), brand.substancesWithoutStrength(), atc);
    }
    for (SubstanceGroup group : groups) {
      singleSubstanceAtc(ids, group.medicine(), group.substancesWithStrength(), group.substancesWithoutStrength(), atc);
    }
    return new Input(item, atc, ids);
  }

  /** Adds the product's ATC when its only substance is one of {@code ids}. */
  private void singleSubstanceAtc(Set<String> ids, MedicineInfo medicine, List<SortedRef> withStrength,
      List<SortedRef> without, Set<String> atc) {
    Set<String> direct = directSubstances(withStrength, without);
    if (direct.size() == 1 && ids.contains(direct.iterator().next())) {
      addAtc(atc, medicine);
    }
  }

  private Set<String> directSubstances(List<SortedRef> withStrength, List<SortedRef> withoutStrength) {
    Set<String> ids = new LinkedHashSet<>();
    for (SortedRef ref : withStrength) {
      store.get(EntityKind.SUBSTANCE_STRENGTH, ref.ref(), SubstanceStrength.class)
          .map(SubstanceStrength::substanceRef).ifPresent(ids::add);
    }
    for (SortedRef ref : withoutStrength) {
      if (ref.ref() != null) {
        ids.add(ref.ref());
      }
    }
    return ids;
  }

  private Set<String> expand(Set<String> ids) {
    return SubstanceEquivalence.expand(ids,
        id -> store.get(EntityKind.SUBSTANCE, id, Substance.class).map(Substance::substanceRefs).orElse(List.of()),
        id -> substances.stream().filter(s -> s.substanceRefs().contains(id)).map(Substance::id).toList());
  }

  private static void addAtc(Set<String> atc, MedicineInfo medicine) {
    String code = medicine == null ? null : medicine.atcCode();
    if (code != null && !code.isBlank()) {
      atc.add(code.trim());
    }
  }

  /** The reference interaction search by ATC code: members at or below the code, or above it. */
  List<String> searchByCode(String code, MinRelevance minRelevance) {
    List<String> ids = new ArrayList<>();
    for (Interaction interaction : interactions) {
      if (!minRelevance.admits(Coded.codeOf(interaction.relevance()))) {
        continue;
      }
      boolean hit = false;
      for (InteractionGroup group : interaction.groups()) {
        for (InteractionSubstance member : group.substances()) {
          String memberCode = InteractionMatching.memberAtc(member);
          hit |= memberCode != null && (AtcCode.covers(code, memberCode) || AtcCode.covers(memberCode, code));
        }
      }
      if (hit) {
        ids.add(interaction.id());
      }
    }
    return ids;
  }
}
