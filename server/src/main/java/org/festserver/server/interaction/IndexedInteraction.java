package org.festserver.server.interaction;

import java.util.List;
import org.festserver.model.interaction.Audience;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.MinRelevance;

/**
 * One interaction of the index with what a request needs precomputed: its relevance rank and code, the audiences
 * that see it, its response view (handling already split) and the view of each of its groups.
 */
final class IndexedInteraction {
  private final Interaction interaction;
  private final String relevanceCode;
  private final int rank;
  private final int audienceMask;
  private final InteractionJson view;
  private final List<GroupJson> groups;

  IndexedInteraction(Interaction interaction, String relevanceCode, int rank, InteractionJson view) {
    this.interaction = interaction;
    this.relevanceCode = relevanceCode;
    this.rank = rank;
    this.view = view;
    this.groups = view.groups();
    int mask = 0;
    for (Audience audience : Audience.values()) {
      if (audience.sees(interaction.audience())) {
        mask |= 1 << audience.ordinal();
      }
    }
    this.audienceMask = mask;
  }

  Interaction interaction() {
    return interaction;
  }

  String id() {
    return interaction.id();
  }

  int rank() {
    return rank;
  }

  InteractionJson view() {
    return view;
  }

  GroupJson group(int index) {
    return groups.get(index);
  }

  /** True when this interaction is reported for the audience (null: everyone) at the least relevance asked. */
  boolean shown(Audience audience, MinRelevance minRelevance) {
    return minRelevance.admits(relevanceCode) && (audience == null || (audienceMask & (1 << audience.ordinal())) != 0);
  }
}
