package org.festserver.model.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.festserver.model.common.Coded;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;

/**
 * Which brands belong to a substance group. In FEST 2.5.1 the group lists its brands directly; a group
 * without those references (2.5.0) takes every brand whose set of SortertVirkestoffMedStyrke equals the group's,
 * ignoring {@code Sortering}, with the same Legemiddelform and ATC code.
 */
public final class SubstanceGroupMatch {
  private SubstanceGroupMatch() {}

  /** True when the brand belongs to the group by R-3.3.2 (direct reference) or, without references, by. */
  public static boolean belongs(SubstanceGroup group, Brand brand) {
    if (!group.brandRefs().isEmpty()) {
      return group.brandRefs().contains(brand.id());
    }
    return matchesBySubstances(group, brand);
  }

  /**
   * the same set of substance-with-strength references (order and {@code Sortering} ignored), and equal
   * form and ATC. A group or brand without substances with strength never matches.
   */
  public static boolean matchesBySubstances(SubstanceGroup group, Brand brand) {
    Set<String> groupRefs = refs(group.substancesWithStrength());
    return !groupRefs.isEmpty()
        && groupRefs.equals(refs(brand.substancesWithStrength()))
        && sameCode(group.medicine().formShort(), brand.medicine().formShort())
        && Objects.equals(atc(group.medicine()), atc(brand.medicine()));
  }

  private static Set<String> refs(List<SortedRef> sorted) {
    Set<String> refs = new HashSet<>();
    for (SortedRef ref : sorted) {
      if (ref.ref() != null) {
        refs.add(ref.ref());
      }
    }
    return refs;
  }

  private static boolean sameCode(Coded a, Coded b) {
    return Objects.equals(Coded.codeOf(a), Coded.codeOf(b));
  }

  private static String atc(MedicineInfo medicine) {
    return medicine == null ? null : medicine.atcCode();
  }
}
