package org.festserver.model.supply;

import java.util.Collection;
import java.util.Locale;
import org.festserver.model.common.Coded;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.ConditionEvaluator;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.StructuredCondition;
import org.festserver.model.condition.StructuredConditionTypes;

/**
 * Which trade-goods groups can be prescribed: every 3-digit group, and every 7-digit group whose
 * reimbursement conditions carry structured condition 11 "prescribed on article group level" with the value yes
 * (code system 1101: 1 Ja, 2 Nei; no value counts as yes). Age (and sex) conditions that are not met block
 * prescribing the group.
 */
public final class ProductGroupRules {
  private ProductGroupRules() {}

  /** True when the group with this code and these reimbursement conditions can be prescribed. */
  public static boolean prescribable(String code, Collection<Condition> conditions) {
    int level = ProductGroupTree.level(code);
    if (level == 1) {
      return true;
    }
    if (level != 3) {
      return false;
    }
    for (Condition condition : conditions) {
      for (StructuredCondition part : condition.structured()) {
        if (part.type() != null && StructuredConditionTypes.PRESCRIBE_ON_ARTICLE_GROUP.equals(part.type().code()) && saysYes(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when an age or sex condition is known not to be met by the patient. */
  public static boolean blocked(Collection<Condition> conditions, PatientFacts patient) {
    for (Condition condition : conditions) {
      for (StructuredCondition part : condition.structured()) {
        if (Boolean.FALSE.equals(ConditionEvaluator.evaluate(part, patient))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean saysYes(StructuredCondition part) {
    for (Coded value : part.codedValues()) {
      if ("2".equals(value.code()) || isNo(value.text())) {
        return false;
      }
    }
    for (String value : part.textValues()) {
      if (isNo(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNo(String text) {
    if (text == null) {
      return false;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    return value.equals("nei") || value.equals("no") || value.equals("false") || value.equals("2");
  }
}
