package org.festserver.model.interaction;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.common.Coded;

/**
 * When an interaction applies: which substansgruppe members an input matches, and whether two
 * inputs form an interacting pair. These are the reference rules; indexes must give the same answers.
 */
public final class InteractionMatching {
  private InteractionMatching() {}

  /**
   * a member with an ATC code matches an input that contains a code it covers; a member
   * without ATC matches an input that contains one of the substances it refers to ({@code RefVirkestoff}).
   *
   * @param atcCodes the input's ATC codes
   * @param substanceIds the input's substance ids, already expanded through {@link SubstanceEquivalence}
   */
  public static boolean memberMatches(InteractionSubstance member, Collection<String> atcCodes, Set<String> substanceIds) {
    String memberCode = memberAtc(member);
    if (memberCode != null) {
      for (String code : atcCodes) {
        if (AtcCode.covers(memberCode, code)) {
          return true;
        }
      }
      return false;
    }
    for (String ref : member.substanceRefs()) {
      if (substanceIds.contains(ref)) {
        return true;
      }
    }
    return false;
  }

  /** True when any member of the group matches the input. */
  public static boolean groupMatches(InteractionGroup group, Collection<String> atcCodes, Set<String> substanceIds) {
    for (InteractionSubstance member : group.substances()) {
      if (memberMatches(member, atcCodes, substanceIds)) {
        return true;
      }
    }
    return false;
  }

  /**
   * true when an interaction with these display rules (Visningsregel, code system 7442) is shown to the
   * audience: one without any display rule is shown to everyone.
   */
  public static boolean shownTo(List<Coded> displayRules, AlertAudience audience) {
    if (displayRules.isEmpty()) {
      return true;
    }
    for (Coded rule : displayRules) {
      if (AlertAudience.of(rule).orElse(null) == audience) {
        return true;
      }
    }
    return false;
  }

  /** A member's ATC code when it has a non-blank one, else null: such a member matches by substance instead. */
  public static String memberAtc(InteractionSubstance member) {
    String code = member.atc() == null ? null : member.atc().code();
    return code == null || code.isBlank() ? null : code.trim();
  }

  /**
   * the groups through which two different inputs interact, given the groups each matches (ascending, no
   * duplicates): {i, j} with i ≠ j, i from {@code groupsOfFirst} and j from {@code groupsOfSecond}, the lowest i
   * first, then the lowest j; null when there is no such pair — both inputs match only the same one group.
   */
  public static int[] pairGroups(int[] groupsOfFirst, int[] groupsOfSecond) {
    for (int i : groupsOfFirst) {
      for (int j : groupsOfSecond) {
        if (i != j) {
          return new int[] {i, j};
        }
      }
    }
    return null;
  }
}
