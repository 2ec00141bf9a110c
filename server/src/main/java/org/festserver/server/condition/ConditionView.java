package org.festserver.server.condition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.ConditionEvaluator;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.StructuredCondition;
import org.festserver.server.json.CodedJson;

/**
 * A condition ({@code Vilkar}) in responses: its id, number, text, group (7437), who it applies to
 * (GjelderFor, 7438), its structured parts with their type (7439) and values, and {@code met} for the given age and
 * sex (null when it cannot be told).
 */
public record ConditionView(
    String id,
    String number,
    String text,
    CodedJson group,
    CodedJson appliesTo,
    List<StructuredView> structured,
    Boolean met) {

  /** One structured part: its type, its values and whether the patient meets it (true/false/null). */
  public record StructuredView(CodedJson type, List<ValueView> values, Boolean met) {}

  /** One value of a structured part: a text value, or a coded value with its code system and display text. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ValueView(String value, String codeSystem, String text) {}

  /** The view of a condition evaluated for a patient. */
  public static ConditionView of(Condition condition, PatientFacts patient) {
    List<StructuredView> parts = new ArrayList<>(condition.structured().size());
    List<Boolean> results = new ArrayList<>(condition.structured().size());
    for (StructuredCondition part : condition.structured()) {
      List<ValueView> values = new ArrayList<>();
      part.textValues().forEach(value -> values.add(new ValueView(value, null, null)));
      for (Coded value : part.codedValues()) {
        values.add(new ValueView(value.code(), value.system(), value.text()));
      }
      Boolean met = ConditionEvaluator.evaluate(part, patient);
      results.add(met);
      parts.add(new StructuredView(CodedJson.of(part.type()), List.copyOf(values), met));
    }
    return new ConditionView(
        condition.id(),
        condition.number(),
        condition.text(),
        CodedJson.of(condition.group()),
        CodedJson.of(condition.appliesTo()),
        List.copyOf(parts),
        ConditionEvaluator.combine(results));
  }
}
