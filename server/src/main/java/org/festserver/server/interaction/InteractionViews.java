package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.interaction.HandlingText;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionGroup;
import org.festserver.model.interaction.InteractionMatching;
import org.festserver.model.interaction.InteractionSubstance;
import org.festserver.model.interaction.Relevance;

/** Builds the response view of an interaction once, when the index is built. */
final class InteractionViews {
  private InteractionViews() {}

  static InteractionJson of(Interaction interaction) {
    List<GroupJson> groups = new ArrayList<>(interaction.groups().size());
    for (InteractionGroup group : interaction.groups()) {
      groups.add(group(group));
    }
    List<String> audience = new ArrayList<>();
    for (Coded rule : interaction.audience()) {
      AlertAudience.of(rule).ifPresent(a -> {
        if (!audience.contains(a.parameter())) {
          audience.add(a.parameter());
        }
      });
    }
    return new InteractionJson(interaction.id(), relevance(interaction.relevance()), null, List.copyOf(groups),
        interaction.clinicalConsequence(), interaction.situationCriterion(), interaction.mechanism(),
        HandlingText.split(interaction.handling()), codeText(interaction.sourceBasis()), interaction.references(),
        List.copyOf(audience));
  }

  /** The relevance with its text from the file, or the standard text when the file has none. */
  static CodeText relevance(Coded relevance) {
    String code = Coded.codeOf(relevance);
    String text = relevance == null ? null : relevance.text();
    if (text == null || text.isBlank()) {
      Relevance known = Relevance.ofCode(code);
      text = known == null ? null : known.text();
    }
    return new CodeText(code, text);
  }

  private static CodeText codeText(Coded coded) {
    return coded == null ? null : new CodeText(coded.code(), coded.text());
  }

  private static GroupJson group(InteractionGroup group) {
    List<MemberJson> members = new ArrayList<>(group.substances().size());
    List<String> names = new ArrayList<>();
    for (InteractionSubstance member : group.substances()) {
      String atc = InteractionMatching.memberAtc(member);
      members.add(new MemberJson(member.name(), atc, atc == null ? member.substanceRefs() : List.of()));
      if (member.name() != null && !names.contains(member.name())) {
        names.add(member.name());
      }
    }
    String name = group.name() != null && !group.name().isBlank() ? group.name() : String.join(", ", names);
    return new GroupJson(name, List.copyOf(members));
  }
}
