package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.interaction.AtcCode;
import org.festserver.model.interaction.MinRelevance;

/**
 * {@code GET /interactions?q=}: free interaction search over all interactions regardless of Visningsregel,
 * by ATC code, substance name or substansgruppe name, in relevance order.
 */
public final class InteractionSearcher {
  /*
   * Implementation notes. A text that looks like an ATC code (AtcCode.looksLikeCode) is searched as a code: the
   * interactions with a member at or below it, and those whose group contains it (a member above it). Any other text
   * is a name: each matching substansgruppe name gives that group's interactions plus the code search of each of its
   * member codes (R-8.4.1: "prevensjonsmidler" also finds G03AB04); a member or substance name gives the code search
   * of its codes (for a Virkestoff: the codes of its single-substance products) and the interactions of members that
   * refer to it without ATC.
   */
  private InteractionSearcher() {}

  /** The interactions matching {@code q} at {@code minRelevance} or above, {@code limit} of them from {@code offset}. */
  public static SearchResult search(Dataset dataset, String q, MinRelevance minRelevance, int offset, int limit) {
    InteractionIndex index = InteractionIndex.of(dataset);
    BitSet matched = new BitSet(index.size());
    LongConsumer collect = ref -> matched.set(InteractionIndex.interactionOf(ref));
    String text = q.strip();
    boolean code = AtcCode.looksLikeCode(text);
    if (code) {
      byCode(index, AtcCode.normalize(text), collect);
    } else {
      for (NameIndex.Entry entry : index.names().find(text)) {
        entry.groups.forEach(collect::accept);
        entry.atcCodes.forEach(atc -> byCode(index, atc, collect));
        Set<String> substances = index.contents().expand(List.copyOf(entry.substanceIds));
        for (String substance : substances) {
          index.forEachWithSubstance(substance, collect);
          index.contents().atcOfSubstance(substance).forEach(atc -> byCode(index, atc, collect));
        }
      }
    }
    int visible = IndexedInteraction.visibilityBit(null, minRelevance);
    List<Integer> found = new ArrayList<>(matched.cardinality());
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      if (index.visible(i, visible)) {
        found.add(i);
      }
    }
    found.sort((a, b) -> Integer.compare(index.searchOrder(a), index.searchOrder(b)));
    List<InteractionJson> page = new ArrayList<>(Math.min(limit, Math.max(0, found.size() - offset)));
    for (int i = offset; i < found.size() && i < offset + (long) limit; i++) {
      page.add(index.interaction(found.get(i)).view());
    }
    return new SearchResult(q, code ? "atc" : "name", found.size(), offset, limit, page);
  }

  private static void byCode(InteractionIndex index, String code, LongConsumer collect) {
    index.forEachAtOrBelow(code, collect);
    index.forEachCovering(code, collect);
  }
}
