package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A Vilkår (condition, R-5.7) with its structured parts. */
final class Condition {

  /** A StrukturertVilkar: a type (7439) and either text values or coded values (system, code, text). */
  record Structured(String type, List<String> texts, List<String[]> coded) {}

  final int index;
  String key;
  String id;
  String number;
  String group;
  String appliesTo;
  String text;
  LocalDate validFrom;
  LocalDate validTo;
  final List<Structured> structured = new ArrayList<>();

  Condition(int index) {
    this.index = index;
  }
}
