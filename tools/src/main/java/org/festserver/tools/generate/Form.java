package org.festserver.tools.generate;

import java.util.List;

/** A pharmaceutical form (code system 7448) with the defaults the generator needs for packs and dosing. */
record Form(
    String key,
    String code,
    String term,
    String abbreviation,
    List<String> longNames,
    String packUnit,
    List<String> packTypes,
    List<String> routes,
    String dosingUnit,
    Kind kind,
    String interchangeWord,
    List<Double> packSizes) {

  /** Form families that drive administration fields and pack sizes. */
  enum Kind { TAB, CAPS, LIQUID, INJ, TOPICAL, EYE, NASAL, INHAL, RECTAL, PATCH, VAGINAL, OTHER, SET }

  boolean solidOral() {
    return kind == Kind.TAB || kind == Kind.CAPS;
  }
}
