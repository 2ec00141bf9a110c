package org.festserver.tools.generate;

import java.util.List;

/** An Interaksjon between two substance groups, or (with {@code notAssessedAtc}) an InteraksjonIkkeVurdert. */
record InteractionDef(int index, String id, String relevance, Group a, Group b, InteractionRules.Rule rule,
    int variant, boolean situation, boolean withAudience, boolean referenceLink, String anchorKey) {

  /** A Substans: the name and the ATC code and/or the Virkestoff it refers to. */
  record Member(String name, String atc, String atcName, String substanceId) {}

  /** A Substansgruppe; a group with several members has a name. */
  record Group(String name, List<Member> members) {
    String displayName() {
      return name != null ? name : members.get(0).name();
    }
  }
}
