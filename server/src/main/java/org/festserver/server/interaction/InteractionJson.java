package org.festserver.server.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.festserver.model.interaction.HandlingParagraph;
import org.festserver.model.interaction.InteractionReference;

/**
 * An interaction as the API shows it, with every field of an alert. In a check, {@code items} are the two
 * inputs and {@code items[k]} matched {@code groups[k]}; in a search there are no items and {@code groups} are all
 * groups in file order. {@code audience} lists the Visningsregel as API audiences (empty: everyone).
 */
public record InteractionJson(
    String id,
    CodeText relevance,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> items,
    List<GroupJson> groups,
    String clinicalConsequence,
    String situationCriterion,
    String mechanism,
    List<HandlingParagraph> handling,
    CodeText sourceBasis,
    List<InteractionReference> references,
    List<String> audience) {

  /** This interaction as found for two inputs, each with the group it matched. */
  InteractionJson forPair(String firstItem, GroupJson firstGroup, String secondItem, GroupJson secondGroup) {
    return new InteractionJson(id, relevance, List.of(firstItem, secondItem), List.of(firstGroup, secondGroup),
        clinicalConsequence, situationCriterion, mechanism, handling, sourceBasis, references, audience);
  }
}
