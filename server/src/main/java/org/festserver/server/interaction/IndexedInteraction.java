package org.festserver.server.interaction;

import java.util.List;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionMatching;
import org.festserver.model.interaction.MinRelevance;

/**
 * One interaction of the index with what a request needs precomputed: its relevance rank, who sees it at which
 * relevance, its response view (handling already split) and the view of each of its groups.
 */
final class IndexedInteraction {
  private final Interaction interaction;
  private final int rank;
  private final int visibility;
  private final InteractionJson view;
  private final List<GroupJson> groups;

  IndexedInteraction(Interaction interaction, String relevanceCode, int rank, InteractionJson view) {
    this.interaction = interaction;
    this.rank = rank;
    this.view = view;
    this.groups = view.groups();
    int audiences = 0;
    for (AlertAudience audience : AlertAudience.values()) {
      if (InteractionMatching.shownTo(interaction.audience(), audience)) {
        audiences |= 1 << audience.ordinal();
      }
    }
    int bits = 0;
    for (MinRelevance min : MinRelevance.values()) {
      if (min.admits(relevanceCode)) {
        int base = 8 * min.ordinal();
        bits |= (audiences << base) | (1 << (base + 7));
      }
    }
    this.visibility = bits;
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

  /**
   * Whom this interaction is shown to at which relevance, packed in an int for a flat array: bit {@code 8 * m + a}
   * is set when audience ordinal {@code a} (or bit 7: no audience given) sees it at MinRelevance ordinal {@code m}.
   */
  int visibility() {
    return visibility;
  }

  /** The bit of {@link #visibility()} for a request's audience (null: everyone) and least relevance. */
  static int visibilityBit(AlertAudience audience, MinRelevance minRelevance) {
    return 1 << (8 * minRelevance.ordinal() + (audience == null ? 7 : audience.ordinal()));
  }
}
