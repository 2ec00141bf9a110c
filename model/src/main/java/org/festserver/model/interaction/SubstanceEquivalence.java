package org.festserver.model.interaction;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Which substance ids an input stands for when matching substansgruppe members without ATC. A
 * {@code Virkestoff} that is only the therapeutic part ("Metformin") refers through {@code RefVirkestoff} to its
 * complete substance(s) ("Metforminhydroklorid").
 */
public final class SubstanceEquivalence {
  /*
   * Implementation notes. Products refer to the therapeutic part (strengths are given for it), while the product
   * really holds the complete substance: so an input holding a therapeutic part also holds every complete substance
   * it refers to (forward). A complete substance (a salt) contains its therapeutic part: so an input holding it also
   * holds every therapeutic part that refers to it (reverse). Each direction is followed transitively from the
   * input's own ids, but never forward then back: two therapeutic parts of one complete substance are not the same
   * substance. Cycles are harmless.
   */
  private SubstanceEquivalence() {}

  /**
   * The ids themselves, the complete substances they refer to, and the therapeutic parts that refer to them.
   *
   * @param completeOf a substance id → the ids its {@code RefVirkestoff} names (never null)
   * @param partsOf a substance id → the ids of substances whose {@code RefVirkestoff} names it (never null)
   */
  public static Set<String> expand(Collection<String> ids, Function<String, ? extends Collection<String>> completeOf,
      Function<String, ? extends Collection<String>> partsOf) {
    Set<String> result = new LinkedHashSet<>(ids);
    follow(ids, completeOf, result);
    follow(ids, partsOf, result);
    return result;
  }

  private static void follow(Collection<String> start, Function<String, ? extends Collection<String>> next,
      Set<String> result) {
    Set<String> seen = new LinkedHashSet<>(start);
    Deque<String> queue = new ArrayDeque<>(start);
    while (!queue.isEmpty()) {
      for (String id : next.apply(queue.poll())) {
        if (seen.add(id)) {
          result.add(id);
          queue.add(id);
        }
      }
    }
  }
}
