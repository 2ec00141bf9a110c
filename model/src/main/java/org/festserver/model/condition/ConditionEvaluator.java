package org.festserver.model.condition;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.festserver.model.common.Coded;

/**
 * Evaluates the age and sex parts of a condition for a patient: {@code true} met, {@code false} not met,
 * {@code null} when it cannot be told (the fact is unknown, the value unreadable, or the type is not age or sex).
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** Whether one structured condition is met by the patient, or null when it cannot be told. */
  public static Boolean evaluate(StructuredCondition condition, PatientFacts patient) {
    if (condition == null || condition.type() == null || patient == null) {
      return null;
    }
    String type = condition.type().code();
    if (StructuredConditionTypes.AGE_AT_LEAST.equals(type)) {
      Integer limit = years(condition);
      return patient.age() == null || limit == null ? null : patient.age() >= limit;
    }
    if (StructuredConditionTypes.AGE_BELOW.equals(type)) {
      Integer limit = years(condition);
      return patient.age() == null || limit == null ? null : patient.age() < limit;
    }
    if (StructuredConditionTypes.SEX.equals(type)) {
      Set<Sex> allowed = sexes(condition);
      return patient.sex() == null || allowed.isEmpty() ? null : allowed.contains(patient.sex());
    }
    return null;
  }

  /**
   * Combines the results of a condition's parts: false when any part is not met, true when every part could be told
   * and is met, null otherwise (including a condition without parts).
   */
  public static Boolean combine(List<Boolean> results) {
    if (results.isEmpty()) {
      return null;
    }
    boolean allKnown = true;
    for (Boolean result : results) {
      if (Boolean.FALSE.equals(result)) {
        return false;
      }
      allKnown &= result != null;
    }
    return allKnown ? Boolean.TRUE : null;
  }

  /** True when the condition is one the evaluator understands (age or sex). */
  public static boolean isAgeOrSex(StructuredCondition condition) {
    String type = condition.type() == null ? null : condition.type().code();
    return StructuredConditionTypes.AGE_AT_LEAST.equals(type)
        || StructuredConditionTypes.AGE_BELOW.equals(type)
        || StructuredConditionTypes.SEX.equals(type);
  }

  /** The number of years a condition states (first readable integer value), or null. */
  static Integer years(StructuredCondition condition) {
    for (String text : condition.textValues()) {
      Integer value = integer(text);
      if (value != null) {
        return value;
      }
    }
    for (Coded coded : condition.codedValues()) {
      Integer value = integer(coded.code());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Set<Sex> sexes(StructuredCondition condition) {
    Set<Sex> allowed = EnumSet.noneOf(Sex.class);
    condition.codedValues().forEach(value -> Sex.fromConditionValue(value).ifPresent(allowed::add));
    condition.textValues().forEach(value -> Sex.fromConditionText(value).ifPresent(allowed::add));
    return allowed;
  }
}
