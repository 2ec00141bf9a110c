package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.interaction.InteractionMatching;
import org.festserver.server.interaction.ItemResolver.Input;
import org.festserver.server.interaction.ItemResolver.Resolution;

/**
 * {@code POST /interactions/check}: every interaction between two different inputs, the inputs
 * whose codes are not assessed, and the inputs that could not be checked.
 */
public final class InteractionChecker {
  /*
   * Implementation notes. Each input contributes hits (interaction, input, group) from the members covering its ATC
   * codes and the members naming its substances; hits of interactions the audience does not see or that are below
   * minRelevance are dropped at once (one flat int array). Inputs are visited in order, so counting the distinct
   * inputs per interaction needs only the last input seen. The hits of interactions reached by two or more inputs are
   * packed into longs (interaction << 32 | input << 24 | group) and sorted, which groups them by interaction and then
   * by input without any map. An interaction hit by two or more
   * inputs gives one result per pair of inputs that matched different groups (InteractionMatching.pairGroups).
   * Equal inputs (same kind and value, or two numbers of one pack) are checked once.
   */
  private static final int INPUT_SHIFT = 24;
  private static final long GROUP_MASK = (1L << INPUT_SHIFT) - 1;

  private InteractionChecker() {}

  /** Checks the items of a request against the dataset's interactions. */
  public static CheckResult check(Dataset dataset, CheckRequest request) {
    InteractionIndex index = InteractionIndex.of(dataset);
    ItemResolver resolver = new ItemResolver(index.contents());
    List<Input> inputs = new ArrayList<>(request.items().size());
    List<UnresolvedItem> unresolved = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : request.items()) {
      Resolution resolution = resolver.resolve(item);
      if (resolution.unresolved() != null) {
        unresolved.add(resolution.unresolved());
      } else if (seen.add(resolution.input().key())) {
        inputs.add(resolution.input());
      }
    }
    int visible = IndexedInteraction.visibilityBit(request.audience().orElse(null), request.minRelevance());
    Hits hits = new Hits();
    for (int k = 0; k < inputs.size(); k++) {
      int input = k;
      ProductContents contents = inputs.get(k).contents();
      LongConsumer collect = ref -> {
        int interaction = InteractionIndex.interactionOf(ref);
        if (index.visible(interaction, visible)) {
          hits.add(interaction, input, InteractionIndex.groupOf(ref));
        }
      };
      for (String code : contents.atcCodes()) {
        index.forEachCovering(code, collect);
      }
      if (index.hasSubstanceMembers()) {
        for (String substance : contents.substanceIds()) {
          index.forEachWithSubstance(substance, collect);
        }
      }
    }
    return new CheckResult(pairs(index, inputs, hits.shared()), notAssessed(index, inputs), List.copyOf(unresolved));
  }

  private static List<InteractionJson> pairs(InteractionIndex index, List<Input> inputs, long[] hits) {
    List<Found> found = new ArrayList<>();
    int start = 0;
    while (start < hits.length) {
      int interaction = (int) (hits[start] >>> 32);
      int end = start;
      while (end < hits.length && (int) (hits[end] >>> 32) == interaction) {
        end++;
      }
      pairsOf(index.interaction(interaction), hits, start, end, found);
      start = end;
    }
    found.sort(Comparator.comparingInt((Found f) -> f.interaction.rank())
        .thenComparingInt(f -> f.first)
        .thenComparingInt(f -> f.second)
        .thenComparing(f -> f.interaction.id(), Comparator.nullsFirst(Comparator.naturalOrder())));
    List<InteractionJson> result = new ArrayList<>(found.size());
    for (Found f : found) {
      result.add(f.interaction.view().forPair(inputs.get(f.first).item(), f.interaction.group(f.groups[0]),
          inputs.get(f.second).item(), f.interaction.group(f.groups[1])));
    }
    return result;
  }

  /** The pairs of one interaction from its hits {@code [start, end)}, sorted by input then group. */
  private static void pairsOf(IndexedInteraction interaction, long[] hits, int start, int end, List<Found> found) {
    int[] inputs = new int[end - start];
    int[][] groups = new int[end - start][];
    int count = 0;
    int at = start;
    while (at < end) {
      int input = inputOf(hits[at]);
      int from = at;
      int distinct = 0;
      int last = -1;
      for (; at < end && inputOf(hits[at]) == input; at++) {
        int group = (int) (hits[at] & GROUP_MASK);
        if (group != last) {
          distinct++;
          last = group;
        }
      }
      int[] matched = new int[distinct];
      distinct = 0;
      last = -1;
      for (int i = from; i < at; i++) {
        int group = (int) (hits[i] & GROUP_MASK);
        if (group != last) {
          matched[distinct++] = group;
          last = group;
        }
      }
      inputs[count] = input;
      groups[count++] = matched;
    }
    for (int a = 0; a < count; a++) {
      for (int b = a + 1; b < count; b++) {
        int[] pair = InteractionMatching.pairGroups(groups[a], groups[b]);
        if (pair != null) {
          found.add(new Found(interaction, inputs[a], inputs[b], pair));
        }
      }
    }
  }

  private static int inputOf(long hit) {
    return (int) ((hit & 0xFFFF_FFFFL) >>> INPUT_SHIFT);
  }

  private static List<NotAssessedJson> notAssessed(InteractionIndex index, List<Input> inputs) {
    List<NotAssessedJson> result = new ArrayList<>();
    for (Input input : inputs) {
      Set<String> marked = new TreeSet<>();
      List<NotAssessedJson> ofInput = new ArrayList<>();
      for (String code : new TreeSet<>(input.contents().atcCodes())) {
        index.forEachNotAssessed(code, (markCode, mark) -> {
          if (marked.add(markCode)) {
            ofInput.add(new NotAssessedJson(input.item(), markCode, mark.text()));
          }
        });
      }
      result.addAll(ofInput);
    }
    return result;
  }

  private record Found(IndexedInteraction interaction, int first, int second, int[] groups) {}

  /**
   * The hits of one check, packed (interaction << 32 | input << 24 | group). Most interactions are reached by one
   * input only; {@link #shared()} keeps the hits of interactions reached by two or more.
   */
  private static final class Hits {
    private long[] values = new long[256];
    private int size;

    void add(int interaction, int input, int group) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = ((long) interaction << 32) | ((long) input << INPUT_SHIFT) | group;
    }

    /**
     * The hits of interactions reached by two or more inputs, sorted. Sorting first puts each interaction's hits
     * together, ordered by input, so that distinct inputs are counted in one pass, without a per-interaction table
     * (which would cost two arrays the size of the whole index per check).
     */
    long[] shared() {
      Arrays.sort(values, 0, size);
      long[] result = new long[size];
      int kept = 0;
      int start = 0;
      while (start < size) {
        int interaction = (int) (values[start] >>> 32);
        int end = start + 1;
        int inputs = 1;
        while (end < size && (int) (values[end] >>> 32) == interaction) {
          if (inputOf(values[end]) != inputOf(values[end - 1])) {
            inputs++;
          }
          end++;
        }
        if (inputs >= 2) {
          System.arraycopy(values, start, result, kept, end - start);
          kept += end - start;
        }
        start = end;
      }
      return Arrays.copyOf(result, kept);
    }
  }
}
