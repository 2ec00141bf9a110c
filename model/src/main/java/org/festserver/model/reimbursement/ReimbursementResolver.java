package org.festserver.model.reimbursement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.festserver.model.condition.Role;

/**
 * Decides what of a reimbursement group a role sees on a date (R-6.4.x). The group applies only while the product's
 * link is valid; a code is shown only while it is valid itself and on the link; its conditions apply while
 * the code does, within the dates of their Refusjonsvilkar entry. A group that requires a code but has no
 * valid one is not shown; a group that requires none carries its conditions directly.
 */
public final class ReimbursementResolver {
  private ReimbursementResolver() {}

  /**
   * The group as seen on {@code date} by {@code role}, reached through a link with {@code linkWindow}
   * ({@link ValidityWindow#OPEN} for a magistral group reached by ATC), or empty when nothing of it applies.
   */
  public static Optional<ResolvedGroup> resolve(
      ReimbursementBasis basis,
      ReimbursementGroup group,
      ResolvedGroup.Reach reach,
      ValidityWindow linkWindow,
      LocalDate date,
      Role role) {
    if (!linkWindow.validOn(date, role)) {
      return Optional.empty();
    }
    List<ResolvedCode> codes = new ArrayList<>();
    Set<String> conditionRefs = new LinkedHashSet<>(group.conditionRefs());
    for (ReimbursementCode code : group.codes()) {
      if (!ValidityWindow.of(code).validOn(date, role)) {
        continue;
      }
      List<String> codeConditions = new ArrayList<>();
      for (CodeCondition condition : code.conditions()) {
        if (condition.conditionRef() != null && appliesOn(condition, date) && !codeConditions.contains(condition.conditionRef())) {
          codeConditions.add(condition.conditionRef());
        }
      }
      conditionRefs.addAll(codeConditions);
      codes.add(new ResolvedCode(
          code,
          CodeDisplay.text(code, role),
          CodeDisplay.diagnosisText(code, role),
          ValidityWindow.of(code).intersect(linkWindow),
          codeConditions));
    }
    if (group.requiresCode() && codes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedGroup(basis, group, reach, linkWindow, codes, List.copyOf(conditionRefs)));
  }

  /** True when a code's condition entry applies on the date: from FraDato inclusive to TilDato exclusive. */
  static boolean appliesOn(CodeCondition condition, LocalDate date) {
    return (condition.from() == null || !date.isBefore(condition.from()))
        && (condition.to() == null || date.isBefore(condition.to()));
  }
}
