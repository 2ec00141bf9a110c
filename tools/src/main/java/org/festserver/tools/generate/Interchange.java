package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A Byttegruppe (interchange group, R-6.5): one or two substance groups of equivalent packs. */
final class Interchange {

  final int index;
  String id;
  String code;
  String name;
  boolean remark;
  String remarkText;
  LocalDate validFrom;
  LocalDate validTo;
  final List<Family> members = new ArrayList<>();

  Interchange(int index) {
    this.index = index;
  }
}
