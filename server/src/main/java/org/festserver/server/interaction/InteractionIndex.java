package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.EntityStore;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.interaction.AtcCode;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionGroup;
import org.festserver.model.interaction.InteractionMatching;
import org.festserver.model.interaction.InteractionSubstance;
import org.festserver.model.interaction.NotAssessed;
import org.festserver.model.interaction.Relevance;
import org.festserver.model.substance.Substance;
import org.festserver.server.interaction.NameIndex.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interactions of one dataset, indexed for checks and searches: substansgruppe members by ATC code (sorted, so
 * that "every code below" is one range and "every code above" is one look-up per prefix) and by substance id, the
 * not-assessed codes, the names for search, and what every product contains. Built once per dataset (as a warmer,
 * before the dataset goes live) and dropped with it.
 */
public final class InteractionIndex {
  /*
   * Implementation notes. A group reference packs (interaction position << 32 | group position) into a long. The
   * members-by-ATC map holds each member's code as given (any level, fictitious codes too); an input code C is covered
   * by the members filed under each prefix of C (at most ten look-ups, R-8.1.2), and a search for C also takes the
   * range of codes starting with C. Members without ATC are filed under their RefVirkestoff ids only.
   * The covering groups of every code a product has are computed once, so that a check does one look-up per code.
   * Interactions are kept sorted by id; searchOrder gives each its place in the relevance order of a search.
   */
  private static final Logger LOG = LoggerFactory.getLogger(InteractionIndex.class);

  private final List<IndexedInteraction> interactions;
  private final NavigableMap<String, long[]> groupsByAtc;
  private final Map<String, long[]> coveringByProductCode;
  private final Map<String, List<Map.Entry<String, Coded>>> notAssessedByProductCode;
  private final Map<String, long[]> groupsBySubstance;
  private final NavigableMap<String, Coded> notAssessed;
  private final NameIndex names;
  private final int[] searchOrder;
  private final int[] visibility;
  private final ContentsIndex contents;

  private InteractionIndex(List<IndexedInteraction> interactions, NavigableMap<String, long[]> groupsByAtc,
      Map<String, long[]> groupsBySubstance, NavigableMap<String, Coded> notAssessed, NameIndex names,
      ContentsIndex contents) {
    this.interactions = interactions;
    this.groupsByAtc = groupsByAtc;
    this.groupsBySubstance = groupsBySubstance;
    this.notAssessed = notAssessed;
    this.names = names;
    this.contents = contents;
    this.coveringByProductCode = new HashMap<>();
    this.notAssessedByProductCode = new HashMap<>();
    for (String code : contents.productCodes()) {
      List<Long> refs = new ArrayList<>();
      prefixScan(code, refs::add);
      coveringByProductCode.put(code, refs.stream().mapToLong(Long::longValue).sorted().distinct().toArray());
      List<Map.Entry<String, Coded>> marks = new ArrayList<>(1);
      forEachNotAssessed(code, (prefix, mark) -> marks.add(Map.entry(prefix, mark)));
      notAssessedByProductCode.put(code, marks.isEmpty() ? List.of() : List.copyOf(marks));
    }
    this.searchOrder = searchOrder(interactions);
    this.visibility = interactions.stream().mapToInt(IndexedInteraction::visibility).toArray();
  }

  /** The index of a dataset, built on first use and kept with the dataset. */
  public static InteractionIndex of(Dataset dataset) {
    return dataset.derived(InteractionIndex.class, InteractionIndex::build);
  }

  /**
   * A dataset warmer: builds the index before the dataset goes live. What products contain (the longest part, a
   * read of every pack and brand) is built on a second thread meanwhile: this index is the last warmer to finish
   * when a server restarts.
   */
  public static void warm(Dataset dataset) {
    java.util.concurrent.CompletableFuture<ContentsIndex> contents =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> ContentsIndex.of(dataset));
    of(dataset);
    contents.join();
  }

  static InteractionIndex build(Dataset dataset) {
    long started = System.nanoTime();
    EntityStore store = dataset.store();
    List<Interaction> all = new ArrayList<>(store.count(EntityKind.INTERACTION));
    store.forEach(EntityKind.INTERACTION, entity -> all.add((Interaction) entity));
    all.sort(Comparator.comparing(Interaction::id, Comparator.nullsFirst(Comparator.naturalOrder())));

    List<IndexedInteraction> indexed = new ArrayList<>(all.size());
    Map<String, List<Long>> byAtc = new HashMap<>();
    Map<String, List<Long>> bySubstance = new HashMap<>();
    NameIndex names = new NameIndex();
    for (int i = 0; i < all.size(); i++) {
      Interaction interaction = all.get(i);
      String relevance = Coded.codeOf(interaction.relevance());
      indexed.add(new IndexedInteraction(interaction, relevance, Relevance.rank(relevance), InteractionViews.of(interaction)));
      for (int g = 0; g < interaction.groups().size(); g++) {
        InteractionGroup group = interaction.groups().get(g);
        long ref = ref(i, g);
        Entry groupName = group.name() == null || group.name().isBlank() ? null : names.entry(group.name());
        if (groupName != null) {
          groupName.groups.add(ref);
        }
        for (InteractionSubstance member : group.substances()) {
          Entry memberName = names.entry(member.name());
          String code = InteractionMatching.memberAtc(member);
          if (code != null) {
            byAtc.computeIfAbsent(code, k -> new ArrayList<>(2)).add(ref);
            memberName.atcCodes.add(code);
            if (groupName != null) {
              groupName.atcCodes.add(code);
            }
          } else {
            for (String substance : member.substanceRefs()) {
              bySubstance.computeIfAbsent(substance, k -> new ArrayList<>(2)).add(ref);
            }
            memberName.substanceIds.addAll(member.substanceRefs());
            if (groupName != null) {
              groupName.substanceIds.addAll(member.substanceRefs());
            }
          }
        }
      }
    }
    store.forEach(EntityKind.SUBSTANCE, entity -> {
      Substance substance = (Substance) entity;
      names.entry(substance.name()).substanceIds.add(substance.id());
      names.entry(substance.nameEnglish()).substanceIds.add(substance.id());
    });
    NavigableMap<String, Coded> notAssessed = new TreeMap<>();
    store.forEach(EntityKind.INTERACTION_NOT_ASSESSED, entity -> {
      NotAssessed mark = (NotAssessed) entity;
      String code = AtcCode.normalize(Coded.codeOf(mark.atc()));
      if (code != null) {
        notAssessed.put(code, mark.atc());
      }
    });
    ContentsIndex contents = ContentsIndex.of(dataset);
    InteractionIndex index = new InteractionIndex(List.copyOf(indexed), new TreeMap<>(packed(byAtc)),
        packed(bySubstance), notAssessed, names, contents);
    LOG.info("interaction index of dataset {}: {} interactions, {} member codes, {} member substances, {} not assessed,"
            + " {} products, {} names in {} ms", dataset.id(), all.size(), byAtc.size(), bySubstance.size(),
        notAssessed.size(), contents.productCount(), names.size(), (System.nanoTime() - started) / 1_000_000);
    return index;
  }

  private static Map<String, long[]> packed(Map<String, List<Long>> lists) {
    Map<String, long[]> result = new HashMap<>(lists.size() * 2);
    lists.forEach((key, refs) -> result.put(key, refs.stream().mapToLong(Long::longValue).distinct().toArray()));
    return result;
  }

  private static int[] searchOrder(List<IndexedInteraction> interactions) {
    Integer[] byOrder = new Integer[interactions.size()];
    String[] names = new String[interactions.size()];
    for (int i = 0; i < byOrder.length; i++) {
      byOrder[i] = i;
      StringBuilder joined = new StringBuilder();
      for (GroupJson group : interactions.get(i).view().groups()) {
        joined.append(NameIndex.fold(group.name())).append('\u0000');
      }
      names[i] = joined.toString();
    }
    Arrays.sort(byOrder, Comparator.<Integer>comparingInt(i -> interactions.get(i).rank())
        .thenComparing(i -> names[i])
        .thenComparing(i -> interactions.get(i).id(), Comparator.nullsFirst(Comparator.naturalOrder())));
    int[] order = new int[byOrder.length];
    for (int position = 0; position < byOrder.length; position++) {
      order[byOrder[position]] = position;
    }
    return order;
  }

  static long ref(int interaction, int group) {
    return ((long) interaction << 32) | group;
  }

  static int interactionOf(long ref) {
    return (int) (ref >>> 32);
  }

  static int groupOf(long ref) {
    return (int) ref;
  }

  /**
   * every group with a member whose code covers {@code code} (equal or above it), each once for a
   * code some product has (precomputed), possibly more than once for other codes.
   */
  void forEachCovering(String code, LongConsumer refs) {
    long[] known = coveringByProductCode.get(code);
    if (known != null) {
      for (long ref : known) {
        refs.accept(ref);
      }
    } else {
      prefixScan(code, refs);
    }
  }

  private void prefixScan(String code, LongConsumer refs) {
    for (int length = 1; length <= code.length(); length++) {
      long[] found = groupsByAtc.get(code.substring(0, length));
      if (found != null) {
        for (long ref : found) {
          refs.accept(ref);
        }
      }
    }
  }

  /** every group with a member whose code is {@code code} or below it. */
  void forEachAtOrBelow(String code, LongConsumer refs) {
    for (long[] found : groupsByAtc.subMap(code, true, code + Character.MAX_VALUE, true).values()) {
      for (long ref : found) {
        refs.accept(ref);
      }
    }
  }

  /** Whether any group has a member without ATC (filed by substance id); when none, checks skip those look-ups. */
  boolean hasSubstanceMembers() {
    return !groupsBySubstance.isEmpty();
  }

  /** Every group with a member without ATC that refers to this substance id. */
  void forEachWithSubstance(String substanceId, LongConsumer refs) {
    long[] found = groupsBySubstance.get(substanceId);
    if (found != null) {
      for (long ref : found) {
        refs.accept(ref);
      }
    }
  }

  /** every InteraksjonIkkeVurdert code equal to or above {@code code}, with its coded value. */
  void forEachNotAssessed(String code, BiConsumer<String, Coded> marks) {
    List<Map.Entry<String, Coded>> known = notAssessedByProductCode.get(code);
    if (known != null) {
      for (Map.Entry<String, Coded> mark : known) {
        marks.accept(mark.getKey(), mark.getValue());
      }
      return;
    }
    for (int length = 1; length <= code.length(); length++) {
      String prefix = code.substring(0, length);
      Coded mark = notAssessed.get(prefix);
      if (mark != null) {
        marks.accept(prefix, mark);
      }
    }
  }

  IndexedInteraction interaction(int position) {
    return interactions.get(position);
  }

  /** Number of interactions. */
  public int size() {
    return interactions.size();
  }

  /** True when the interaction at this position has the bit of {@link IndexedInteraction#visibilityBit}. */
  boolean visible(int position, int bit) {
    return (visibility[position] & bit) != 0;
  }

  int searchOrder(int position) {
    return searchOrder[position];
  }

  NameIndex names() {
    return names;
  }

  ContentsIndex contents() {
    return contents;
  }
}
